import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quotesOf, summaryOf } from './quotes.ts';

const test = suite('resolveSpeaker');

test('resolves "he" to the last man named outside quotes', () => {
  const text = 'Mrs Okafor met Mr Bramwell on Monday.\n“We agreed,” he said.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, { kind: 'person', id: 'bramwell', name: 'Bramwell' });
  assert.equal(q!.speakerMention, { start: text.indexOf('he said'), end: text.indexOf('he said') + 2, text: 'he' });
});

test('skips a man to resolve "she"', () => {
  const text = 'Mrs Okafor met Mr Bramwell on Monday.\n“We agreed,” she said.';
  assert.is(quotesOf(text)[0]!.speaker?.name, 'Okafor');
});

test('gives "they" no speaker but keeps the mention', () => {
  assert.equal(summaryOf('Mr Bramwell left.\n“We agreed,” they said.')[0]!.slice(2), [null, 'they', 'said']);
});

test('resolves "who" to the person named just before it', () => {
  const text = 'The council met Mayor Ada Okafor, who said the plan was “a costly mistake”.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'who']);
});

test('gives "who" no speaker when nobody is named just before it', () => {
  const text = 'Colm Healy told a young man who asked about fares that “nobody pays”.';
  assert.is(summaryOf(text)[0]![2], null);
});

test('a relative clause after a quote is about the quoted words, not an attribution', () => {
  const text = 'Ada Okafor wants a “chief harbour prosecutor” who reports to the mayor.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Ada Okafor']);
});

test('a possessor is not the speaker: “Okafor’s spokesman”', () => {
  assert.is(summaryOf('Ada Okafor spoke.\n“No,” Ada Okafor’s spokesman said.')[0]![2], null);
  assert.is(summaryOf('“No,” Okafor’s campaign manager Colm Healy said.')[0]![2], 'Colm Healy');
});

test('resolves a description to its unnamed source', () => {
  const [q] = quotesOf('“It was bad,” a senior defence official said.');
  assert.equal(q!.speaker?.kind, 'unnamed');
  assert.is(q!.speaker?.name, 'senior defence official');
});

test('resolves an organisation', () => {
  const [q] = quotesOf('“We continue to work,” the Pentagon said in a statement.');
  assert.equal(q!.speaker, { kind: 'organisation', id: 'pentagon', name: 'the Pentagon' });
  assert.is(q!.cue?.text, 'said in a statement');
});

test('gives the head of "a spokesman for Mr Trump", not Mr Trump', () => {
  const [q] = quotesOf('Donald Trump spoke. “No comment,” a spokesman for Mr Trump said.');
  assert.is(q!.speaker?.kind, 'unnamed');
});

test('reads the addressee of "recalled telling"', () => {
  const [q] = quotesOf('Colin Kahl met Elon Musk.\n“If you cut this off, it doesn’t end the war,” Mr Kahl recalled telling Mr Musk.');
  assert.is(q!.speaker?.name, 'Colin Kahl');
  assert.is(q!.cue?.text, 'recalled telling');
  assert.is(q!.addressee?.name, 'Elon Musk');
});

test.run();

const apposed = suite('resolveSpeaker: appositions');

apposed('gives the quote to the person named in the apposition', () => {
  const text = 'In a statement, her senior policy adviser, Jacob Nair, said: “We agree.”';
  assert.is(quotesOf(text)[0]!.speaker?.name, 'Jacob Nair');
});

apposed.run();

const genders = suite('personGenders');

genders('learns a gender from the pronouns that follow a person', () => {
  const text = 'Hillary Clinton said she would win. Donald Trump said he would speak next.\n“We will win big,” he said.\nHillary Clinton left.\n“It went well,” she said.';
  const quotes = quotesOf(text);
  assert.equal(quotes.map((q) => q.speaker?.name ?? null), ['Donald Trump', 'Hillary Clinton']);
});

genders('gives no speaker when "he" has no man to refer to', () => {
  const text = 'Mrs Okafor left early.\n“It went well,” he said.';
  assert.is(quotesOf(text)[0]!.speaker, null);
});

genders.run();
