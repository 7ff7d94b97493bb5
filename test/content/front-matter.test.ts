import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFrontMatter, parsePublished } from '../../src/content/front-matter.ts';

const fm = suite('parseFrontMatter');

fm('reads title, published, source and url, and keeps the body verbatim', () => {
  const out = parseFrontMatter('a.md', '---\ntitle: A title\npublished: 2023-08-22\nsource: The Paper\nurl: https://example.com/a\n---\nBody “text”.\n');
  assert.equal(out.frontMatter, { title: 'A title', published: '2023-08-22', source: 'The Paper', url: 'https://example.com/a' });
  assert.is(out.body, 'Body “text”.\n');
  assert.equal(out.unknownKeys, []);
});

fm('a file without front matter is all body', () => {
  assert.equal(parseFrontMatter('a.txt', 'Just text.\n'), { frontMatter: {}, body: 'Just text.\n', unknownKeys: [] });
});

fm('names an unknown key instead of failing', () => {
  assert.equal(parseFrontMatter('a.md', '---\ntitel: Oops\n---\nText').unknownKeys, ['titel']);
});

fm('rejects a date that is not a calendar date, with file and line', () => {
  assert.throws(() => parseFrontMatter('a.md', '---\ntitle: T\npublished: 2023-02-30\n---\nText'), (e: Error) => e.message === 'a.md:3: front matter `published` "2023-02-30" is not a calendar date');
});

fm('rejects a date in another format', () => {
  assert.throws(() => parseFrontMatter('a.md', '---\npublished: 22/08/2023\n---\nText'), (e: Error) => e.message === 'a.md:2: front matter `published` "22/08/2023" expected a date as YYYY-MM-DD');
});

fm('rejects broken YAML with its line', () => {
  assert.throws(() => parseFrontMatter('a.md', '---\ntitle: ok\nsource: [unclosed\n---\nText'), (e: Error) => /^a\.md:\d+: front matter is not valid YAML/.test(e.message));
});

fm('rejects front matter that is never closed', () => {
  assert.throws(() => parseFrontMatter('a.md', '---\ntitle: x\nText'), (e: Error) => e.message === 'a.md:1: front matter opened with --- is never closed');
});

fm('rejects a javascript: url', () => {
  assert.throws(() => parseFrontMatter('a.md', '---\nurl: "javascript:alert(1)"\n---\nText'), (e: Error) => e.message.startsWith('a.md:2: front matter `url`'));
});

const published = suite('parsePublished');

published('accepts a real date and rejects others', () => {
  assert.is(parsePublished('x', '2024-02-29'), '2024-02-29');
  assert.throws(() => parsePublished('x', '2023-02-29'), (e: Error) => e.message === 'x: published date "2023-02-29" is not a calendar date');
  assert.throws(() => parsePublished('x', 'yesterday'));
});

fm.run();
published.run();
