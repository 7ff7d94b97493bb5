// Lengths of time: "three minutes", "a 15-minute call", "two years", "the past two years",
// "the first nine months", "a few weeks" (PXW), "for years" (PXY), "two and a half years".
import { DURATION_HEDGES, NUMBER_WORDS, UNIT_LETTER, UNITS, VAGUE_QUANTITIES, type Unit } from './constants.ts';
import type { Candidate, Finder, TemporalContext } from './candidate.ts';
import { NUMBER_PATTERN, alternation, parseNumber, wordRegex } from './word-pattern.ts';
import { type Anchor, anchoredMatchesAt } from './anchored-matches.ts';
import { UNIT_NOUN } from './unit-nouns.ts';

const NUMBER = `\\d{1,3}(?:\\.\\d+)?|${NUMBER_PATTERN}`;
const UNIT = alternation(UNITS.keys());
const LEAD = '(?:the|its|their|his|her|a|an)\\s+(?:past|last|next|first|previous|coming|final|following|remaining|initial|same|latest|prior)\\s+|the\\s+|past\\s+|next\\s+|another\\s+|(?:an\\s+)?additional\\s+';
export const DURATION = wordRegex(
  `(?:(?<hedge>${alternation(DURATION_HEDGES.keys())})\\s+)?(?<lead>${LEAD})?` +
    `(?:(?<n>${NUMBER})(?<half>\\s+and\\s+a\\s+half|\\s+1/2|-and-a-half)?|(?<vague>${alternation(VAGUE_QUANTITIES)}))` +
    `(?<sep>[\\s-]+)(?<more>more\\s+)?(?<unit>${UNIT})(?<plural>s)?(?<half2>\\s+and\\s+a\\s+half)?(?<long>-long)?`,
);
// A bare plural after a preposition: "for years", "within hours", "over the decades".
export const BARE = wordRegex(`(?:for|within|in|over|after|of|take|took|takes|lasted|last|spent)\\s{1,3}(?:the\\s{1,3})?(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)`);

// Both patterns put their unit right after a separator: "[the past ]two[ ]years", "for[ ]years".
// Before it, DURATION has at most 11 runs of separators: hedge 2 ("more than "), lead 2
// ("the past "), number 2 ("a couple of"), half 3 (" and a half"), sep 1, "more " 1; BARE 2.
export const DURATION_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 11 };
export const BARE_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 2 };

export const findDurations: Finder = (context) => {
  const out: Candidate[] = [];
  for (const m of anchoredMatchesAt(DURATION, context.text, context.unitNouns, DURATION_ANCHOR.reach)) {
    const c = fromMatch(context, { start: m.index, text: m[0], groups: m.groups ?? {} });
    if (c) out.push(c);
  }
  for (const m of anchoredMatchesAt(BARE, context.text, context.unitNouns, BARE_ANCHOR.reach)) {
    const unit = UNITS.get((m.groups?.['unit'] ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''));
    if (!unit) continue;
    const end = m.index + m[0].length;
    out.push(make(end - (m.groups?.['unit'] ?? '').length, end, unit, null, null));
  }
  return out;
};

interface DurationMatch {
  readonly start: number;
  readonly text: string;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

function fromMatch(context: TemporalContext, m: DurationMatch): Candidate | null {
  const g = m.groups;
  const unit = UNITS.get((g['unit'] ?? '').toLowerCase());
  if (!unit) return null;
  const start = m.start;
  const end = start + m.text.length;
  const after = context.text.slice(end, end + 12);
  // "a 15-year-old", "37 years old": an age, not a duration. "two years ago" is a date (another finder).
  if (/^\s*-?\s*old\b/i.test(after)) return null;
  // "over the past two years": before a determiner, "over" is the preposition, not a hedge.
  if (g['hedge'] && g['lead'] && /^(?:over|some|around)$/i.test(g['hedge'])) {
    const skip = m.text.indexOf(g['lead']);
    return fromMatch(context, { start: start + skip, text: m.text.slice(skip), groups: { ...g, hedge: undefined } });
  }
  // "the eight-year term": the article belongs to the noun, the adjective is the expression.
  if (g['lead'] && /^the\s+$/i.test(g['lead']) && g['sep']?.includes('-')) {
    const skip = g['lead'].length + (g['hedge'] ? m.text.indexOf(g['lead']) : 0);
    return fromMatch(context, { start: start + skip, text: m.text.slice(skip), groups: { ...g, hedge: undefined, lead: undefined } });
  }
  const hedge = g['hedge'] ? (DURATION_HEDGES.get(g['hedge'].toLowerCase().replace(/\s+/g, ' ')) ?? null) : null;
  if (g['vague']) return make(start, end, unit, null, hedge);
  const raw = (g['n'] ?? '').toLowerCase();
  // "a second" / "a quarter" mostly mean an ordinal or a fraction, not a length of time.
  if ((raw === 'a' || raw === 'an') && (unit === 'second' || unit === 'quarter')) return null;
  if ((unit === 'second' || unit === 'quarter') && !g['plural'] && !g['sep']?.includes('-') && raw !== 'one') return null;
  // "three-quarters of the vote": a fraction.
  if (unit === 'quarter' && g['plural'] && g['sep']?.includes('-')) return null;
  // "700 seats a week", "$2 million a year": a rate (find-sets), not a length of time.
  if ((raw === 'a' || raw === 'an') && !g['lead'] && !g['hedge'] && /(?:\d|%|\p{L}s)\s+$/u.test(context.text.slice(Math.max(0, start - 16), start))) return null;
  const n = parseNumber(raw, NUMBER_WORDS);
  if (n === null) return null;
  // "the year" alone is not a duration: a lead word needs a number after it ("the two years").
  if ((raw === 'a' || raw === 'an') && g['lead'] && /^the\s+$/i.test(g['lead'])) return null;
  return make(start, end, unit, g['half'] || g['half2'] ? n + 0.5 : n, hedge);
}

/** A DURATION candidate; a null count means "some number of" (TIMEX3 "X"). */
export function make(start: number, end: number, unit: Unit, n: number | null, mod: string | null): Candidate {
  return { start, end, type: 'DURATION', value: durationValue(unit, n), mod, precision: null, anchoring: 'absolute' };
}

/** Half a unit in the unit below: "two and a half years" -> P2Y6M, "5 1/2 hours" -> PT5H30M. */
const HALF: Partial<Record<Unit, string>> = { year: '6M', hour: '30M', minute: '30S', day: 'T12H' };

/** "PT15M", "P2Y", "PXW", "P2Y6M"; decades and centuries in years ("two decades" -> P20Y). */
export function durationValue(unit: Unit, n: number | null): string {
  if (unit === 'decade' || unit === 'century') {
    const years = unit === 'decade' ? 10 : 100;
    return n === null ? `PX${UNIT_LETTER[unit].letter}` : `P${n * years}Y`;
  }
  const { letter, time } = UNIT_LETTER[unit];
  const whole = n === null ? null : Math.floor(n);
  const half = n !== null && n - Math.floor(n) === 0.5 ? HALF[unit] : undefined;
  const count = n === null ? 'X' : half !== undefined ? String(whole) : String(n);
  return `P${time ? 'T' : ''}${count}${letter}${half ?? ''}`;
}
