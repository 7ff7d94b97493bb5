// The seed article (test/fixtures/musk-putin-starlink.txt, published 2023-08-22) against its
// hand gold (musk-putin-starlink.gold.json): dates, durations, and no invented dates.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { find } from './find.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const text = fixture('musk-putin-starlink.txt');
const gold = JSON.parse(fixture('musk-putin-starlink.gold.json')) as {
  dates: { text: string; value: string | null; acceptValues?: string[] }[];
  durations: { text: string; value: string }[];
};
const found = find(text, '2023-08-22');
const overlapping = (span: string) => {
  const start = text.indexOf(span);
  return found.filter((t) => t.start < start + span.length && start < t.end);
};

const seed = suite('findTemporal: seed article');

seed('gets every calendar date of the gold exactly', () => {
  for (const d of gold.dates.filter((g) => g.value !== null)) {
    const t = found.find((m) => m.text === d.text);
    assert.ok(t, d.text);
    assert.is(t.value, d.value, d.text);
    assert.is(text.slice(t.start, t.end), d.text);
  }
});

seed('gets every duration of the gold exactly', () => {
  for (const d of gold.durations) {
    const t = found.find((m) => m.text === d.text);
    assert.ok(t, d.text);
    assert.is(t.value, d.value, d.text);
    assert.is(t.type, 'DURATION');
  }
});

seed('invents no date for event-relative expressions', () => {
  for (const d of gold.dates.filter((g) => g.value === null)) {
    const hits = overlapping(d.text);
    assert.ok(hits.length > 0, `expected a mention over "${d.text}"`);
    for (const t of hits) {
      if (t.value !== null) assert.ok((d.acceptValues ?? []).includes(t.value), `${t.text} = ${t.value}`);
      else assert.is(t.anchoring, 'event', t.text);
    }
  }
});

seed('follows TimeML spans: no leading "on" or "in"', () => {
  for (const t of found) assert.not.match(t.text, /^(?:on|in|at)\s/i);
});

seed.run();
