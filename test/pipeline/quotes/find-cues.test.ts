import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findCues, isJudging, isParticiple } from '../../../src/pipeline/quotes/find-cues.ts';

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

test('reads a present progressive whole, and it is no participle', () => {
  const [cue] = findCues('Okafor is calling the plan a disgrace.', 0, 38);
  assert.is(cue?.text, 'is calling');
  assert.not.ok(isParticiple(cue!));
  assert.ok(isParticiple(findCues('She left, saying so.', 0, 20)[0]!));
});

test('a past progressive is not read whole: "were calling" is more often the telephone', () => {
  assert.equal(cues('Aides were calling every hour.').map((c) => c[2]), ['calling']);
});

test('reads "reads" and "put it"', () => {
  assert.equal(cues('the letter reads, as the memo put it').map((c) => c[2]), ['reads', 'put it']);
});

test('reads verbs of judging, which never stand before their subject', () => {
  const [cue] = findCues('Okafor likened the plan to a raid.', 0, 34);
  assert.is(cue?.text, 'likened');
  assert.ok(isJudging(cue!));
  assert.not.ok(isJudging(findCues('Okafor said so.', 0, 15)[0]!));
});

test.run();
