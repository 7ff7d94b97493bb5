// Years said in words, as transcripts write them: "nineteen ninety-six", "January nineteen
// ninety-seven", "the year two thousand", "two thousand and eight".
import { MONTHS, YEAR_TENS, YEAR_UNITS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { alternation, allMatches, wordRegex, capitalise } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';

const TENS = alternation(YEAR_TENS.keys());
const UNITS = alternation(YEAR_UNITS.keys());
const MONTH = [...MONTHS.keys()].filter((m) => m.length > 3 || m === 'may').map(capitalise).join('|');
const SPELLED = wordRegex(
  `(?:(?<month>${MONTH})\\s+)?(?:` +
    `(?<century>nineteen|eighteen)\\s+(?:hundred\\s+(?:and\\s+)?)?(?<tens>${TENS})(?:[-\\s](?<units>${UNITS}))?` +
    `|(?<the>the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?(?:[-\\s](?<small>${UNITS}|${TENS}))?)`,
  'gu',
);

export const findSpelledYears: Finder = (context) =>
  (mentionsAny(context, ['nineteen', 'eighteen', 'thousand']) ? allMatches(SPELLED, context.text) : [])
    .map((m): Candidate | null => {
      const g = m.groups ?? {};
      let year: number;
      if (g['century']) {
        year = (g['century'].toLowerCase() === 'nineteen' ? 1900 : 1800) + (YEAR_TENS.get((g['tens'] ?? '').toLowerCase()) ?? 0) + (YEAR_UNITS.get((g['units'] ?? '').toLowerCase()) ?? 0);
      } else {
        // "two thousand" alone counts things; only "the year two thousand" or "two thousand and eight" is a year.
        const small = (g['small'] ?? '').toLowerCase();
        if (!g['the'] && !small) return null;
        year = 2000 + (YEAR_UNITS.get(small) ?? YEAR_TENS.get(small) ?? 0);
      }
      let end = m.index + m[0].length;
      // "two thousand and" with nothing after: leave the "and" out.
      const trailing = /\s+and$/i.exec(m[0]);
      if (trailing) end -= trailing[0].length;
      const month = MONTHS.get((g['month'] ?? '').toLowerCase());
      const value = month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
      return { start: m.index, end, type: 'DATE', value, mod: null, precision: month === undefined ? 'year' : 'month', anchoring: 'absolute' };
    })
    .filter((c): c is Candidate => c !== null);
