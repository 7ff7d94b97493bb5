// Days named relative to the publication date: "yesterday", "today", "tomorrow", "tonight",
// "this morning", "yesterday afternoon", "last night", "the day before yesterday".
import type { DateTime } from 'luxon';
import { DAY_PARTS } from './constants.ts';
import type { Candidate, Finder } from './candidate.ts';
import { formatDay } from './format-value.ts';
import { resolveRelative } from './resolve-relative.ts';
import { alternation, allMatches, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';
import { shiftAnchor } from './shift-anchor.ts';

const SHIFT: ReadonlyMap<string, number> = new Map([
  ['the day before yesterday', -2], ['the day after tomorrow', 2], ['yesterday', -1], ['today', 0],
  ['tomorrow', 1], ['tonight', 0], ['this', 0], ['last', -1],
]);
const PARTS = alternation(DAY_PARTS.keys());
const DAY_WORD = wordRegex(
  `(?<day>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\\s+(?<part>${PARTS}))?` +
    `|(?<part2>${PARTS})\\s+(?<day2>yesterday|today|tomorrow)` +
    `|(?<this>this|last)\\s+(?<part3>${PARTS})`,
);

const DAY_WORD_HINTS = ['yesterday', 'today', 'tomorrow', 'tonight', ...DAY_PARTS.keys()];

export const findDayWords: Finder = (context) =>
  (mentionsAny(context, DAY_WORD_HINTS) ? allMatches(DAY_WORD, context.text) : []).map((m): Candidate => {
    const g = m.groups ?? {};
    const day = (g['day'] ?? g['day2'] ?? g['this'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    let part = (g['part'] ?? g['part2'] ?? g['part3'] ?? '').toLowerCase();
    if (day === 'tonight') part = 'night';
    // "last night" is the night before the publication day; "last evening" likewise.
    const shift = SHIFT.get(day) ?? 0;
    const code = DAY_PARTS.get(part);
    const start = m.index;
    const end = start + m[0].length;
    const resolved = resolveRelative(context, code ? 'time' : 'day', (anchor: DateTime) => {
      const d = formatDay(shiftAnchor(anchor, 'days', shift));
      return code ? `${d}T${code}` : d;
    });
    return { start, end, type: code ? 'TIME' : 'DATE', mod: null, ...resolved };
  });
