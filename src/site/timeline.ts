// The chronology as a picture: dated entries on a time axis, each drawn over the period it
// covers (a month is a bar a month long, a day a dot), in lanes so labels never overlap.
// Geometry only: the template draws it, and the list beside it is the text alternative.
import { DateTime } from 'luxon';
import type { ChronologyRecord } from './site-types.ts';

export interface TimelineItem {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly point: boolean;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'end';
}

export interface TimelineView {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly items: readonly TimelineItem[];
  /** One sentence saying what the picture shows, for screen readers. */
  readonly description: string;
}

const WIDTH = 720;
const MARGIN = 24;
const LANE = 34;
const TOP = 22;
const DAY = 86_400_000;
const CHAR = 6.6;
const MAX_LABEL = 48;

const dayMs = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

/** The picture of the dated entries; null when fewer than one entry has a date. */
export function buildTimeline(entries: readonly ChronologyRecord[]): TimelineView | null {
  const dated = entries
    .filter((e): e is ChronologyRecord & { start: string; end: string } => e.start !== null && e.end !== null)
    .sort((a, b) => a.start.localeCompare(b.start));
  if (dated.length === 0) return null;
  let from = Math.min(...dated.map((e) => dayMs(e.start)));
  let to = Math.max(...dated.map((e) => dayMs(e.end) + DAY));
  // A single month should not fill the whole axis: show at least three times the longest
  // period, and at least a month, around the entries.
  const longest = Math.max(...dated.map((e) => dayMs(e.end) + DAY - dayMs(e.start)));
  const span = Math.max(to - from, longest * 3, 30 * DAY);
  const pad = (span - (to - from)) / 2 + span * 0.04;
  from -= pad;
  to += pad;
  const scale = (ms: number) => MARGIN + ((ms - from) / (to - from)) * (WIDTH - 2 * MARGIN);
  const laneEnds: number[] = [];
  const items = dated.map((e) => {
      const x = scale(dayMs(e.start));
      const width = Math.max(scale(dayMs(e.end) + DAY) - x, 0);
      const point = width < 6;
      const text = `${e.label}: ${e.what}`;
      const label = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
      // The label sits above its marker, from the marker's start, pulled left near the edge.
      const labelX = Math.max(0, Math.min(x - (point ? 5 : 0), WIDTH - label.length * CHAR));
      const left = Math.min(labelX, x - 5);
      const right = Math.max(labelX + label.length * CHAR, x + Math.max(width, 5)) + 10;
      let lane = laneEnds.findIndex((end) => end < left);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = right;
      const y = TOP + lane * LANE;
      return { x: round(x), width: round(width), y, point, label, labelX: round(labelX), labelY: y - 9, anchor: 'start' as const };
    });
  const axisY = TOP + (laneEnds.length - 1) * LANE + 16;
  const first = DateTime.fromISO(dated[0]!.start, { zone: 'utc' });
  const last = DateTime.fromISO(dated[dated.length - 1]!.start, { zone: 'utc' });
  return {
    width: WIDTH,
    height: axisY + 28,
    axisY,
    ticks: ticks(from, to).map((t) => ({ x: round(scale(t.ms)), label: t.label })),
    items,
    description: dated.length === 1
      ? `One dated event: ${dated[0]!.label}.`
      : `${dated.length} dated events from ${first.toFormat('LLLL yyyy')} to ${last.toFormat('LLLL yyyy')}.`,
  };
}

/** Axis ticks: years, months or days, whichever gives about four to twelve. */
function ticks(from: number, to: number): { ms: number; label: string }[] {
  const start = DateTime.fromMillis(from, { zone: 'utc' });
  const end = DateTime.fromMillis(to, { zone: 'utc' });
  const years = end.diff(start, 'years').years;
  const months = end.diff(start, 'months').months;
  const [unit, step, format] =
    years > 24 ? (['year', 10, 'yyyy'] as const)
    : years > 8 ? (['year', 2, 'yyyy'] as const)
    : years > 3 ? (['year', 1, 'yyyy'] as const)
    : months > 14 ? (['month', 3, 'LLL yyyy'] as const)
    : months > 3 ? (['month', 1, 'LLL yyyy'] as const)
    : months > 1 ? (['week', 1, 'd LLL'] as const)
    : (['day', Math.max(1, Math.ceil(end.diff(start, 'days').days / 8)), 'd LLL'] as const);
  const out: { ms: number; label: string }[] = [];
  let t = start.startOf(unit);
  if (unit === 'year') t = t.set({ year: Math.ceil(t.year / step) * step });
  for (; t <= end && out.length < 40; t = t.plus({ [`${unit}s`]: step })) {
    if (t >= start) out.push({ ms: t.toMillis(), label: t.toFormat(format) });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 10) / 10;
