import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quotesOf } from './quotes.ts';

const test = suite('isMarkup and isTitle (through findQuotes)');

test('drops an attribute value of markup', () => {
  assert.equal(quotesOf('<tweet author="@someone" id="77">Hello</tweet>'), []);
});

test('drops a title that nobody is said to say', () => {
  assert.equal(quotesOf('Speaking to “Morning Show Live” on Monday, he left.'), []);
});

test('keeps a slogan that someone is said to say', () => {
  const text = 'Mr Okafor said he would “Make Lagos Great Again” soon.';
  assert.equal(quotesOf(text).map((q) => [q.text, q.speaker?.name ?? null]), [['Make Lagos Great Again', 'Okafor']]);
});

test('a sentence’s subject does not say a title: it is dropped; a verb of saying keeps it', () => {
  assert.equal(quotesOf('Mayor Ada Okafor spoke.\nOkafor hosted “Morning Show Live” for years.').map((q) => q.text), []);
  assert.equal(quotesOf('Mayor Ada Okafor spoke.\nOkafor called the plan “Pure Theatre” on Monday.').map((q) => [q.text, q.speaker?.name ?? null]), [['Pure Theatre', 'Ada Okafor']]);
});

test('a headline’s name says its title-cased quote', () => {
  const text = 'Okafor: Ferry Fares ‘Far Too High’\n\nMayor Ada Okafor said on Monday that fares must fall.';
  assert.equal(quotesOf(text).map((q) => [q.text, q.speaker?.name ?? null]), [['Far Too High', 'Ada Okafor']]);
});

test('keeps a scare quote', () => {
  assert.equal(quotesOf('Expect a lot of “grumbling” then.').map((q) => q.text), ['grumbling']);
});

test.run();
