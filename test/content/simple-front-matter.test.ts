import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';
import { readSimpleFrontMatter } from '../../src/content/simple-front-matter.ts';

const simple = suite('readSimpleFrontMatter');
/** FUZZ_RUNS=100000 for a long campaign; the default keeps `npm test` quick. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/** What the YAML parser makes of the text, as parseFrontMatter reads it. */
const parsed = (yaml: string): unknown => {
  const doc = parseDocument(yaml);
  return doc.errors.length ? 'error' : (doc.toJS() ?? {});
};

simple('reads the usual keys, quoted or not', () => {
  const yaml = 'title: "Sarah Yardley on a data breach"\npublished: 2020-08-14\nsource: The Example Gazette\nurl: "https://example.org/a?b=c#d"\n';
  assert.equal(readSimpleFrontMatter(yaml), { title: 'Sarah Yardley on a data breach', published: '2020-08-14', source: 'The Example Gazette', url: 'https://example.org/a?b=c#d' });
  assert.equal(readSimpleFrontMatter(''), {});
});

simple('leaves to the parser what YAML reads otherwise', () => {
  for (const yaml of ['title: 12\n', 'title: true\n', 'title: null\n', 'title: ~\n', 'title: a # note\n', 'title: a: b\n', 'title: "a\\"b"\n', 'title: x\ntitle: y\n', '# c\ntitle: x\n', 'title: x\r\n', 'title: [a]\n', 'title: x']) {
    assert.is(readSimpleFrontMatter(yaml), null, yaml);
  }
});

const piece = fc.constantFrom(
  'a', 'Z', ' ', ':', ': ', '#', ' #', '"', "'", '\\', '-', '- ', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '~', '+', '.', '0', '7',
  '2020-08-14', '12:30', '0x1F', '.inf', '.nan', 'null', 'Null', 'true', 'False', 'yes', 'no', '1e3', '\t', '\r', '\u00a0', '\u2028', '\ufeff', 'é', '😀', '\ud800', 'http://x.y/z',
);
const value = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));
const key = fc.constantFrom('title', 'published', 'source', 'url', 'credit', 'x', 'constructor', 'toString', '__proto__', 'Title', 'a b', 'null', 'true', 'no');
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, value).map(([k, v]) => `${k}: "${v}"`),
  value,
);
const block = fc.array(line, { maxLength: 5 }).map((lines) => lines.map((l) => `${l}\n`).join(''));

simple('whatever it reads, the YAML parser reads alike', () => {
  fc.assert(fc.property(block, (yaml) => {
    const read = readSimpleFrontMatter(yaml);
    if (read === null) return true;
    assert.equal(read, parsed(yaml), JSON.stringify(yaml));
    assert.equal(Object.keys(read), Object.keys(parsed(yaml) as object));
    return true;
  }), { numRuns: RUNS });
});

simple.run();
