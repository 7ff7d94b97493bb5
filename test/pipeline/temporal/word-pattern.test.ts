import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { splitLeadingLookbehind } from '../../../src/pipeline/temporal/leading-lookbehind.ts';
import { allMatches, wordRegex } from '../../../src/pipeline/temporal/word-pattern.ts';

/** The matches a plain exec loop finds: what allMatches must return. */
function reference(regex: RegExp, text: string): [number, string][] {
  const re = new RegExp(regex.source, regex.flags);
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

const matches = suite('allMatches');

matches('finds what an exec loop finds when a match inside a word is refused', () => {
  const re = wordRegex('(?:the\\s+)?(?:past|next)\\s+years?');
  const text = 'Inthe past years, thenext year, the past year and éthe next years.';
  const found = allMatches(re, text).map((m): [number, string] => [m.index, m[0]]);
  assert.equal(found, reference(re, text));
  assert.equal(found.map(([, t]) => t), ['past years', 'the past year', 'next years']);
});

matches('leaves the caller\'s regex untouched', () => {
  const re = wordRegex('today');
  re.lastIndex = 3;
  allMatches(re, 'today and today');
  assert.is(re.lastIndex, 3);
});

matches('resumes after a refused match that starts a surrogate pair', () => {
  const re = /(?<![a-z])(?:\u{1F600}?x)/gu;
  const text = 'a\u{1F600}x \u{1F600}x';
  assert.equal(allMatches(re, text).map((m): [number, string] => [m.index, m[0]]), reference(re, text));
});

matches.run();

const split = suite('splitLeadingLookbehind');

split('splits a word regex into guard and body', () => {
  const parts = splitLeadingLookbehind(wordRegex('today|tonight'));
  assert.ok(parts);
  assert.is(parts.body.source, '(?:today|tonight)(?![\\p{L}\\p{N}])');
  assert.ok(parts.guard.sticky);
});

split('leaves a pattern whose lookbehind guards only its first alternative', () => {
  assert.is(splitLeadingLookbehind(/(?<!a)b|c/g), null);
  assert.is(splitLeadingLookbehind(/b(?<!a)/g), null);
});

split.run();
