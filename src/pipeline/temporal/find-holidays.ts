// Holidays: "Thanksgiving Day", "on Christmas Eve", "last Christmas", "Labor Day 2010".
// Floating holidays are computed with luxon: Thanksgiving is the fourth Thursday of November.
import type { DateTime } from 'luxon';
import { HOLIDAY_SEASON_NOUNS, HOLIDAYS, type HolidayRule } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { clauseTense } from './clause-tense.ts';
import { formatDay } from './format-value.ts';
import { makeDate, resolveRelative, yearFor } from './resolve-relative.ts';
import { alternation, allMatches, wordRegex } from './word-pattern.ts';
import { longestWords, mentionsAny } from './mentions-any.ts';

const HOLIDAY = wordRegex(
  `(?:(?<rel>last|this|next)\\s+)?(?<name>${alternation(HOLIDAYS.keys())})(?:,?\\s+(?<year>1[6-9]\\d\\d|20\\d\\d))?`,
);

const HOLIDAY_HINTS = longestWords(HOLIDAYS.keys());

// "Christmas sales", "the Christmas and New Year period": a holiday as a season, not a day.
const SEASON_AFTER = new RegExp(`^(?:\\s+and\\s+New\\s+Year)?\\s+(?:${alternation(HOLIDAY_SEASON_NOUNS)})\\b`, 'i');

export const findHolidays: Finder = (context) =>
  (mentionsAny(context, HOLIDAY_HINTS) ? allMatches(HOLIDAY, context.text) : [])
    .filter((m) => !/day|eve$/i.test(m.groups?.['name'] ?? '') ? !SEASON_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : true)
    .map((m): Candidate | null => {
      const g = m.groups ?? {};
      const name = (g['name'] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
      const rule = HOLIDAYS.get(name);
      if (!rule) return null;
      // Holidays are proper names: lower-case "christmas" is rare, "thanksgiving" is a noun.
      if (!/^\p{Lu}/u.test(g['name'] ?? '') && !name.startsWith('the ')) return null;
      const start = m.index;
      const end = start + m[0].length;
      if (g['year']) {
        const d = onYear(rule, Number(g['year']));
        return d && { start, end, type: 'DATE', value: formatDay(d), mod: null, precision: 'day', anchoring: 'absolute' };
      }
      const rel = (g['rel'] ?? '').toLowerCase();
      const tense = clauseTense(context.text, start, end);
      const resolved = resolveRelative(context, 'day', (anchor) => {
        const thisYear = onYear(rule, anchor.year);
        if (!thisYear) return null;
        const year = rel === 'last' ? (thisYear < anchor ? anchor.year : anchor.year - 1)
          : rel === 'next' ? (thisYear > anchor ? anchor.year : anchor.year + 1)
          : rel === 'this' ? anchor.year
          : yearFor(anchor, thisYear.month, thisYear.day, tense);
        const d = onYear(rule, year);
        return d && formatDay(d);
      });
      return { start, end, type: 'DATE', mod: null, ...resolved };
    })
    .filter((c): c is Candidate => c !== null);

function onYear(rule: HolidayRule, year: number): DateTime | null {
  if ('day' in rule) return makeDate(year, rule.month, rule.day);
  if (rule.nth < 0) {
    const last = makeDate(year, rule.month, 1)?.endOf('month').startOf('day');
    return last ? last.minus({ days: (last.weekday - rule.weekday + 7) % 7 }) : null;
  }
  const first = makeDate(year, rule.month, rule.onOrAfter ?? 1);
  return first ? first.plus({ days: (rule.weekday - first.weekday + 7) % 7 + 7 * (rule.nth - 1) }) : null;
}
