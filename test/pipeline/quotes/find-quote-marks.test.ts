import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findQuoteMarks } from '../../../src/pipeline/quotes/find-quote-marks.ts';

const spans = (text: string) => findQuoteMarks(text).map((q) => [q.start, q.end, q.text, q.depth]);

const test = suite('findQuoteMarks');

test('reads curly double quotes without their marks', () => {
  assert.equal(spans('He said “Hello there.” Then left.'), [[9, 21, 'Hello there.', 0]]);
});

test('a straight mark after the words closes a curly quote (mixed marks)', () => {
  assert.equal(spans('“The ferry is late," she said. "Again.”').map((q) => q[2]), ['The ferry is late,', 'Again.']);
});

test('a curly opening mark right after the words, before a space, closes the quote', () => {
  assert.equal(spans('“Rarely,“ said Ada Okafor. “Never twice.”').map((q) => q[2]), ['Rarely,', 'Never twice.']);
});

test('a straight mark inside a curly quote still nests when it opens before a word', () => {
  assert.equal(spans('“He called it "nonsense" twice.”').map((q) => [q[2], q[3]]), [['He called it "nonsense" twice.', 0], ['nonsense', 1]]);
});

test('reads straight double quotes', () => {
  assert.equal(spans('He said "Hello there." Then "bye".'), [[9, 21, 'Hello there.', 0], [29, 32, 'bye', 0]]);
});

test('reads a single-quoted quote inside a double one as nested', () => {
  const text = '“Before he said, ‘Well, I had this talk’,” she said.';
  const found = findQuoteMarks(text);
  assert.equal(found.map((q) => [q.text, q.depth, q.parent]), [
    ['Before he said, ‘Well, I had this talk’,', 0, null],
    ['Well, I had this talk', 1, 0],
  ]);
});

test('nests a curly quote inside a straight one', () => {
  const text = 'He said: "The agency is not about “Fair Play” anymore."';
  assert.equal(findQuoteMarks(text).map((q) => [q.text, q.depth]), [
    ['The agency is not about “Fair Play” anymore.', 0],
    ['Fair Play', 1],
  ]);
});

test('does not take apostrophes for quote marks', () => {
  assert.equal(spans('Starlink’s owner doesn’t care about the officials’ view.'), []);
  assert.equal(spans('“It doesn’t end the war,” he said.').map((s) => s[2]), ['It doesn’t end the war,']);
});

test('closes a quote at the end of its paragraph and marks it as running on', () => {
  const text = '“First paragraph goes on\n“and the second ends.” He said.';
  const found = findQuoteMarks(text);
  assert.equal(found.map((q) => [q.text, q.runsOn]), [['First paragraph goes on', true], ['and the second ends.', false]]);
});

test('reads single quotes standing alone, as headlines use them', () => {
  assert.equal(spans('Musk: ‘I spoke to Putin’ says report').map((s) => s[2]), ['I spoke to Putin']);
});

test('never throws on unbalanced marks', () => {
  assert.equal(spans('” ’ “'), []);
  assert.equal(spans('"'), []);
});

test.run();
