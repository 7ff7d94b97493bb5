// Dates written with a month name or in digits.
// "March 1, 2008", "Nov. 19", "1 March 2008", "Monday, March 3", "July 2012", "3/1/08", "2008-03-01".
import { MONTHS, WEEKDAYS } from './constants.ts';
import type { Candidate, Finder, TemporalContext } from './candidate.ts';
import { clauseTense } from './clause-tense.ts';
import { formatDay, formatMonth } from './format-value.ts';
import { makeDate, resolveRelative, yearFor } from './resolve-relative.ts';
import { allMatches, wordRegex, capitalise } from './word-pattern.ts';
import { type Anchor, anchorPositions, anchoredMatchesAt } from './anchored-matches.ts';

// Separators never cross a line break: a dateline "Friday\n\nSeptember 18, 2008" is two lines.
const MONTH = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => (m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? `${capitalise(m)}\\.?` : capitalise(m)))
  .join('|');
const WEEKDAY = [...WEEKDAYS.keys()].filter((w) => w.endsWith('day')).map(capitalise).join('|');
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d|'\\d\\d)";

export const MONTH_DAY = wordRegex(
  `(?:(?:${WEEKDAY}),?[^\\S\\n]+)?(?<month>${MONTH})[^\\S\\n]+(?<day>${DAY})(?![\\d:.,]\\d)(?:,?[^\\S\\n]+(?<year>${YEAR}))?`,
  'gu',
);
export const DAY_MONTH = wordRegex(
  `(?:(?:${WEEKDAY}),?[^\\S\\n]+)?(?:the[^\\S\\n]+)?(?<day>${DAY})[^\\S\\n]+(?:of[^\\S\\n]+)?(?<month>${MONTH})(?:,?[^\\S\\n]+(?<year>${YEAR}))?`,
  'gu',
);
export const MONTH_YEAR = wordRegex(`(?<month>${MONTH}),?[^\\S\\n]+(?:of[^\\S\\n]+)?(?<year>${YEAR})`, 'gu');
const NUMERIC = /(?<![\d/.-])(?:(?<y1>(?:19|20)\d\d)-(?<m1>0[1-9]|1[0-2])-(?<d1>[0-2]\d|3[01])|(?<m2>1[0-2]|0?[1-9])\/(?<d2>[12]\d|3[01]|0?[1-9])\/(?<y2>(?:19|20)?\d\d))(?![\d/.-]|\.\d)/g;
// Each of the three names a month: after one run of spaces ("Monday, "), four ("Monday, the 1st
// of "), or none. Month spellings start with their only capital, so their occurrences never overlap.
const MONTH_WORD = new RegExp([...MONTHS.keys()].sort((a, b) => b.length - a.length).map(capitalise).join('|'), 'gu');
export const MONTH_DAY_ANCHOR: Anchor = { pattern: MONTH_WORD, reach: 1 };
export const DAY_MONTH_ANCHOR: Anchor = { pattern: MONTH_WORD, reach: 4 };
export const MONTH_YEAR_ANCHOR: Anchor = { pattern: MONTH_WORD, reach: 0 };

export const findCalendarDates: Finder = (context) => {
  // The month spellings are found once for the three patterns that name one.
  const months = anchorPositions(MONTH_WORD, context.text);
  return [
    ...anchoredMatchesAt(MONTH_DAY, context.text, months, MONTH_DAY_ANCHOR.reach).map((m) => fromParts(context, m)),
    ...anchoredMatchesAt(DAY_MONTH, context.text, months, DAY_MONTH_ANCHOR.reach).map((m) => fromParts(context, m)),
    ...anchoredMatchesAt(MONTH_YEAR, context.text, months, MONTH_YEAR_ANCHOR.reach).map((m) => fromParts(context, m)),
    ...allMatches(NUMERIC, context.text).map((m) => {
      const g = m.groups ?? {};
      return fromNumbers(context, m, g['y1'] ?? g['y2'], Number(g['m1'] ?? g['m2']), Number(g['d1'] ?? g['d2']));
    }),
  ].filter((c): c is Candidate => c !== null);
};

function fromParts(context: TemporalContext, m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  const month = MONTHS.get((g['month'] ?? '').replace('.', '').toLowerCase());
  if (month === undefined) return null;
  const day = g['day'] === undefined ? null : parseInt(g['day'], 10);
  return day === null ? monthOnly(m, month, g['year']) : fromNumbers(context, m, g['year'], month, day);
}

function monthOnly(m: RegExpExecArray, month: number, year: string | undefined): Candidate | null {
  const y = year === undefined ? null : fullYear(year);
  if (y === null) return null;
  const d = makeDate(y, month, 1);
  if (!d) return null;
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatMonth(d), mod: null, precision: 'month', anchoring: 'absolute' };
}

function fromNumbers(context: TemporalContext, m: RegExpExecArray, year: string | undefined, month: number, day: number): Candidate | null {
  const start = m.index;
  const end = m.index + m[0].length;
  if (year !== undefined) {
    const d = makeDate(fullYear(year), month, day);
    return d && { start, end, type: 'DATE', value: formatDay(d), mod: null, precision: 'day', anchoring: 'absolute' };
  }
  if (!makeDate(2000, month, day)) return null;
  const tense = clauseTense(context.text, start, end);
  const resolved = resolveRelative(context, 'day', (anchor) => {
    const d = makeDate(yearFor(anchor, month, day, tense), month, day);
    return d && formatDay(d);
  });
  return { start, end, type: 'DATE', mod: null, ...resolved };
}

/** "'08" -> 2008, "98" -> 1998, "2008" -> 2008. */
function fullYear(year: string): number {
  const digits = year.replace("'", '');
  const n = parseInt(digits, 10);
  if (digits.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}
