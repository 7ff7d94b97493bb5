// Weekdays: "Monday", "on Friday", "last Tuesday", "next Friday", "Saturday night".
// A bare weekday is the nearest one on or before the publication day, or on or after it in a
// future clause ("will meet on Friday").
import type { DateTime } from 'luxon';
import { DAY_PARTS, WEEKDAYS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { clauseTense } from './clause-tense.ts';
import { formatDay } from './format-value.ts';
import { resolveRelative } from './resolve-relative.ts';
import { alternation, wordRegex, capitalise } from './word-pattern.ts';
import { type Anchor, anchoredMatches } from './anchored-matches.ts';
import { shiftAnchor } from './shift-anchor.ts';

const NAMES = [...WEEKDAYS.keys()].filter((w) => w.endsWith('day')).map(capitalise).join('|');
export const WEEKDAY = wordRegex(
  `(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Ee]arly|[Ll]ate)\\s+)?(?<name>${NAMES})(?:'s)?(?:\\s+(?<part>${alternation(DAY_PARTS.keys())}))?`,
  'gu',
);

// Every match names its weekday after at most two runs of spaces ("this coming ").
export const WEEKDAY_ANCHOR: Anchor = { pattern: new RegExp(NAMES, 'gu'), reach: 2 };

// "The Sunday Times", "the Monday Club": a weekday followed by a capitalised word is a name,
// unless that word is a month ("Monday March 3" is read by find-calendar-dates).
const NAME_AFTER = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)\p{Lu}\p{Ll}/u;

export const findWeekdays: Finder = (context) =>
  anchoredMatches(WEEKDAY, context.text, WEEKDAY_ANCHOR)
    .filter((m) => m.groups?.['part'] !== undefined || !NAME_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 14)))
    .map((m): Candidate => {
    const g = m.groups ?? {};
    const weekday = WEEKDAYS.get((g['name'] ?? '').toLowerCase()) ?? 1;
    const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const code = DAY_PARTS.get((g['part'] ?? '').toLowerCase());
    const start = m.index;
    let end = start + m[0].length;
    if (context.text.slice(end - 2, end) === "'s" && !code) end -= 2;
    const tense = clauseTense(context.text, start, end);
    const mod = rel === 'early' ? 'START' : rel === 'late' ? 'END' : null;
    const resolved = resolveRelative(context, code ? 'time' : 'day', (anchor) => {
      const d = formatDay(pickDay(anchor, weekday, rel, tense));
      return code ? `${d}T${code}` : d;
    });
    return { start, end, type: code ? 'TIME' : 'DATE', mod, ...resolved };
  });

function pickDay(anchor: DateTime, weekday: number, rel: string, tense: 'past' | 'future'): DateTime {
  const back = (anchor.weekday - weekday + 7) % 7;
  const ahead = (weekday - anchor.weekday + 7) % 7;
  if (rel === 'last' || rel === 'this past') return shiftAnchor(anchor, 'days', -(back === 0 ? 7 : back));
  if (rel === 'next' || rel === 'this coming') return shiftAnchor(anchor, 'days', ahead === 0 ? 7 : ahead);
  return tense === 'future' ? shiftAnchor(anchor, 'days', ahead) : shiftAnchor(anchor, 'days', -back);
}
