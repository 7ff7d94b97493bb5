import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findLeftPhrase, findRightPhrase } from '../../../src/pipeline/quotes/find-speaker-phrase.ts';
import { isSpeakerPhrase } from '../../../src/pipeline/quotes/is-speaker-phrase.ts';

const left = suite('findLeftPhrase');

left('reads the subject before a cue, up to a clause word', () => {
  const text = 'on the phone call, Mr Musk said';
  assert.equal(findLeftPhrase(text, 0, text.indexOf(' said')), { start: 19, end: 26, text: 'Mr Musk' });
  const t2 = 'He told them that the senior official said';
  assert.is(findLeftPhrase(t2, 0, t2.indexOf(' said'))?.text, 'the senior official');
});

left('finds nothing after a clause word', () => {
  const text = 'he was tired and said';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' said')), null);
});

left('takes a party label with the name when a comma follows it', () => {
  const text = 'At the rally, Gov. Ada Brennan (D-Kent), said';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' said'))?.text, 'Gov. Ada Brennan (D-Kent)');
});

left('takes a party label with the name', () => {
  const text = 'Sen. Ada Brennan (R-Ohio) told';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' told'))?.text, 'Sen. Ada Brennan (R-Ohio)');
});

left('takes an apposition with the phrase before it', () => {
  const text = 'In a statement, her senior policy adviser, Jacob Nair, said';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' said'))?.text, 'her senior policy adviser, Jacob Nair');
});

left('a relative pronoun is the subject of its clause’s verb', () => {
  const text = 'The board met Ada Okafor, who said';
  assert.equal(findLeftPhrase(text, 0, text.indexOf(' said')), { start: 26, end: 29, text: 'who' });
  const later = 'a spymaster who in 1990 wrote';
  assert.is(findLeftPhrase(later, 0, later.indexOf(' wrote'))?.text, 'who');
});

left('after an object relative, the subject that follows it', () => {
  const text = 'aimed at Healy, who Ada Okafor called';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' called'))?.text, 'Ada Okafor');
});

left('a relative clause between the name and the cue goes with the name', () => {
  const text = 'Ada Okafor, who says the towns should pay for the new harbour and the ferry in full, tweeted';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' tweeted'))?.text.split(',')[0], 'Ada Okafor');
});

left('a pronoun ends the phrase it closes', () => {
  const text = 'A few days ago in an interview with the network he blasted';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' blasted'))?.text, 'he');
  const it = 'In its statement on Monday the company it said';
  assert.not.equal(findLeftPhrase(it, 0, it.indexOf(' said'))?.text, 'it');
});

left('two names joined by “and” are no one speaker', () => {
  const text = 'Both Ada Okafor and Colm Healy said';
  assert.is(findLeftPhrase(text, 0, text.indexOf(' said')), null);
  const clauses = 'The paper made the claim in May, and Ferry Action responded';
  assert.is(findLeftPhrase(clauses, 0, clauses.indexOf(' responded'))?.text, 'Ferry Action');
});

const right = suite('findRightPhrase');

right('reads the speaker after a cue, up to a preposition', () => {
  const text = ', said Mr Kahl in an interview.';
  assert.equal(findRightPhrase(text, 6, text.length), { start: 7, end: 14, text: 'Mr Kahl' });
});

right('drops the sentence full stop', () => {
  const text = 'said Dana Whitlock.';
  assert.is(findRightPhrase(text, 4, text.length)?.text, 'Dana Whitlock');
});

const phrase = suite('isSpeakerPhrase');

phrase('takes names, pronouns and determined descriptions', () => {
  for (const t of ['Mr Kahl', 'he', 'who', 'panel Chairman Rep. Colm Healy (R-Kent)', 'the senior defence official', 'sources', 'Labour pollster Nadia Petrov']) {
    assert.ok(isSpeakerPhrase({ start: 0, end: t.length, text: t }), t);
  }
});

phrase('refuses verb phrases', () => {
  for (const t of ['saying she hadn’t yet', 'popular in', 'disavowing', 'a mother on Monday night by']) {
    assert.not.ok(isSpeakerPhrase({ start: 0, end: t.length, text: t }), t);
  }
});

left.run();
right.run();
phrase.run();
