import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findNameRuns } from '../../../src/pipeline/people/find-name-runs.ts';
import { tokenizeWords } from '../../../src/pipeline/people/tokenize-words.ts';

const runs = (text: string): string[] =>
  findNameRuns(text, tokenizeWords(text)).map((r) => text.slice(r.words[0]!.start, r.words[r.words.length - 1]!.end));

const test = suite('findNameRuns');

test('joins capitalised words', () => {
  assert.equal(runs('He met Vladimir Putin in Moscow.'), ['He', 'Vladimir Putin', 'Moscow']);
});

test('joins initials through their full stop', () => {
  assert.equal(runs('took four wickets as P. Hadley bowled'), ['P. Hadley']);
  assert.equal(runs('said John F. Kennedy'), ['John F. Kennedy']);
});

test('takes particles between capitalised words', () => {
  assert.equal(runs('met Ursula von der Leyen today'), ['Ursula von der Leyen']);
});

test('does not take a particle that no name follows', () => {
  assert.equal(runs('Smith de facto ruled'), ['Smith']);
});

test('joins "of" after an organisation word', () => {
  assert.equal(runs('the Department of Defence disclosed'), ['Department of Defence']);
});

test('does not join "of" after an ordinary name', () => {
  assert.equal(runs('a friend of Putin Musk said'), ['Putin Musk']);
});

test('never crosses a line break or a comma', () => {
  assert.equal(runs('Elon\nMusk, Colin Kahl'), ['Elon', 'Musk', 'Colin Kahl']);
});

test('does not join a function word across a full stop', () => {
  assert.equal(runs('shares in AT&T. Many traders'), ['AT', 'T', 'Many']);
});

test('opens a run with particles after punctuation or a line break: ", de Souza"', () => {
  assert.equal(runs('Lineup : Ruiz , de Souza , van der Berg'), ['Lineup', 'Ruiz', 'de Souza', 'van der Berg']);
});

test('does not open a run with a particle after a word: "works of da Vinci"', () => {
  assert.equal(runs('the works of da Vinci'), ['Vinci']);
});

test.run();
