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

mentions.run();

const words = suite('longestWords');

words('takes the longest word of each phrase', () => {
  assert.equal(longestWords(["new year's eve", 'halloween', 'martin luther king day']), ["year's", 'halloween', 'martin']);
});

words.run();
