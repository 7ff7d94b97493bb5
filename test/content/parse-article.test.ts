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

const input = suite('parseArticle: bad input, clear words');

input('warns about an article in another language, naming the file', () => {
  const german = 'Der Bundeskanzler sagte am Montag, dass die Regierung die Steuern senken werde. Die Opposition kritisierte den Plan scharf und forderte mehr Geld für Schulen. Experten erwarten eine lange Debatte im Parlament über die Finanzierung.';
  const a = parseArticle('content/de.md', 'de.md', `---\npublished: 2024-01-02\n---\n${german}\n`);
  assert.equal(a.warnings, ['content/de.md: the text does not read as English; people, quotes and dates are found by English rules and may be missed']);
  const english = parseArticle('content/en.md', 'en.md', `---\npublished: 2024-01-02\n---\n${'The chancellor said on Monday that the government would cut taxes, and the opposition criticised the plan. '.repeat(3)}\n`);
  assert.equal(english.warnings, []);
});

input('warns about a huge article and builds it', () => {
  const huge = `${'The council met again. '.repeat(440_000)}\n`;
  const a = parseArticle('content/big.md', 'big.md', `---\npublished: 2024-01-02\n---\n${huge}`);
  assert.equal(a.warnings, ['content/big.md: the text is 10.1 million characters long, far more than a news article; it is built, but slowly']);
});

input('refuses an impossible date with the file and line', () => {
  assert.throws(() => parseArticle('content/x.md', 'x.md', '---\ntitle: X\npublished: 2023-02-30\n---\nText.\n'), (e: Error) => e.message === 'content/x.md:3: front matter `published` "2023-02-30" is not a calendar date');
});

input('names an unknown front matter key as a likely typo', () => {
  const a = parseArticle('content/x.md', 'x.md', '---\ntitle: X\npublsihed: 2023-02-03\n---\nText.\n');
  assert.ok(a.warnings.includes('content/x.md: unknown front matter key `publsihed` (ignored; a typo?)'));
});

input.run();
