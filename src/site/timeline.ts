// The chronology as a picture: dated entries on a time axis, each drawn over the period it
// covers (a month is a bar a month long, a day a dot), in lanes so labels never overlap.
// Past MAX_ITEMS entries (an archive's /chronology/) labels no longer fit, so the picture
// becomes a histogram: how many entries fall in each tick of the axis.
// Geometry only: the template draws it, and the list beside it is the text alternative.
import { DateTime } from 'luxon';
import type { ChronologyRecord } from './site-types.ts';
import { remembered } from './remembered.ts';

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

export interface TimelineBar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly count: number;
}

export interface TimelineView {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly items: readonly TimelineItem[];
  /** The histogram, when there are too many entries to label (items is then empty). */
  readonly bars: readonly TimelineBar[];
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
const MAX_ITEMS = 40;
const HISTOGRAM_HEIGHT = 90;

/** Milliseconds of an ISO day, memoised: an archive's chronology repeats the same days. */
const days = new Map<string, number>();
const dayMs = (iso: string): number => remembered(days, iso, (d) => DateTime.fromISO(d, { zone: 'utc' }).toMillis());

/** The picture of the dated entries; null when fewer than one entry has a date. */
export function buildTimeline(entries: readonly ChronologyRecord[]): TimelineView | null {
  const dated = entries
    .filter((e): e is ChronologyRecord & { start: string; end: string } => e.start !== null && e.end !== null)
    .sort((a, b) => a.start.localeCompare(b.start));
  if (dated.length === 0) return null;
  const spans = dated.map((e) => ({ e, start: dayMs(e.start), end: dayMs(e.end) + DAY }));
  let from = Infinity;
  let to = -Infinity;
  let longest = 0;
  for (const s of spans) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
    longest = Math.max(longest, s.end - s.start);
  }
  // A single month should not fill the whole axis: show at least three times the longest
  // period, and at least a month, around the entries.
  const span = Math.max(to - from, longest * 3, 30 * DAY);
  const pad = (span - (to - from)) / 2 + span * 0.04;
  from -= pad;
  to += pad;
  const scale = (ms: number) => MARGIN + ((ms - from) / (to - from)) * (WIDTH - 2 * MARGIN);
  const axis = ticks(from, to);
  const first = tickLabel(spans[0]!.start, 'LLLL yyyy');
  const last = tickLabel(spans[spans.length - 1]!.start, 'LLLL yyyy');
  if (spans.length > MAX_ITEMS) return histogram(spans.map((s) => s.start), from, to, axis, scale, `${spans.length} dated events from ${first} to ${last}; each bar counts the events that start in it.`);
  const laneEnds: number[] = [];
  const items = spans.map(({ e, start, end }) => {
      const x = scale(start);
      const width = Math.max(scale(end) - x, 0);
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
  return {
    width: WIDTH,
    height: axisY + 28,
    axisY,
    ticks: axis.map((t) => ({ x: round(scale(t.ms)), label: t.label })),
    items,
    bars: [],
    description: dated.length === 1 ? `One dated event: ${dated[0]!.label}.` : `${dated.length} dated events from ${first} to ${last}.`,
  };
}

/** Counts of entries per interval between ticks. */
function histogram(
  starts: readonly number[],
  from: number,
  to: number,
  axis: readonly { ms: number; label: string }[],
  scale: (ms: number) => number,
  description: string,
): TimelineView {
  // The ticks, closed by the ends of the axis, so every entry falls in some interval.
  const edges = [from, ...axis.map((t) => t.ms).filter((ms) => ms > from && ms < to), to];
  const counts = new Array<number>(Math.max(edges.length - 1, 0)).fill(0);
  for (const ms of starts) {
    // Binary search for the interval that holds ms.
    let lo = 0;
    let hi = edges.length - 1;
    while (lo < hi - 1) {
      const mid = (lo + hi) >> 1;
      if (edges[mid]! <= ms) lo = mid;
      else hi = mid;
    }
    counts[lo]!++;
  }
  const most = Math.max(1, ...counts);
  const axisY = TOP + HISTOGRAM_HEIGHT;
  const bars = counts.flatMap((count, i) => {
    if (count === 0) return [];
    const x = scale(edges[i]!) + 1;
    const height = Math.max(2, (count / most) * HISTOGRAM_HEIGHT);
    return [{ x: round(x), width: round(Math.max(scale(edges[i + 1]!) - x - 1, 1)), y: round(axisY - height), height: round(height), count }];
  });
  return { width: WIDTH, height: axisY + 28, axisY, ticks: axis.map((t) => ({ x: round(scale(t.ms)), label: t.label })), items: [], bars, description };
}

/** Axis ticks: years, months or days, whichever gives about four to twelve. */
function ticks(from: number, to: number): { ms: number; label: string }[] {
  return remembered(tickCache, `${from}:${to}`, () => axis(from, to), 10_000);
}

function axis(from: number, to: number): { ms: number; label: string }[] {
  const start = calendarDay(from);
  const end = calendarDay(to);
  // Whole months between the two ends, read off their calendar fields (luxon's diff is slow).
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  const years = months / 12;
  const [unit, step, format] =
    years > 24 ? (['year', 10, 'yyyy'] as const)
    : years > 8 ? (['year', 2, 'yyyy'] as const)
    : years > 3 ? (['year', 1, 'yyyy'] as const)
    : months > 14 ? (['month', 3, 'LLL yyyy'] as const)
    : months > 3 ? (['month', 1, 'LLL yyyy'] as const)
    : months > 1 ? (['week', 1, 'd LLL'] as const)
    : (['day', Math.max(1, Math.ceil((to - from) / DAY / 8)), 'd LLL'] as const);
  const out: { ms: number; label: string }[] = [];
  for (let t = firstTick(from, unit, step); t <= to && out.length < 40; t = nextTick(t, unit, step)) {
    if (t >= from) out.push({ ms: t, label: tickLabel(t, format) });
  }
  return out;
}

/** Axes already worked out: many people share a span (an archive's same few years). */
const tickCache = new Map<string, { ms: number; label: string }[]>();

// Every axis of a build lands on the same few thousand calendar points (the first of a month or
// year, a Monday), so what luxon works out for one is remembered: the day a moment falls on, the
// first tick at or before it, the tick after a tick, a tick's label.
type Unit = 'year' | 'month' | 'week' | 'day';
const calendarDays = new Map<number, { year: number; month: number }>();
const firstTicks = new Map<string, number>();
const nextTicks = new Map<string, number>();
const labels = new Map<string, string>();

/** The UTC day a moment falls on (a Date drops the fraction of a millisecond, towards zero). */
const dayNumber = (ms: number): number => Math.floor(Math.trunc(ms) / DAY);

const calendarDay = (ms: number): { year: number; month: number } =>
  remembered(calendarDays, dayNumber(ms), () => {
    const d = DateTime.fromMillis(ms, { zone: 'utc' });
    return { year: d.year, month: d.month };
  });

/** Where the walk along the grid starts for the day of `ms`: its year (rounded up to the step), month (rounded down to the step), Monday or day. */
const firstTick = (ms: number, unit: Unit, step: number): number =>
  remembered(firstTicks, `${unit}:${step}:${dayNumber(ms)}`, () => {
    let t = DateTime.fromMillis(ms, { zone: 'utc' }).startOf(unit);
    if (unit === 'year') t = t.set({ year: Math.ceil(t.year / step) * step });
    if (unit === 'month') t = t.set({ month: Math.floor((t.month - 1) / step) * step + 1 });
    return t.toMillis();
  });

const nextTick = (ms: number, unit: Unit, step: number): number =>
  remembered(nextTicks, `${unit}:${step}:${ms}`, () => DateTime.fromMillis(ms, { zone: 'utc' }).plus({ [`${unit}s`]: step }).toMillis());

const tickLabel = (ms: number, format: string): string =>
  remembered(labels, `${format}:${ms}`, () => DateTime.fromMillis(ms, { zone: 'utc' }).toFormat(format));

const round = (n: number): number => Math.round(n * 10) / 10;
