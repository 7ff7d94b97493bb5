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

timeline.run();
