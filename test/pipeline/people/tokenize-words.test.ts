import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stripPossessive, tokenizeWords, WORD } from '../../../src/pipeline/people/tokenize-words.ts';

const words = suite('tokenizeWords');

words('keeps hyphens and apostrophes inside a word', () => {
  const text = 'Jean-Pierre O’Brien doesn’t know.';
  assert.equal(tokenizeWords(text).map((w) => w.text), ['Jean-Pierre', 'O’Brien', 'doesn’t', 'know']);
});

words('reads a dotted initialism as one word', () => {
  assert.equal(tokenizeWords('The U.S. Senate voted.').map((w) => w.text), ['The', 'U.S.', 'Senate', 'voted']);
});

words('counts paragraphs at line breaks', () => {
  assert.equal(tokenizeWords('One two.\n\nThree.').map((w) => w.paragraph), [0, 0, 1]);
});

words('gives offsets into the text', () => {
  const text = '  Zoë Ó Briain';
  for (const w of tokenizeWords(text)) assert.is(text.slice(w.start, w.end), w.text);
});

words('counts a line of punctuation alone as a paragraph, and a blank line not', () => {
  assert.equal(tokenizeWords('One\n--\n \nTwo').map((w) => w.paragraph), [0, 2]);
});

words('finds what the WORD pattern finds, on any text', () => {
  const pieces = ['A', 'b', 'É', 'é', 'U.', 'S.', '.', '-', "'", '’', ' ', '\n', '7', '\u0301', '😀', '𝐀', '\ud800', 'x-', '-y', '中'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (text) => {
    const expected = [...text.matchAll(WORD)].map((m) => [m.index, m[0]]);
    assert.equal(tokenizeWords(text).map((w) => [w.start, w.text]), expected);
  }), { numRuns: 3000 });
});

const possessive = suite('stripPossessive');

possessive('drops a possessive s', () => {
  const [w] = tokenizeWords('Musk’s');
  assert.equal(stripPossessive(w!), { start: 0, end: 4, text: 'Musk', paragraph: 0 });
});

possessive('leaves a name ending in s alone', () => {
  const [w] = tokenizeWords('Jones');
  assert.is(stripPossessive(w!).text, 'Jones');
});

words.run();
possessive.run();
