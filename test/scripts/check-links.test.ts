import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkLinks } from '../../scripts/check-links.ts';

const links = suite('checkLinks');

function site(prefix: string, index: string): string {
  const root = mkdtempSync(join(tmpdir(), 'briefings-links-'));
  const dir = join(root, ...prefix.split('/').filter(Boolean));
  mkdirSync(join(dir, 'a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html><body>${index}</body></html>`);
  writeFileSync(join(dir, 'a', 'index.html'), '<!DOCTYPE html><html><body><p id="here">a</p></body></html>');
  return dir;
}

links('passes a site whose links and fragments resolve, with and without a prefix', async () => {
  assert.equal(await checkLinks(site('/', '<a href="/a/">a</a><a href="/a/#here">h</a>'), '/'), []);
  assert.equal(await checkLinks(site('/sub/', '<a href="/sub/a/">a</a><a href="/sub/a/#here">h</a>'), '/sub/'), []);
});

links('reports a missing page, a missing asset and a missing fragment', async () => {
  const broken = await checkLinks(site('/sub/', '<a href="/sub/gone/">g</a><img src="/sub/x.png" alt=""><a href="/sub/a/#nope">n</a>'), '/sub/');
  assert.equal(broken.map((b) => b.reason).sort(), ['HTTP 404', 'HTTP 404', 'no element with id "nope"']);
});

links('reports a link that forgets the prefix', async () => {
  const broken = await checkLinks(site('/sub/', '<a href="/a/">no prefix</a>'), '/sub/');
  assert.is(broken.length, 1);
});

links.run();
