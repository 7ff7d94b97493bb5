// The pager of long lists: first and last pages, three either side of this one, gaps marked.
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../../scripts/build-data.ts';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(ROOT, 'templates', 'partials')), { autoescape: true });
env.addFilter('url', (path: string) => path);

function shown(pages: number, current: number): string[] {
  const hrefs = Array.from({ length: pages }, (_, i) => (i === 0 ? '/' : `/page/${i + 1}/`));
  const pagination = {
    pages: hrefs, hrefs, pageNumber: current,
    href: { previous: current > 0 ? hrefs[current - 1] : null, next: current < pages - 1 ? hrefs[current + 1] : null },
  };
  const html = env.render('pager.njk', { pagination });
  return [...html.matchAll(/<li[^>]*>(?:<a [^>]*>|<span [^>]*>)?([^<]+)/g)].map((m) => m[1]!);
}

const pager = suite('pager');

pager('a long list shows the ends and the pages near this one', () => {
  assert.equal(shown(200, 9), ['Previous', '1', '…', '7', '8', '9', '10', '11', '12', '13', '…', '200', 'Next']);
  assert.equal(shown(200, 0), ['1', '2', '3', '4', '…', '200', 'Next']);
  assert.equal(shown(200, 199), ['Previous', '1', '…', '197', '198', '199', '200']);
});

pager('a short list shows every page, and one page shows no pager', () => {
  assert.equal(shown(5, 2), ['Previous', '1', '2', '3', '4', '5', 'Next']);
  assert.equal(shown(1, 0), []);
});

pager.run();
