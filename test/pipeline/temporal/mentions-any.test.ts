import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldForHints, longestWords, mentionsAny } from '../../../src/pipeline/temporal/mentions-any.ts';
import { parseAnchor } from '../../../src/pipeline/temporal/resolve-relative.ts';

const context = (text: string) => ({ text, folded: foldForHints(text), anchor: parseAnchor('2023-08-22') });

const mentions = suite('mentionsAny');

mentions('finds a hint in any case', () => {
  assert.ok(mentionsAny(context('Profit rose in the THIRD QUARTER.'), ['quarter', 'qtr']));
});

mentions('is false when no hint occurs', () => {
  assert.not.ok(mentionsAny(context('Profit rose last year.'), ['quarter', 'qtr']));
});

mentions('never skips a text with a long s, which case-insensitive regexes read as "s"', () => {
  assert.ok(mentionsAny(context('the firſt half'), ['first']));
});

mentions('is false when the hint\'s letters occur only apart', () => {
  assert.not.ok(mentionsAny(context('a quart of ter, qu-arter'), ['quarter']));
});

mentions('finds hints with digits, hyphens, apostrophes and other characters', () => {
  const c = context("In the 1990s, year-ago figures, Valentine's Day, café hours");
  for (const hint of ['0s', 'year-', "valentine's", 'café', 'é']) assert.ok(mentionsAny(c, [hint]), hint);
});

mentions('answers as a substring search of the folded text would', () => {
  const piece = fc.constantFrom('quarter', 'qu', 'art', 'er', 'year-', "'s", '0s', '199', 'ſ', 'İ', 'é', ' ', '-', 'Q', 'T', 'now', 'kno');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.constantFrom('quarter', 'year-', "'s", '0s', 'now', 'art', 'é'), (text, hint) => {
    const c = context(text);
    assert.is(mentionsAny(c, [hint]), c.folded.text.includes(hint));
  }), { numRuns: 3000 });
});

mentions.run();

const words = suite('longestWords');

words('takes the longest word of each phrase', () => {
  assert.equal(longestWords(["new year's eve", 'halloween', 'martin luther king day']), ["year's", 'halloween', 'martin']);
});

words.run();
