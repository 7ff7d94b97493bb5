import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  afterWords, countWords, leadingPunctuation, trailingPrepositions, trailingPunctuation,
} from '../../../src/pipeline/chronology/phrase-edges.ts';

// What the scans replace: the regexes the event phrase was trimmed with before.
const TRAILING = /(?:\s+(?:in|on|at|by|during|since|until|till|from|to|for|of|as|early|late|as\s+of|through|before|after|around|about|last|this|next|the|and|or|but|that|which|who|while|when|with))+\s*$/i;
const reference = {
  trailingPrepositions: (s: string) => TRAILING.exec(s)?.[0].length ?? 0,
  trailingPunctuation: (s: string) => /[\s\p{P}]*$/u.exec(s)?.[0].length ?? 0,
  leadingPunctuation: (s: string) => /^[\s\p{P}]*/u.exec(s)?.[0].length ?? 0,
  countWords: (s: string) => (s.match(/\S+/g) ?? []).length,
  afterWords: (s: string, limit: number) => {
    const word = /\S+/g;
    let count = 0;
    for (let m = word.exec(s); m; m = word.exec(s)) {
      if (++count === limit) return word.exec(s) ? m.index + m[0].length : s.length;
    }
    return s.length;
  },
};

const edges = suite('phrase edges');

edges('trims closing prepositions with their spaces', () => {
  const text = 'made the call In THE ';
  assert.is(trailingPrepositions(text, 0, text.length), ' In THE '.length);
  assert.is(trailingPrepositions('in the', 0, 6), ' the'.length);
  assert.is(trailingPrepositions('made it within', 0, 14), 0);
});

edges('reads punctuation at both ends, astral characters included', () => {
  const text = '“— made it, 𐄀 ”';
  assert.is(leadingPunctuation(text, 0, text.length), 3);
  assert.is(trailingPunctuation(text, 0, text.length), reference.trailingPunctuation(text));
});

const PIECES = ['in', 'IN', 'the', 'as', 'of', 'as of', 'within', 'made', 'call', ' ', '  ', '\n', '\u00a0', ',', '.', '—', '“', '”',
  '’', 'é', '😀', '𐄀', '\ud800', '\udc00', 'x', 'İn', 'ſ'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' '));

edges('agree with the regexes they replace on any range', () => {
  fc.assert(fc.property(fc.oneof(text, spaced), fc.nat(), fc.nat(), (t, a, b) => {
    const start = t.length === 0 ? 0 : a % (t.length + 1);
    const end = start + (t.length - start === 0 ? 0 : b % (t.length - start + 1));
    const s = t.slice(start, end);
    assert.is(trailingPrepositions(t, start, end), reference.trailingPrepositions(s));
    assert.is(trailingPunctuation(t, start, end), reference.trailingPunctuation(s));
    assert.is(leadingPunctuation(t, start, end), reference.leadingPunctuation(s));
    assert.is(countWords(t, start, end), reference.countWords(s));
    for (const limit of [1, 3, 16]) assert.is(afterWords(t, start, end, limit) - start, reference.afterWords(s, limit));
  }), { numRuns: 3000 });
});

edges.run();
