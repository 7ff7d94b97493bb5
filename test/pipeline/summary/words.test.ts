import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { STOPWORDS } from '../../../src/pipeline/summary/stopwords.ts';
import { documentFrequency, overlap, sentenceWords, wordNumbers } from '../../../src/pipeline/summary/words.ts';

/** The words as the plain regex reads them: what sentenceWords must return. */
function reference(text: string): { content: string[]; count: number } {
  const all = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { content: [...new Set(all.filter((w) => w.length > 2 && !STOPWORDS.has(w)))], count: all.length };
}

const view = (text: string) => {
  const numbers = wordNumbers();
  const { content, count } = sentenceWords(text, numbers);
  const names = [...numbers.ids.keys()];
  return { content: content.map((w) => names[w]), count };
};

const words = suite('sentenceWords');

words('counts every word and keeps the content words, lowercased, once', () => {
  assert.equal(view('Mr Musk said the Starlink network, the NETWORK, was 15-minute-old.'), {
    content: ['musk', 'starlink', 'network', 'minute', 'old'],
    count: 12,
  });
});

words('reads letters and digits beyond ASCII as the regex does', () => {
  for (const text of ['Café Zoë 中文 Ελλάδα', 'a😀b 𝒜𝒷𝒸 x\ud800y', 'İstanbul ſtreet ＡＢＣ ١٢٣']) assert.equal(view(text), reference(text), text);
});

words('agrees with the regex on any text', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
    assert.equal(view(text), reference(text));
  }), { numRuns: 2000 });
});

words('numbers a word the same in every sentence of the article', () => {
  const numbers = wordNumbers();
  const a = sentenceWords('Starlink network rose.', numbers).content;
  const b = sentenceWords('The network fell, then Starlink rose.', numbers).content;
  assert.equal(a, [0, 1, 2]);
  assert.equal(b, [1, 3, 0, 2]);
  assert.equal([...documentFrequency([a, b], numbers)], [2, 2, 2, 1]);
  assert.is(overlap(a, b, numbers), 1);
  assert.is(overlap(b, [1, 3], numbers), 1);
  assert.is(overlap([4], b, numbers), 0);
});

words.run();
