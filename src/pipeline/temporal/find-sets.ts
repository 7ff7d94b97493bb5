// Recurring times (TIMEX3 SET): "every year", "each Monday", "daily", "twice a week",
// "$5 a month", "per day".
import { FREQUENCY_WORDS, MONTHS, RATE_WORDS, UNITS, WEEKDAYS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { durationValue } from './find-durations.ts';
import { alternation, allMatches, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';
import { type Anchor, anchoredMatchesAt } from './anchored-matches.ts';
import { UNIT_NOUN } from './unit-nouns.ts';

const DAYS = alternation([...WEEKDAYS.keys()].filter((w) => w.endsWith('day')));
const MONTH_NAMES = alternation([...MONTHS.keys()].filter((m) => m.length > 3));
const EVERY = wordRegex(`(?:every|each)\\s+(?<other>other\\s+)?(?:(?<unit>${alternation(UNITS.keys())})|(?<day>${DAYS})|(?<month>${MONTH_NAMES}))`);
const FREQUENCY = wordRegex(alternation(FREQUENCY_WORDS.keys()));
// "twice a week", "$5 a month", "3% per year": the amount before makes "a year" a rate.
export const RATE = wordRegex(`(?<per>per|a|an)\\s+(?<unit>year|month|week|day|hour|minute)`);
// "per year": one run of spaces, the one before the unit.
export const RATE_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 1 };
const RATE_CUE = new RegExp(`(?:\\d|%|\\b(?:${alternation(RATE_WORDS)}))\\s*$`, 'i');

export const findSets: Finder = (context) => {
  const out: Candidate[] = [];
  for (const m of mentionsAny(context, ['every', 'each']) ? allMatches(EVERY, context.text) : []) {
    const g = m.groups ?? {};
    const every = g['other'] ? 2 : 1;
    const unit = UNITS.get((g['unit'] ?? '').toLowerCase());
    const day = WEEKDAYS.get((g['day'] ?? '').toLowerCase());
    const month = MONTHS.get((g['month'] ?? '').toLowerCase());
    const value = unit ? durationValue(unit, every) : day ? `XXXX-WXX-${day}` : month ? `XXXX-${String(month).padStart(2, '0')}` : null;
    if (value) out.push(set(m.index, m.index + m[0].length, value));
  }
  for (const m of mentionsAny(context, [...FREQUENCY_WORDS.keys()]) ? allMatches(FREQUENCY, context.text) : []) {
    out.push(set(m.index, m.index + m[0].length, FREQUENCY_WORDS.get(m[0].toLowerCase()) ?? null));
  }
  for (const m of anchoredMatchesAt(RATE, context.text, context.unitNouns, RATE_ANCHOR.reach)) {
    const g = m.groups ?? {};
    const unit = UNITS.get((g['unit'] ?? '').toLowerCase());
    const before = context.text.slice(Math.max(0, m.index - 20), m.index);
    if (!unit || ((g['per'] ?? '').toLowerCase() !== 'per' && !RATE_CUE.test(before))) continue;
    out.push(set(m.index, m.index + m[0].length, durationValue(unit, 1)));
  }
  return out;
};

function set(start: number, end: number, value: string | null): Candidate {
  return { start, end, type: 'SET', value, mod: null, precision: null, anchoring: 'absolute' };
}
