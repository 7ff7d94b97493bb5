// Calendar periods named relative to the publication date: "last year", "this month",
// "next week", "the weekend", "two years ago", "the past year", "for the year", "year-earlier".
import type { DateTime } from 'luxon';
import type { Precision } from '../types.ts';
import { DURATION_HEDGES, NUMBER_WORDS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { formatDay, formatDecade, formatMonth, formatQuarter, formatWeek, formatYear } from './format-value.ts';
import { resolveRelative } from './resolve-relative.ts';
import { NUMBER_PATTERN, alternation, allMatches, parseNumber, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';
import { type Anchor, anchoredMatches, anchoredMatchesAt } from './anchored-matches.ts';
import { UNIT_NOUN } from './unit-nouns.ts';
import { shiftAnchor } from './shift-anchor.ts';

type PeriodUnit = 'year' | 'month' | 'week' | 'weekend' | 'day' | 'decade' | 'quarter';

const SHIFT: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['the last', -1], ['the past', -1], ['this past', -1],
  ['this', 0], ['the current', 0], ['current', 0],
  ['next', 1], ['the next', 1], ['the coming', 1], ['this coming', 1],
]);
// "the following year", "the previous day" count from an event of the story: find-event-relative.
const NUMBER = `\\d{1,3}|${NUMBER_PATTERN}`;

export const THIS_UNIT = wordRegex(`(?<rel>${alternation(SHIFT.keys())})\\s+(?:fiscal\\s+)?(?<unit>year|month|week|weekend|decade)`);
const THE_WEEKEND = wordRegex('the\\s+weekend');
// "For the year, profit rose": in news, the year of the report. "The year ended March 31" and
// "throughout the year" name a year's length instead (P1Y, as TimeML annotators do).
export const THE_YEAR = wordRegex('(?<lead>throughout\\s+)?the\\s+(?:full\\s+|fiscal\\s+)?year(?![\\p{L}\\p{N}-]|\\s+(?:ago|earlier|before|after|later|previous|\\d))(?<ended>\\s+end(?:ed|ing)\\b)?');
// "year-earlier profit", "year-ago levels": the year before (compare-year-ago may make it a quarter).
const YEAR_EARLIER = wordRegex('year-(?:earlier|ago)(?!\\s+(?:quarter|period))');
export const AGO = wordRegex(
  `(?:(?<hedge>${alternation(DURATION_HEDGES.keys())})\\s+)?(?:(?<n>${NUMBER})|(?<vague>a\\s+few|several|many))\\s+(?<unit>years?|months?|weeks?|days?|decades?)\\s+(?<dir>ago|hence|from\\s+now)`,
);
// "this coming [fiscal ]year": at most 3 runs of spaces before the one before the unit's first letter;
// "throughout the full year" likewise.
export const THIS_UNIT_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 3 };
export const THE_YEAR_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 3 };
// "[more than ]two years ago": before the space that precedes its direction word, at most 6 runs
// of separators (hedge 2, number 2 as in "a couple of", the space after it 1, the one after the unit 1).
export const AGO_ANCHOR: Anchor = { pattern: /\s(?:ago|hence|from)/giu, reach: 6 };

export const findRelativePeriods: Finder = (context) => {
  const out: Candidate[] = [];
  for (const m of anchoredMatchesAt(THIS_UNIT, context.text, context.unitNouns, THIS_UNIT_ANCHOR.reach)) {
    const g = m.groups ?? {};
    // "This Week" with a capital W is a title (a programme, a magazine), not a week.
    if (/^\p{Lu}/u.test(g['unit'] ?? '')) continue;
    const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (g['unit'] ?? 'year').toLowerCase() as PeriodUnit;
    const shift = SHIFT.get(rel) ?? 0;
    out.push(candidate(context, m.index, m.index + m[0].length, unit, shift));
  }
  // A weekday publication's "the weekend" is the one just past; a weekend one's, its own.
  for (const m of mentionsAny(context, ['weekend']) ? allMatches(THE_WEEKEND, context.text) : []) {
    const back = context.anchor !== null && context.anchor.weekday < 6 ? -1 : 0;
    out.push(candidate(context, m.index, m.index + m[0].length, 'weekend', back));
  }
  for (const m of anchoredMatchesAt(THE_YEAR, context.text, context.unitNouns, THE_YEAR_ANCHOR.reach)) {
    const lead = m.groups?.['lead'] ?? '';
    const ended = m.groups?.['ended'] ?? '';
    const start = m.index + lead.length;
    const end = m.index + m[0].length - ended.length;
    if (lead || ended) out.push({ start, end, type: 'DURATION', value: 'P1Y', mod: null, precision: null, anchoring: 'absolute' });
    else out.push(candidate(context, start, end, 'year', 0));
  }
  for (const m of mentionsAny(context, ['year-']) ? allMatches(YEAR_EARLIER, context.text) : []) out.push(candidate(context, m.index, m.index + m[0].length, 'year', -1));
  for (const m of mentionsAny(context, ['ago', 'hence', 'now']) ? anchoredMatches(AGO, context.text, AGO_ANCHOR) : []) {
    const g = m.groups ?? {};
    if (g['vague']) {
      // "several years ago": some time in the past, no date to give.
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', mod: null, precision: null, anchoring: 'document' });
      continue;
    }
    const n = parseNumber(g['n'] ?? '', NUMBER_WORDS);
    if (n === null) continue;
    let unit = (g['unit'] ?? 'year').toLowerCase().replace(/s$/, '') as PeriodUnit;
    let count = n;
    if (unit === 'decade') {
      unit = 'year';
      count = n * 10;
    }
    const dir = (g['dir'] ?? '').toLowerCase();
    // "two years ago" counts from the publication date. "two years later" / "three minutes
    // before he said" count from a story event: they stay durations (find-durations).
    const sign = dir === 'ago' ? -1 : 1;
    const mod = g['hedge'] ? (DURATION_HEDGES.get(g['hedge'].toLowerCase().replace(/\s+/g, ' ')) ?? null) : null;
    const c = candidate(context, m.index, m.index + m[0].length, unit, sign * count);
    out.push({ ...c, mod });
  }
  return out;
};

function candidate(context: Parameters<Finder>[0], start: number, end: number, unit: PeriodUnit, shift: number): Candidate {
  const precision: Precision = unit === 'weekend' ? 'week' : unit;
  const resolved = resolveRelative(context, precision, (anchor) => shifted(anchor, unit, shift));
  return { start, end, type: 'DATE', mod: null, ...resolved };
}

function shifted(anchor: DateTime, unit: PeriodUnit, shift: number): string {
  switch (unit) {
    // A whole number of years moves the year alone (luxon's plus() only clamps the day).
    case 'year': return formatYear(anchor.year + shift);
    // "the last decade" names a decade ("198"); "a decade ago" a year (find AGO passes 'year').
    case 'decade': return formatDecade(anchor.year + 10 * shift);
    case 'quarter': return formatQuarter(shiftAnchor(anchor, 'quarters', shift));
    case 'month': return formatMonth(shiftAnchor(anchor, 'months', shift));
    case 'week': return formatWeek(shiftAnchor(anchor, 'weeks', shift));
    case 'weekend': return `${formatWeek(shiftAnchor(anchor, 'weeks', shift))}-WE`;
    case 'day': return formatDay(shiftAnchor(anchor, 'days', shift));
  }
}
