import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseArticle } from '../../src/content/parse-article.ts';

const article = suite('parseArticle');

article('takes the title from front matter and the slug from the file name', () => {
  const a = parseArticle('content/x.md', 'Musk & Putin: Talks.md', '---\ntitle: Talks\npublished: 2023-08-22\n---\nBody.');
  assert.is(a.title, 'Talks');
  assert.is(a.slug, 'musk-putin-talks');
  assert.is(a.published, '2023-08-22');
  assert.equal(a.warnings, []);
});

article('a bare .txt takes its title from the first sentence and warns that it has no date', () => {
  const a = parseArticle('content/a.txt', 'a.txt', 'Mr. Smith resigned on Monday. He gave no reason.');
  assert.is(a.title, 'Mr. Smith resigned on Monday.');
  assert.is(a.published, null);
  assert.equal(a.warnings, ['content/a.txt: no `published` date, so relative dates ("on Monday", "last year") stay unresolved']);
});

article('a long first sentence is cut at a word for the title', () => {
  const a = parseArticle('a.txt', 'a.txt', `${'word '.repeat(60)}end.`);
  assert.ok(a.title.length <= 121);
  assert.ok(a.title.endsWith('…'));
});

article('refuses an empty article and a binary file', () => {
  assert.throws(() => parseArticle('e.md', 'e.md', '---\ntitle: x\n---\n  \n'), (e: Error) => e.message === 'e.md: has no article text');
  assert.throws(() => parseArticle('b.txt', 'b.txt', 'GIF89a\u0000\u0001'), (e: Error) => e.message === 'b.txt: is a binary file, not an article');
});

article.run();
