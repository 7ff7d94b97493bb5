// TIMEX3 values as calendar periods a reader understands: "2022-10" -> "October 2022", spanning
// 2022-10-01 to 2022-10-31. luxon does every computation; a value we cannot read gives null.
import { DateTime } from 'luxon';
import { remembered } from './remembered.ts';

export interface TimexPeriod {
  /** What a reader sees: "October 2022", "21 August 2023", "Summer 2012". */
  readonly label: string;
  /** First and last day of the period (ISO dates), for sorting and for a time axis. */
  readonly start: string;
  readonly end: string;
}

const SEASONS: Readonly<Record<string, { name: string; months: [number, number] }>> = {
  SP: { name: 'Spring', months: [3, 5] },
  SU: { name: 'Summer', months: [6, 8] },
  FA: { name: 'Autumn', months: [9, 11] },
  WI: { name: 'Winter', months: [12, 14] },
};

const day = (d: DateTime): string => d.toISODate()!;

/** Periods already read: an archive repeats the same few thousand values many times. */
const periods = new Map<string, TimexPeriod | null>();

/** Read a TIMEX3 DATE/TIME value as a period; null for durations, refs and partial values. */
export function timexPeriod(value: string): TimexPeriod | null {
  return remembered(periods, value, readPeriod);
}

function readPeriod(value: string): TimexPeriod | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    const t = DateTime.fromISO(value.slice(0, 16), { zone: 'utc' });
    return t.isValid ? { label: t.toFormat('d LLLL yyyy, HH:mm'), start: day(t), end: day(t) } : null;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T(MO|AF|EV|NI))?$/.exec(value))) {
    const d = DateTime.fromISO(value.slice(0, 10), { zone: 'utc' });
    const part = m[5] ? `, ${{ MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' }[m[5]]}` : '';
    return d.isValid ? { label: `${d.toFormat('cccc d LLLL yyyy')}${part}`, start: day(d), end: day(d) } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]) }, { zone: 'utc' });
    return d.isValid ? { label: d.toFormat('LLLL yyyy'), start: day(d), end: day(d.endOf('month')) } : null;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const d = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]) }, { zone: 'utc' });
    return d.isValid
      ? { label: `Week of ${d.toFormat('d LLLL yyyy')}`, start: day(d.startOf('week')), end: day(d.endOf('week')) }
      : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1 }, { zone: 'utc' });
    return { label: `Q${m[2]} ${m[1]}`, start: day(d), end: day(d.plus({ months: 2 }).endOf('month')) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]), month: m[2] === '1' ? 1 : 7 }, { zone: 'utc' });
    return { label: `${m[2] === '1' ? 'First' : 'Second'} half of ${m[1]}`, start: day(d), end: day(d.plus({ months: 5 }).endOf('month')) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const season = SEASONS[m[2]!]!;
    const d = DateTime.fromObject({ year: Number(m[1]), month: season.months[0] }, { zone: 'utc' });
    return { label: `${season.name} ${m[1]}`, start: day(d), end: day(d.plus({ months: 2 }).endOf('month')) };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]) }, { zone: 'utc' });
    return { label: m[1]!, start: day(d), end: day(d.endOf('year')) };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]) * 10 }, { zone: 'utc' });
    return { label: `the ${m[1]}0s`, start: day(d), end: day(d.plus({ years: 9 }).endOf('year')) };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const d = DateTime.fromObject({ year: Number(m[1]) * 100 }, { zone: 'utc' });
    const n = Number(m[1]) + 1;
    return { label: `the ${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'} century`, start: day(d), end: day(d.plus({ years: 99 }).endOf('year')) };
  }
  return null;
}

/** A published date as shown on pages: "22 August 2023". */
export function formatPublished(iso: string): string {
  // An archive's articles share a few thousand publication days.
  return remembered(publishedLabels, iso, (day) => {
    const d = DateTime.fromISO(day, { zone: 'utc' });
    return d.isValid ? d.toFormat('d LLLL yyyy') : day;
  });
}
const publishedLabels = new Map<string, string>();
