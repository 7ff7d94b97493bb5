import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildTimeline } from '../../src/site/timeline.ts';
import { timexPeriod } from '../../src/site/timex-period.ts';
import type { ChronologyRecord } from '../../src/site/site-types.ts';

const entry = (value: string | null, what = 'Something happened'): ChronologyRecord => {
  const period = value ? timexPeriod(value) : null;
  return {
    key: `b/${value}`, id: 'c1', briefing: { slug: 'b', name: 'B', href: '/briefings/b/' }, value, precision: null,
    label: period?.label ?? 'Date not stated', datetime: null, start: period?.start ?? null, end: period?.end ?? null,
    expression: '', what, sentenceText: '', people: [], relation: null, source: null, edited: false, notes: [],
  };
};

const timeline = suite('buildTimeline');

timeline('draws nothing without a dated entry', () => {
  assert.is(buildTimeline([]), null);
  assert.is(buildTimeline([entry(null)]), null);
});

timeline('draws a month as a bar and a day as a point, in date order', () => {
  const t = buildTimeline([entry('2023-08-21'), entry('2022-10')])!;
  assert.is(t.items.length, 2);
  const [month, day] = t.items;
  assert.ok(month!.label.startsWith('October 2022'));
  assert.not.ok(month!.point);
  assert.ok(month!.width > 6);
  assert.ok(day!.point);
  assert.ok(day!.x > month!.x);
  assert.is(t.description, '2 dated events from October 2022 to August 2023.');
});

timeline('keeps every label inside the picture and apart', () => {
  const t = buildTimeline(['2020-01-01', '2020-01-02', '2020-01-03', '2020-06', '2021'].map((v) => entry(v, 'A fairly long description of the event')))!;
  for (const i of t.items) assert.ok(i.labelX >= 0 && i.labelX + i.label.length * 6.6 <= t.width + 1);
  const lanes = new Set(t.items.map((i) => i.y));
  assert.ok(lanes.size >= 2, 'overlapping labels go to other lanes');
});

timeline('becomes a histogram past forty entries', () => {
  const many = Array.from({ length: 120 }, (_, i) => entry(`20${String(10 + (i % 12)).padStart(2, '0')}-0${(i % 9) + 1}`));
  const t = buildTimeline(many)!;
  assert.is(t.items.length, 0);
  assert.ok(t.bars.length > 0);
  assert.is(t.bars.reduce((sum, b) => sum + b.count, 0), 120);
});

timeline('puts its ticks on years, months, Mondays or days, whichever fit the span', () => {
  const labels = (...values: string[]) => buildTimeline(values.map((v) => entry(v)))!.ticks.map((t) => t.label);
  assert.equal(labels('1990', '2023-08-21'), ['1990', '2000', '2010', '2020']);
  assert.equal(labels('2023-08-21', '2022-10'), ['Oct 2022', 'Nov 2022', 'Dec 2022', 'Jan 2023', 'Feb 2023', 'Mar 2023', 'Apr 2023', 'May 2023', 'Jun 2023', 'Jul 2023', 'Aug 2023', 'Sep 2023']);
  assert.equal(labels('2020-01-06', '2020-03-20'), ['6 Jan', '13 Jan', '20 Jan', '27 Jan', '3 Feb', '10 Feb', '17 Feb', '24 Feb', '2 Mar', '9 Mar', '16 Mar', '23 Mar']);
  assert.equal(labels('2023-08-21', '2023-09-02'), ['16 Aug', '21 Aug', '26 Aug', '31 Aug', '5 Sep', '10 Sep']);
});

timeline.run();
