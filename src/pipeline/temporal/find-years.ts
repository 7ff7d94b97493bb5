// Years, decades and centuries: "2008", "fiscal 1998", "the 1990s", "the late 1970s", "'90s",
// "the 20th century". A year is a four-digit number that is not money, a share or part of a figure.
import type { Candidate, Finder } from './candidate.ts';
import { formatCentury, formatDecade } from './format-value.ts';
import { COUNTED_NOUNS, DECADE_WORDS, PERIOD_MODIFIERS } from './constants.ts';
import { allMatches, alternation, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';
import { type Anchor, anchoredMatches } from './anchored-matches.ts';

// A hyphen before the year is fine after a word ("mid-2011", "post-1959"), not after a figure.
export const YEAR = /(?<![\p{L}\p{N}$£€#.,/:]|\d[.,-]|^-|\s-)(?<fiscal>(?:fiscal|FY|the\s+year|calendar)\s+)?(?<year>1[6-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,:/-]\d|\s*(?:%|percent|per\s?cent)\b)/giu;
// The year's digits come after at most two runs of spaces ("the year "); a year never follows a
// digit, so the digits' occurrences that matter never overlap another.
export const YEAR_ANCHOR: Anchor = { pattern: /(?:1[6-9]|20)\d\d/g, reach: 2 };
const DECADE = wordRegex(`(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<decade>(?:1[6-9]|20)\\d0s|'\\d0s)`, 'giu');
// "the nineties", "the eighties": a decade in words.
const DECADE_WORD = wordRegex(`the\\s+(?:(?<mod>early|mid|late)[\\s-]+)?(?:19)?(?<word>${alternation(DECADE_WORDS.keys())})`, 'giu');
const CENTURY = wordRegex(`(?:the\\s+)?(?<n>1\\d|2[01])(?:st|nd|rd|th)[\\s-]+century`, 'giu');
const COUNTED = new RegExp(`^\\s+(?:${alternation(COUNTED_NOUNS)})\\b`, 'i');

export const findYears: Finder = (context) => {
  const out: Candidate[] = [];
  for (const m of anchoredMatches(YEAR, context.text, YEAR_ANCHOR)) {
    const end = m.index + m[0].length;
    if (COUNTED.test(context.text.slice(end, end + 20))) continue;
    out.push({ start: m.index, end, type: 'DATE', value: m.groups?.['year'] ?? null, mod: null, precision: 'year', anchoring: 'absolute' });
  }
  for (const m of mentionsAny(context, ['0s']) ? allMatches(DECADE, context.text) : []) {
    const raw = (m.groups?.['decade'] ?? '').replace(/s$/i, '');
    const year = raw.startsWith("'") ? 1900 + parseInt(raw.slice(1), 10) : parseInt(raw, 10);
    const mod = PERIOD_MODIFIERS.get((m.groups?.['mod'] ?? '').toLowerCase()) ?? null;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatDecade(year), mod, precision: 'decade', anchoring: 'absolute' });
  }
  for (const m of mentionsAny(context, [...DECADE_WORDS.keys()]) ? allMatches(DECADE_WORD, context.text) : []) {
    const decade = DECADE_WORDS.get((m.groups?.['word'] ?? '').toLowerCase());
    if (decade === undefined) continue;
    const mod = PERIOD_MODIFIERS.get((m.groups?.['mod'] ?? '').toLowerCase()) ?? null;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(decade), mod, precision: 'decade', anchoring: 'absolute' });
  }
  for (const m of mentionsAny(context, ['century']) ? allMatches(CENTURY, context.text) : []) {
    const n = parseInt(m.groups?.['n'] ?? '0', 10);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatCentury(n), mod: null, precision: 'century', anchoring: 'absolute' });
  }
  return out;
};
