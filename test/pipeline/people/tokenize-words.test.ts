import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stripPossessive, tokenizeWords } from '../../../src/pipeline/people/tokenize-words.ts';

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
