// Quarters, halves and seasons: "the third quarter", "third-quarter", "the quarter",
// "the first half of 2008", "summer 2012", "last fall", "this summer".
import type { DateTime } from 'luxon';
import { ORDINALS, SEASONS } from './constants.ts';
import type { Candidate, Finder, TemporalContext } from './candidate.ts';
import { clauseTense } from './clause-tense.ts';
import { formatQuarter } from './format-value.ts';
import { resolveRelative } from './resolve-relative.ts';
import { alternation, allMatches, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';

const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const ORD = alternation(ORDINALS.keys());
const YEAR_TAIL = `(?:,?\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?<year>${YEAR})|(?<yearRel>this|last|next)\\s+year))?`;
const QUARTER = wordRegex(
  `(?:(?<the>the|its|their)\\s+)?(?:(?<yearPoss>this|last|next)\\s+year's\\s+)?(?:fiscal[\\s-]+)?(?:(?<rel>latest|current|most\\s+recent|previous|last|final|year-ago|year-earlier|same|comparable|comparable\\s+year-ago|comparable\\s+year-earlier|year-before)[\\s-]+)?(?:(?<ord>${ORD})[\\s-]*)?(?:fiscal\\s+)?(?<noun>quarter|qtr\\.?|period)(?!\\s+(?:of\\s+(?:a|an|the|its|their|his|her|all|those|these|them)|century|mile|point|percent)\\b)${YEAR_TAIL}` +
    `|(?:the\\s+)?(?<year2>${YEAR})\\s+(?:fiscal\\s+)?(?<ord2>${ORD})[\\s-]+quarter` +
    `|the\\s+(?<year3>${YEAR})\\s+(?:quarter|period)`,
);
const HALF = wordRegex(`(?:the\\s+)?(?<ord>first|second)\\s+half${YEAR_TAIL}`);
const SEASON_WORDS = alternation(SEASONS.keys());
const SEASON = wordRegex(
  `(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|the)\\s+)?(?<season>${SEASON_WORDS})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?`,
);

export const findQuartersSeasons: Finder = (context) => [
  ...(mentionsAny(context, ['quarter', 'qtr', 'period']) ? allMatches(QUARTER, context.text) : []).map((m) => quarter(context, m)),
  ...(mentionsAny(context, ['half']) ? allMatches(HALF, context.text) : []).map((m) => half(context, m)),
  ...(mentionsAny(context, [...SEASONS.keys()]) ? allMatches(SEASON, context.text) : []).map((m) => season(context, m)),
].filter((c): c is Candidate => c !== null);

function quarter(context: TemporalContext, m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  const ordWord = (g['ord'] ?? g['ord2'] ?? '').toLowerCase();
  const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // A bare "quarter" is a fraction ("a quarter of voters"); it needs "the" or a qualifier.
  if (!ordWord && !rel && !g['the'] && !g['yearPoss'] && !g['year3']) return null;
  // "period" is a quarter only with a reporting word: "the latest period", "the year-ago period".
  if ((g['noun'] ?? '').toLowerCase() === 'period' && !['latest', 'year-ago', 'year-earlier', 'comparable', 'year-before', 'most recent'].includes(rel)) return null;
  const n = ORDINALS.get(ordWord) ?? null;
  const back = rel.includes('year-') ? 1 : 0;
  const yearBack = rel.includes('year-') || rel === 'comparable';
  // "the third-quarter results": the article goes with "results", not with the quarter.
  const adjective = g['the'] !== undefined && /^the\s+\S+-quarter$/i.test(m[0]);
  const start = adjective ? m.index + m[0].indexOf(' ') + 1 : m.index;
  const end = m.index + m[0].length;
  const explicit = g['year'] ?? g['year2'];
  if (g['year3']) {
    // "the 1988 quarter": that year's instance of the quarter being reported on (the last ended).
    const year3 = g['year3'];
    const resolved = resolveRelative(context, 'quarter', (anchor) => `${year3}-Q${anchor.minus({ quarters: 1 }).quarter}`);
    return { start, end, type: 'DATE', mod: null, ...resolved };
  }
  if (explicit && n !== null) return { start, end, type: 'DATE', value: `${explicit}-Q${n}`, mod: null, precision: 'quarter', anchoring: 'absolute' };
  const yearRel = (g['yearRel'] ?? g['yearPoss'] ?? '').toLowerCase();
  const tense = clauseTense(context.text, start, end);
  const resolved = resolveRelative(context, 'quarter', (anchor) => {
    const yearShift = yearRel === 'last' ? -1 : yearRel === 'next' ? 1 : 0;
    if (n !== null) {
      if (yearRel) return `${anchor.year + yearShift}-Q${n}`;
      // "the third quarter" is the latest third quarter to have begun, unless the clause looks ahead.
      const begun = n <= anchor.quarter;
      return `${(begun || tense === 'future' ? anchor.year : anchor.year - 1) - back}-Q${n}`;
    }
    if (rel === 'current' || rel === 'same') return formatQuarter(anchor);
    if (yearRel === 'last') return formatQuarter(anchor.minus({ quarters: 1, years: 1 }));
    // "the quarter", "the latest quarter": news reports on the quarter that last ended.
    const last = anchor.minus({ quarters: 1 });
    return yearBack ? formatQuarter(last.minus({ years: 1 })) : formatQuarter(last);
  });
  return { start, end, type: 'DATE', mod: null, ...resolved };
}

function half(context: TemporalContext, m: RegExpExecArray): Candidate {
  const g = m.groups ?? {};
  const n = (g['ord'] ?? '').toLowerCase() === 'first' ? 1 : 2;
  const start = m.index;
  const end = start + m[0].length;
  if (g['year']) return { start, end, type: 'DATE', value: `${g['year']}-H${n}`, mod: null, precision: 'quarter', anchoring: 'absolute' };
  const yearRel = (g['yearRel'] ?? '').toLowerCase();
  const resolved = resolveRelative(context, 'quarter', (anchor) => {
    const begun = n === 1 || anchor.month > 6;
    const year = yearRel === 'last' ? anchor.year - 1 : yearRel === 'next' ? anchor.year + 1 : yearRel === 'this' || begun ? anchor.year : anchor.year - 1;
    return `${year}-H${n}`;
  });
  return { start, end, type: 'DATE', mod: null, ...resolved };
}

function season(context: TemporalContext, m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  const word = (g['season'] ?? '').toLowerCase();
  const info = SEASONS.get(word);
  if (!info) return null;
  const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const start = m.index;
  const end = start + m[0].length;
  // "fall" and "spring" are verbs and nouns too: take them only with a qualifier or a year.
  const before = context.text.slice(Math.max(0, start - 12), start);
  if (!rel && !g['year'] && !/\b(?:in|during|by|since|until|this|last|next|early|late|mid)[\s-]+$/i.test(before)) return null;
  if (g['year']) return { start, end, type: 'DATE', value: `${g['year']}-${info.code}`, mod: null, precision: 'season', anchoring: 'absolute' };
  const tense = clauseTense(context.text, start, end);
  const resolved = resolveRelative(context, 'season', (anchor) => `${seasonYear(anchor, info.month, rel, tense)}-${info.code}`);
  return { start, end, type: 'DATE', mod: null, ...resolved };
}

function seasonYear(anchor: DateTime, month: number, rel: string, tense: 'past' | 'future'): number {
  const begun = month <= anchor.month;
  if (rel === 'last' || rel === 'this past') return begun && anchor.month - month >= 3 ? anchor.year : anchor.year - 1;
  if (rel === 'next' || rel === 'this coming') return begun ? anchor.year + 1 : anchor.year;
  if (rel === 'this') return anchor.year;
  return begun || tense === 'future' ? anchor.year : anchor.year - 1;
}
