import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lowerCase } from '../../src/pipeline/lower-case.ts';

const lowerCaseSuite = suite('lowerCase');

// Words sliced from a text with a curly quote in it, as the pipeline reads them.
const TEXT = 'Mr Musk’s SpaceX told the NEW Yorker: “Ça va”, İstanbul, ΣΟΦΙΑ, ǅemal, x-ray Al-Assad 4G.';
const WORDS = TEXT.split(/[\s:,.“”]+/).filter((w) => w !== '');

lowerCaseSuite('gives what toLowerCase gives, for every word of a text', () => {
  for (const word of WORDS) assert.is(lowerCase(word), word.toLowerCase(), word);
});

lowerCaseSuite('lowers capitals anywhere in a word', () => {
  assert.is(lowerCase('SpaceX'), 'spacex');
  assert.is(lowerCase('NEW'), 'new');
  assert.is(lowerCase('al-Assad'), 'al-assad');
});

lowerCaseSuite('hands a word with a letter beyond ASCII to toLowerCase', () => {
  assert.is(lowerCase('İstanbul'), 'İstanbul'.toLowerCase());
  assert.is(lowerCase('ΣΟΦΙΑ'), 'σοφια');
  assert.is(lowerCase('Ça'), 'ça');
});

lowerCaseSuite('returns a word without capitals, and the empty string, as they are', () => {
  assert.is(lowerCase('told'), 'told');
  assert.is(lowerCase('4g-'), '4g-');
  assert.is(lowerCase(''), '');
});

lowerCaseSuite('reads every ASCII character as toLowerCase does', () => {
  const all = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
  assert.is(lowerCase(all), all.toLowerCase());
});

lowerCaseSuite.run();
