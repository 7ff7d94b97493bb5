// Take in the words before a date that say which part of it is meant: "late last July" (END),
// "early 2008" (START), "mid-November" (MID), "the end of 1998" (END), "earlier this month".
import type { Candidate, Refiner } from './candidate.ts';
import { PERIOD_MODIFIERS } from './constants.ts';
import { alternation } from './word-pattern.ts';

const MODIFIER = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<word>${alternation(PERIOD_MODIFIERS.keys())})(?<gap>\\s*-?\\s*)$`, 'iu');

export const extendModifiers: Refiner = (context, candidates) =>
  candidates.map((c) => {
    if (c.type !== 'DATE' && c.type !== 'TIME') return c;
    if (c.anchoring === 'event' || c.value === null || c.value.endsWith('_REF') || c.mod !== null) return c;
    const before = context.text.slice(Math.max(0, c.start - 24), c.start);
    const m = MODIFIER.exec(before);
    const word = m?.groups?.['word'];
    if (!m || word === undefined) return c;
    // "two years later this month" is not a modifier: "earlier"/"later" only before a this/last/next.
    const key = word.toLowerCase().replace(/\s+/g, ' ');
    if ((key === 'earlier' || key === 'later') && !/^(?:this|last|next|today|yesterday|tonight|in)\b/i.test(context.text.slice(c.start, c.end))) return c;
    // The pattern is anchored at the end of `before`, so the modifier is its last characters.
    const start = c.start - word.length - (m.groups?.['gap'] ?? '').length;
    const extended: Candidate = { ...c, start, mod: PERIOD_MODIFIERS.get(key) ?? null };
    return extended;
  });
