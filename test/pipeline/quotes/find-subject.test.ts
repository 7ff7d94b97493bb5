import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findSubject, findSubjectAfterParticiple } from '../../../src/pipeline/quotes/find-subject.ts';

const subject = suite('findSubject');
const subjectOf = (text: string): string | null => findSubject(text, 0, text.indexOf('“'))?.text ?? null;

subject('a name after an opening adverbial', () => {
  assert.is(subjectOf('At the rally on Monday, Okafor dismissed the plan as “a costly mistake”.'), 'Okafor');
});

subject('a few words of description before a name', () => {
  const text = 'Labour front-runner Ada Okafor defended the plan as “fair” on Monday.';
  assert.equal(findSubject(text, 0, text.indexOf('“')), { start: 0, end: 30, text: 'Labour front-runner Ada Okafor' });
});

subject('a party label goes with the name', () => {
  assert.is(subjectOf('Sen. Ada Okafor (D-Kent) on Monday called the plan “a disgrace”.'), 'Sen. Ada Okafor (D-Kent)');
});

subject('an apposition or a relative clause between the name and the verb is left out', () => {
  assert.is(subjectOf('Ada Okafor, her Labour opponent, bemoaned the unrest and said the cost was a “very big factor”.'), 'Ada Okafor');
  assert.is(subjectOf('Okafor, who has campaigned for the ferry since she left the council in May, blasted the plan as “a disgrace”.'), 'Okafor');
});

subject('a description with the name in apposition gives the name', () => {
  assert.is(subjectOf('Another critic, Colm H. Healy, likened the rules to “burning the house”.'), 'Colm H. Healy');
});

subject('a clause word among the words before a name: no described subject', () => {
  assert.is(subjectOf('Voters in Tilbury backed the plan as “fair”.'), 'Voters');
});

subject('an opening function word is left out, and a list is no subject', () => {
  assert.is(subjectOf('But Okafor dismissed the plan as “a costly mistake”.'), 'Okafor');
  assert.is(subjectOf('Both Okafor and Healy dismissed the plan as “a costly mistake”.'), null);
  assert.is(subjectOf('He dismissed the plan as “a costly mistake”.'), 'He');
});

subject('a long opening adverbial', () => {
  assert.is(subjectOf('On the eve of her historic election to a fourth term as mayor in March, Okafor rallied supporters by warning that “the pier is in danger”.'), 'Okafor');
});

subject('after a wire story’s dateline', () => {
  assert.is(subjectOf('TILBURY, Kent, Oct. 4 (UPI) — Mayor Ada Okafor criticized the plan as a “crazy system” on Monday.'), 'Mayor Ada Okafor');
});

subject('after an opening “With ...” adverbial', () => {
  assert.is(subjectOf('With Labour leaders increasingly worried, Mayor Ada Okafor is rolling out a message: “It is about me.”'), 'Mayor Ada Okafor');
});

subject('after an opening adverbial too long to read whole, the first name and verb after a comma', () => {
  const text = 'With party leaders increasingly worried about a lack of passion for the ferry among young voters in the towns, Mayor Ada Okafor is rolling out a message: “It is about me.”';
  assert.is(subjectOf(text), 'Mayor Ada Okafor');
  assert.is(subjectOf('With party leaders worried about the ferry, the towns and the fares, nobody knows “what comes next.”'), null);
});

subject('a contracted “is” is left out of a pronoun subject', () => {
  assert.is(subjectOf('She’s claiming that fraud is “a big problem” in the town.'), 'She');
});

const participle = suite('findSubjectAfterParticiple');
const afterParticiple = (text: string): string | null => {
  const close = text.indexOf('”') + 1;
  return findSubjectAfterParticiple(text, 0, { end: close - 1, close }, text.length)?.text ?? null;
};

participle('the subject after the participle phrase that holds the quote', () => {
  assert.is(afterParticiple('Bemoaning the “phony system,” Ada Okafor accused the board of bias.'), 'Ada Okafor');
  assert.is(afterParticiple('Bemoaning the “phony system” of the harbour board, Ada Okafor accused the board of bias.'), 'Ada Okafor');
});

participle('after a preposition and a participle: “After saying ...,” she', () => {
  assert.is(afterParticiple('After saying her foot was “so swollen I could not walk,” she was taken to hospital.'), 'she');
});

participle('nothing when the sentence does not open with a participle', () => {
  assert.is(afterParticiple('The board bemoaned the “phony system,” Ada Okafor said.'), null);
});

subject.run();
participle.run();
