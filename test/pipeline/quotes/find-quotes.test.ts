import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quotesOf, summaryOf } from './quotes.ts';

const kinds = suite('findQuotes: kinds and continuations');

kinds('splits a quote around its attribution; the second piece continues it', () => {
  const text = 'Elon Musk spoke.\n“The hell with it,” Mr Musk tweeted. “We’ll just keep funding it.”';
  assert.equal(summaryOf(text), [
    ['The hell with it,', 'direct', 'Elon Musk', 'Mr Musk', 'tweeted'],
    ['We’ll just keep funding it.', 'continuation', 'Elon Musk', 'Mr Musk', null],
  ]);
});

kinds('continues across the attribution sentence: “X,” he told reporters. “Y.”', () => {
  const text = '“Give him time,” Senator Ann Tolliver told reporters in Leeds. “He is a decent man.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[2]]), [['direct', 'Ann Tolliver'], ['continuation', 'Ann Tolliver']]);
});

kinds('a paragraph that is only a quote continues the quote before it', () => {
  const text = '“This was bad,” the senior defence official said.\n“And we were, like, oh dear.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[2]]), [['direct', 'senior defence official'], ['continuation', 'senior defence official']]);
});

kinds('a quote after the reporter’s own sentence gets no speaker', () => {
  const text = '“This was bad,” Mr Kahl said.\nThe talks went on for weeks.\n“Nothing changed.”';
  assert.equal(summaryOf(text)[1]!.slice(1, 3), ['direct', null]);
});

kinds('a nested quote belongs to whoever the outer quote says said it', () => {
  const text = 'Elon Musk said he called.\n“Three minutes before he said, ‘I had this great conversation’,” the official said.';
  const quotes = quotesOf(text);
  assert.equal(quotes.map((q) => [q.id, q.kind, q.parent, q.speaker?.name ?? null]), [
    ['q1', 'direct', null, 'official'],
    ['q2', 'nested', 'q1', 'Elon Musk'],
  ]);
});

kinds('ids follow text order and sentences are 0-based', () => {
  const quotes = quotesOf('It began.\nHe said “one” and “two”.');
  assert.equal(quotes.map((q) => [q.id, q.sentence]), [['q1', 1], ['q2', 1]]);
});

const robust = suite('findQuotes: any input');

robust('returns [] for text without quotes or sentences', () => {
  assert.equal(quotesOf(''), []);
  assert.equal(quotesOf('No quotes here.'), []);
});

robust('never throws on stray marks', () => {
  quotesOf('“ ” " ‘ ’ \' “unclosed\n”');
});

kinds.run();
robust.run();
