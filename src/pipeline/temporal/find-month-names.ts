// A month named without a day: "in June", "October last year", "June this year", "last July",
// "this September", "next March". The year comes from the publication date and the clause's tense.
import type { DateTime } from 'luxon';
import { MONTHS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { clauseTense } from './clause-tense.ts';
import { formatMonth } from './format-value.ts';
import { makeDate, resolveRelative, yearFor } from './resolve-relative.ts';
import { wordRegex, capitalise } from './word-pattern.ts';
import { type Anchor, anchoredMatches } from './anchored-matches.ts';

const FULL = [...MONTHS.keys()].filter((m) => (m.length > 3 && m !== 'sept') || m === 'may').map(capitalise).join('|');
// "May" and "March" are also a verb and a word of English; only take them after a cue word.
const CUED_ONLY = new Set(['May', 'March']);
const CUE = /(?:\b(?:in|since|until|till|by|of|from|to|through|during|before|after|last|this|next|past|early|late|mid|between|and|or|end|beginning|start|middle)[\s-]+|-)$/i;

export const MONTH_NAME = wordRegex(
  `(?<prefix>(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(?<month>${FULL})` +
    `(?<suffix>,?\\s+(?:of\\s+)?(?:last|this|next)\\s+year)?`,
  'gu',
);
// Every match names its month after at most two runs of spaces ("this coming ").
export const MONTH_NAME_ANCHOR: Anchor = { pattern: new RegExp(FULL, 'gu'), reach: 2 };

export const findMonthNames: Finder = (context) =>
  anchoredMatches(MONTH_NAME, context.text, MONTH_NAME_ANCHOR)
    .map((m): Candidate | null => {
      const g = m.groups ?? {};
      const name = g['month'] ?? '';
      const month = MONTHS.get(name.toLowerCase());
      if (month === undefined) return null;
      const start = m.index;
      const end = start + m[0].length;
      const prefix = (g['prefix'] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
      const suffix = (g['suffix'] ?? '').toLowerCase();
      const before = context.text.slice(Math.max(0, start - 20), start);
      if (!prefix && !suffix && CUED_ONLY.has(name) && !CUE.test(before)) return null;
      // "June Carter": a month followed by a capitalised word is most often a name.
      if (!prefix && !suffix && /^\s+\p{Lu}\p{Ll}/u.test(context.text.slice(end, end + 3))) return null;
      const tense = clauseTense(context.text, start, end);
      const resolved = resolveRelative(context, 'month', (anchor) => {
        const d = makeDate(pickYear(anchor, month, prefix, suffix, tense), month, 1);
        return d && formatMonth(d);
      });
      return { start, end, type: 'DATE', mod: null, ...resolved };
    })
    .filter((c): c is Candidate => c !== null);

function pickYear(anchor: DateTime, month: number, prefix: string, suffix: string, tense: 'past' | 'future'): number {
  if (suffix.includes('last')) return anchor.year - 1;
  if (suffix.includes('next')) return anchor.year + 1;
  if (suffix.includes('this')) return anchor.year;
  // "last July" is the most recent July before this month; "next March" the first one after.
  // (A month just gone is "last month", so "last July" in August means the July a year before.)
  if (prefix === 'last' || prefix === 'this past') return month < anchor.month - 1 ? anchor.year : anchor.year - 1;
  if (prefix === 'next' || prefix === 'this coming') return month > anchor.month ? anchor.year : anchor.year + 1;
  if (prefix === 'this') return anchor.year;
  return yearFor(anchor, month, null, tense);
}
