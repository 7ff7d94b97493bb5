// Shared resolution against the publication date. Relative values need an anchor: without one
// the value is null and the anchoring 'unresolved' (a date is never invented).
import { DateTime } from 'luxon';
import type { Anchoring, Precision } from '../types.ts';
import type { TemporalContext } from './candidate.ts';
import type { Tense } from './clause-tense.ts';

export interface Resolved {
  readonly value: string | null;
  readonly precision: Precision | null;
  readonly anchoring: Anchoring;
}

/** Resolve a relative expression with `compute`, or mark it unresolved when there is no anchor. */
export function resolveRelative(
  context: TemporalContext,
  precision: Precision,
  compute: (anchor: DateTime) => string | null,
): Resolved {
  if (!context.anchor) return { value: null, precision, anchoring: 'unresolved' };
  const value = compute(context.anchor);
  return value === null ? { value: null, precision, anchoring: 'unresolved' } : { value, precision, anchoring: 'document' };
}

/** The year a month (and day) without a year falls in: the publication year, moved back for a
 * past clause naming a later month, forward for a future clause naming an earlier one. */
export function yearFor(anchor: DateTime, month: number, day: number | null, tense: Tense): number {
  const later = month > anchor.month || (month === anchor.month && day !== null && day > anchor.day + 7);
  const earlier = month < anchor.month || (month === anchor.month && day !== null && day < anchor.day - 7);
  // News mostly names months close to its date: only a month three or more away in the
  // direction the tense points elsewhere changes the year ("said in October", published in March).
  if (tense === 'past' && later && month - anchor.month >= 3) return anchor.year - 1;
  if (tense === 'future' && earlier && anchor.month - month >= 3) return anchor.year + 1;
  return anchor.year;
}

/** A calendar date, or null when the parts do not make one (February 30). */
export function makeDate(year: number, month: number, day: number): DateTime | null {
  // DateTime.utc() checks and builds the same date as fromObject in UTC, without normalising an object.
  const d = DateTime.utc(year, month, day);
  return d.isValid ? d : null;
}

/** Parse a YYYY-MM-DD publication date into a luxon date, or null. */
export function parseAnchor(published: string | null): DateTime | null {
  if (!published) return null;
  const iso = published.slice(0, 10);
  // The usual shape, without luxon's ISO parser (which builds its regexes on every call); any
  // other ISO form ("20230822", "2023-W33-1") still goes through it.
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (day) return makeDate(Number(day[1]), Number(day[2]), Number(day[3]));
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  return d.isValid ? d.startOf('day') : null;
}
