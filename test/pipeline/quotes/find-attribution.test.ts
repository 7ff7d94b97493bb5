import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summaryOf } from './quotes.ts';

// Attribution through the whole stage, one place at a time.
const after = suite('findAttributionAfter');

after('reads name + cue after the quote', () => {
  assert.equal(summaryOf('Colin Kahl spoke.\n“It was late,” Mr Kahl told the outlet.'), [
    ['It was late,', 'direct', 'Colin Kahl', 'Mr Kahl', 'told'],
  ]);
});

after('reads cue + name after the quote', () => {
  assert.equal(summaryOf('“It was late,” said Dana Whitlock, a spokeswoman.'), [
    ['It was late,', 'direct', 'Dana Whitlock', 'Dana Whitlock', 'said'],
  ]);
});

after('reads a speaker with an appositive between it and the cue', () => {
  assert.equal(summaryOf('“We won,” Party chairman Colm Healy, the convention host, told delegates.')[0]!.slice(2), [
    'Colm Healy', 'Party chairman Colm Healy', 'told',
  ]);
});

after('does not take the object of a participle for the speaker', () => {
  const text = 'Mr Okafor praised the result as “splendid,” telling reporters it was deserved.';
  assert.not.equal(summaryOf(text)[0]![3], 'reporters');
});

after('skips a cue word that is a noun after a determiner', () => {
  const text = '“It is an invasion,” Colm Healy, the attorney general of Kent, one of the states suing the agency, said at an event.';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['Colm Healy', 'said']);
});

after('“...,” as Okafor put it: the cue closes the clause', () => {
  assert.equal(summaryOf('The need is a “lawful source of income,” as a Home Office memo put it.')[0]!.slice(3, 5), ['a Home Office memo', 'put it']);
  assert.equal(summaryOf('The crowd cheered “Bernie’s integrity” as he promised to defend pensions.')[0]![3], null);
});

after('an object or a thing can read its words', () => {
  assert.equal(summaryOf('“We see hope,” the letter reads.')[0]!.slice(3, 5), ['the letter', 'reads']);
});

after('a verb of judging after a quote does not take the words after it as its subject', () => {
  const text = 'Mayor Colm Healy spoke on Monday.\nHealy summed up Okafor as “terrible,” denounced her record and left.';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['Healy', null]);
});

const atEnd = suite('findAttributionAtEnd');

atEnd('“according to” closing the quote’s sentence', () => {
  const text = 'More than 100 people took part in a “walk-in” at 2,000 schools in 238 cities, according to the organiser Ferry Action (FA).';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['the organiser Ferry Action', 'according to']);
});

atEnd('a participle clause after the closing attribution does not hide it', () => {
  const text = 'Ada Okafor spoke.\n“You squeezed the crews” to raise the fares, she said, referencing the board’s drive to “cut costs.”';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['she', 'said']);
});

atEnd('not from the next sentence after a question', () => {
  const text = 'Her reply was: “Is Healy & Co in Kent?” Healy & Co is a shop that sells pottery, according to its website.';
  assert.is(summaryOf(text)[0]![4], null);
});

const before = suite('findAttributionBefore');

before('reads an attribution that introduces the quote', () => {
  assert.equal(summaryOf('Mr Smith said: “We will appeal.”'), [['We will appeal.', 'direct', 'Smith', 'Mr Smith', 'said']]);
});

before('reads a colon after a name with no verb', () => {
  assert.equal(summaryOf('The swing did not surprise pollster Nadia Petrov: “History shows it.”')[0]!.slice(2, 4), ['Nadia Petrov', 'pollster Nadia Petrov']);
});

const clause = suite('findAttributionInClause');

clause('an object pronoun ends no speaker phrase: “the majority of them rated”', () => {
  const text = 'The board said 200 emails were withheld, the vast majority of them rated “confidential” by staff.';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['The board', 'said']);
});

clause('a verb of judging names the speaker of the words it judges', () => {
  const text = 'Another critic, Colm Healy, likened the rules to “burning the house” on Monday.';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['Another critic, Colm Healy', 'likened']);
});

clause('gives a fragment to the subject of the last speech verb before it', () => {
  const text = 'A senior official is quoted as saying that, on the call, Mr Musk said he could see “the entire war unfolding” on a map.';
  assert.equal(summaryOf(text), [['the entire war unfolding', 'fragment', 'Musk', 'Mr Musk', 'said']]);
});

clause('gives no speaker to a fragment with no one before it', () => {
  assert.equal(summaryOf('The plan was called “a disaster” in the end.'), [['a disaster', 'fragment', null, null, null]]);
});

after.run();
atEnd.run();
before.run();
clause.run();

const introduced = suite('introducedByParagraph and the subject fallback');

introduced('reads "He said:" closing the paragraph before the quote', () => {
  const text = 'Mr Bramwell spoke at length. He said:\n“We will not give up.”';
  assert.equal(summaryOf(text)[0]!.slice(2), ['Bramwell', 'He', 'said']);
});

introduced('gives a quote after a participle to the subject', () => {
  const text = 'Dr Okafor shared the news last week, writing “The hall is booked.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Okafor', 'Dr Okafor']);
});

introduced('never gives the quote to whoever was told', () => {
  const text = 'Dr Okafor did not name anyone, but told his supporters, “We have work to do.”';
  const speakerMention = summaryOf(text)[0]![3];
  assert.not.equal(speakerMention, 'his supporters');
});

introduced.run();

const passive = suite('findAttributionInClause: passive');

passive('gives a fragment after "was asked by" to the agent', () => {
  const text = 'Mr Okafor was asked by moderator Lena Vogt whether the plan would “cost too much” in the end.';
  assert.equal(summaryOf(text)[0]!.slice(2, 5), ['Lena Vogt', 'moderator Lena Vogt', 'asked']);
});

passive.run();
