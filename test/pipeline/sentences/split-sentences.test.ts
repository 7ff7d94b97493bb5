import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

const split = suite('splitSentences');

split('ends a sentence at a full stop followed by a capital', () => {
  assert.equal(texts('The call lasted long. Then he left.'), ['The call lasted long.', 'Then he left.']);
});

split('keeps titles and company suffixes inside the sentence', () => {
  assert.equal(texts('Mr. Smith met Dr. Jones at Acme Corp. headquarters. They talked.'), [
    'Mr. Smith met Dr. Jones at Acme Corp. headquarters.',
    'They talked.',
  ]);
});

split('keeps initialisms and initials inside the sentence', () => {
  assert.equal(texts('The U.S. Army met J. R. Smith on Monday. It rained.'), ['The U.S. Army met J. R. Smith on Monday.', 'It rained.']);
});

split('ends a sentence after a closing quote mark that follows the stop', () => {
  assert.equal(texts('“We will win.” She smiled. He said "No." Then left.'), ['“We will win.”', 'She smiled.', 'He said "No."', 'Then left.']);
});

split('does not end a sentence before a lower-case word', () => {
  assert.equal(texts('He said "stop." and walked away.'), ['He said "stop." and walked away.']);
});

split('never crosses a line break and numbers paragraphs', () => {
  const s = splitSentences('First line\nSecond line. Third.\n\n  Fourth');
  assert.equal(s.map((x) => [x.text, x.paragraph, x.index]), [
    ['First line', 0, 0], ['Second line.', 1, 1], ['Third.', 1, 2], ['Fourth', 2, 3],
  ]);
});

split('offsets point into the text', () => {
  const text = '  Alpha beta. Gamma!  Delta?\r\nEpsilon';
  for (const s of splitSentences(text)) assert.is(text.slice(s.start, s.end), s.text);
});

split('gives nothing for blank text', () => {
  assert.equal(splitSentences(' \n\t\n'), []);
  assert.equal(splitSentences(''), []);
});

split.run();
