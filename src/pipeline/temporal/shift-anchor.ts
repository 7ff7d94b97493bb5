// The publication date moved by whole units, through luxon. An article asks for the same few
// shifts again and again ("last year" four times, three weekdays of one week), and luxon's plus()
// costs about 10 us, so each shift is computed once per anchor. The anchor is midnight UTC, where
// a day is always 86,400,000 ms: days and weeks move by milliseconds (fromMillis, about 1 us).
import { DateTime, type DurationLikeObject } from 'luxon';

export type ShiftUnit = 'years' | 'quarters' | 'months' | 'weeks' | 'days';

const DAY = 86_400_000;
const SHIFTS = new WeakMap<DateTime, Map<string, DateTime>>();

/** `anchor.plus({ [unit]: n })`, remembered for this anchor. */
export function shiftAnchor(anchor: DateTime, unit: ShiftUnit, n: number): DateTime {
  let shifts = SHIFTS.get(anchor);
  if (!shifts) {
    shifts = new Map();
    SHIFTS.set(anchor, shifts);
  }
  const key = `${unit} ${n}`;
  let shifted = shifts.get(key);
  if (!shifted) {
    const days = unit === 'days' ? n : unit === 'weeks' ? 7 * n : null;
    const duration: DurationLikeObject = { [unit]: n };
    shifted = days !== null && anchor.zone.isUniversal && anchor.offset === 0
      ? DateTime.fromMillis(anchor.toMillis() + days * DAY, { zone: anchor.zone, locale: anchor.locale ?? undefined })
      : anchor.plus(duration);
    shifts.set(key, shifted);
  }
  return shifted;
}
