// `npm run golden`: rewrites test/fixtures/golden/ from test/fixtures/articles/. Review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/content/parse-article.ts';
import { extractBriefing } from '../src/pipeline/extract-briefing.ts';
import { toEvalRecord } from '../src/export/eval-record.ts';
import { ROOT } from './build-data.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The golden record of one fixture article. */
export function goldenRecord(name: string): unknown {
  const file = join(FIXTURES, 'articles', name);
  const article = parseArticle(`test/fixtures/articles/${name}`, name, readFileSync(file, 'utf8'));
  return toEvalRecord(article.slug, extractBriefing(article.body, { published: article.published }));
}

export const fixtureArticles = (): string[] => readdirSync(join(FIXTURES, 'articles')).filter((f) => /\.(md|txt)$/.test(f)).sort();

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of fixtureArticles()) {
    const out = join(FIXTURES, 'golden', name.replace(/\.(md|txt)$/, '.json'));
    writeFileSync(out, `${JSON.stringify(goldenRecord(name), null, 2)}\n`);
    process.stderr.write(`wrote ${out}\n`);
  }
}
