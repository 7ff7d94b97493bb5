// Clock times: "10:30 a.m.", "3 p.m. EST", "14:00 UTC", "noon", "midnight". They take the
// publication day until merge-date-time joins them to a day the text names ("3 p.m. Friday").
import type { Candidate, Finder } from './candidate.ts';
import { formatDay } from './format-value.ts';
import { resolveRelative } from './resolve-relative.ts';
import { TIME_ZONES } from './constants.ts';
import { allMatches, alternation, wordRegex } from './word-pattern.ts';

const ZONES = alternation(TIME_ZONES);
const CLOCK = wordRegex(
  `(?<h>[01]?\\d|2[0-3])(?:[:.](?<m>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?:\\s+(?<tz>${ZONES}))?` +
    `|(?<h2>[01]?\\d|2[0-3]):(?<m2>[0-5]\\d)(?:\\s+(?<tz2>${ZONES}))` +
    `|(?<word>noon|midnight|midday)`,
  'giu',
);

export const findClockTimes: Finder = (context) =>
  allMatches(CLOCK, context.text)
    .map((m): Candidate | null => {
      const g = m.groups ?? {};
      const clock = clockValue(g);
      if (clock === null) return null;
      const start = m.index;
      // "p.m." ends with its own full stop; keep it in the span.
      const end = start + m[0].length + (/[ap]\.m$/i.test(m[0]) && context.text[start + m[0].length] === '.' ? 1 : 0);
      const resolved = resolveRelative(context, 'time', (anchor) => `${formatDay(anchor)}${clock}`);
      return { start, end, type: 'TIME', mod: null, ...resolved };
    })
    .filter((c): c is Candidate => c !== null);

/** "T15:00", "T14:00Z"; null when the hour is not a clock hour. */
function clockValue(g: Record<string, string | undefined>): string | null {
  if (g['word']) return g['word'].toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
  let hour = parseInt(g['h'] ?? g['h2'] ?? '', 10);
  const minute = g['m'] ?? g['m2'] ?? '00';
  const ap = (g['ap'] ?? '').toLowerCase();
  if (Number.isNaN(hour)) return null;
  if (ap) {
    if (hour < 1 || hour > 12) return null;
    if (ap.startsWith('p') && hour < 12) hour += 12;
    if (ap.startsWith('a') && hour === 12) hour = 0;
  }
  const zone = (g['tz'] ?? g['tz2'] ?? '').toUpperCase();
  return `T${String(hour).padStart(2, '0')}:${minute}${zone === 'UTC' || zone === 'GMT' ? 'Z' : ''}`;
}
