// Words that point at the present, the past or the future without a date:
// "now", "currently" (PRESENT_REF), "recently", "formerly" (PAST_REF), "in the future" (FUTURE_REF).
import { REFERENCE_WORDS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { alternation, allMatches, wordRegex } from './word-pattern.ts';

const REFERENCE = wordRegex(alternation(REFERENCE_WORDS.keys()));
// "right now" and "now-defunct" keep the reading; "now that" is a conjunction, still PRESENT_REF.
const NOT_TIME_AFTER = /^(?:\s+(?:tense|participle|account|accounts|affairs)\b|-)/i;

export const findReferenceWords: Finder = (context) =>
  allMatches(REFERENCE, context.text)
    .filter((m) => !NOT_TIME_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
    .map((m): Candidate => ({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: REFERENCE_WORDS.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? null,
      mod: null,
      precision: null,
      anchoring: 'document',
    }));
