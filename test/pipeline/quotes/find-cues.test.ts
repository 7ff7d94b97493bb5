import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findCues } from '../../../src/pipeline/quotes/find-cues.ts';

const cues = (text: string) => findCues(text, 0, text.length).map((c) => [c.start, c.end, c.text]);

const test = suite('findCues');

test('reads a speech verb', () => {
  assert.equal(cues('Mr Kahl told the outlet.'), [[8, 12, 'told']]);
});

test('reads "is quoted as saying" whole', () => {
  assert.equal(cues('Mr Kahl is quoted as saying.').map((c) => c[2]), ['is quoted as saying']);
});

test('reads "recalled telling" and "said in a statement"', () => {
  assert.equal(cues('Mr Kahl recalled telling Mr Musk.').map((c) => c[2]), ['recalled telling']);
  assert.equal(cues('the Pentagon said in a statement at the time.').map((c) => c[2]), ['said in a statement']);
});

test('takes adverbs before the verb', () => {
  assert.equal(cues('He has repeatedly said so.').map((c) => c[2]), ['has repeatedly said']);
});

test('does not read a capitalised word as a cue', () => {
  assert.equal(cues('the United States has become rich'), []);
});

test('does not read a verb inside a longer word', () => {
  assert.equal(cues('the unsaid words and retold tales'), []);
});

test.run();
