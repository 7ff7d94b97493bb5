// The temporal stage: TIMEX3-style expressions, typed and resolved against the publication date.
// Finders propose candidates; refiners run in order over the whole list. Every finder is
// independent, so their order does not matter; the refiners' order does (see below).
import type { Sentence, TemporalMention } from '../types.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import type { Candidate, Finder, Refiner, TemporalContext } from './candidate.ts';
import { compareYearAgo } from './compare-year-ago.ts';
import { extendModifiers } from './extend-modifiers.ts';
import { findCalendarDates } from './find-calendar-dates.ts';
import { findClockTimes } from './find-clock-times.ts';
import { findDayWords } from './find-day-words.ts';
import { findDurations } from './find-durations.ts';
import { findEventRelative } from './find-event-relative.ts';
import { findHolidays } from './find-holidays.ts';
import { findSpelledYears } from './find-spelled-years.ts';
import { findMonthNames } from './find-month-names.ts';
import { findQuartersSeasons } from './find-quarters-seasons.ts';
import { findReferenceWords } from './find-reference-words.ts';
import { findRelativePeriods } from './find-relative-periods.ts';
import { findSets } from './find-sets.ts';
import { findWeekdays } from './find-weekdays.ts';
import { findYears } from './find-years.ts';
import { mergeDateTime } from './merge-date-time.ts';
import { foldForHints } from './mentions-any.ts';
import { parseAnchor } from './resolve-relative.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import { findUnitNouns } from './unit-nouns.ts';
import { flatMap } from '../flat-map.ts';

// On a tie (same span, both valued) the overlap refiner keeps the earlier finder's reading:
// "recent years" is PAST_REF (reference words) rather than PXY (durations), and "$5 a month" a
// SET rather than a DURATION.
const FINDERS: readonly Finder[] = [
  findCalendarDates, findMonthNames, findYears, findDayWords, findWeekdays, findRelativePeriods,
  findQuartersSeasons, findReferenceWords, findSets, findDurations, findClockTimes, findEventRelative,
  findHolidays, findSpelledYears,
];

const REFINERS: readonly Refiner[] = [
  // Modifiers first: "late last July" must be one span before overlaps are settled.
  extendModifiers,
  // Clock times join their day before overlaps: "noon Thursday" is one TIME, not two items.
  mergeDateTime,
  // Needs the final quarter values, so after the finders and before overlaps drop anything.
  compareYearAgo,
  // Keep the overlap refiner last: it picks between the final readings.
  resolveOverlaps,
];

/** Find the temporal expressions of `text`, resolved against `published` (YYYY-MM-DD or null). */
export function findTemporal(text: string, sentences: readonly Sentence[], published: string | null): TemporalMention[] {
  const context: TemporalContext = { text, folded: foldForHints(text), unitNouns: findUnitNouns(text), anchor: parseAnchor(published) };
  let candidates: Candidate[] = flatMap(FINDERS, (find) => safely(() => find(context)));
  for (const refine of REFINERS) candidates = safely(() => refine(context, candidates), candidates);
  return candidates
    .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
    .map((c, i) => ({
      id: `t${i + 1}`,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      sentence: sentenceAt(sentences, c.start),
      type: c.type,
      value: c.value,
      mod: c.mod,
      precision: c.value === null || c.type === 'DURATION' || c.type === 'SET' || c.value.endsWith('_REF') ? null : c.precision,
      anchoring: c.anchoring,
    }));
}

/** A rule that breaks on odd input loses its candidates; the stage never throws. */
function safely(run: () => Candidate[], fallback: Candidate[] = []): Candidate[] {
  try {
    return run();
  } catch {
    return fallback;
  }
}

