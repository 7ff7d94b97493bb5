import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LEAD_WEIGHT, shareOf, shareOfItem } from '../../scripts/render-share.ts';
import { planShares } from '../../scripts/render-pool.ts';
import type { SiteData } from '../../src/site/site-types.ts';

const shares = suite('render shares');

shares('every page falls to exactly one share, the lead taking less for its site-wide pages', () => {
  for (const count of [1, 2, 3, 8]) {
    const sizes = new Array<number>(count).fill(0);
    for (let i = 0; i < 10_000; i++) sizes[shareOfItem(i, count)]!++;
    assert.is(sizes.reduce((a, b) => a + b), 10_000);
    if (count === 1) continue;
    const expected = (10_000 * LEAD_WEIGHT) / (LEAD_WEIGHT + count - 1);
    assert.ok(Math.abs(sizes[0]! - expected) <= 1, `lead ${sizes[0]} of ${count}`);
    for (const size of sizes.slice(1)) assert.ok(Math.abs(size - (10_000 - sizes[0]!) / (count - 1)) <= 1, `worker ${size} of ${count}`);
  }
});

shares('a worker is sent only its own pages, the lead keeps the site-wide lists', () => {
  const briefings = Array.from({ length: 7 }, (_, i) => ({ slug: `b${i}` }));
  const people = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}` }));
  const site = { settings: {}, briefings, latest: briefings, people, quotes: [1], quotesBySpeaker: [1], chronology: [1], timeline: null, render: { briefings, people } } as unknown as SiteData;
  const lead = shareOf(site, 0, 2, true);
  const worker = shareOf(site, 1, 2, false);
  const slugs = (s: SiteData) => s.render.briefings.map((b) => b.slug);
  assert.equal([...slugs(lead), ...slugs(worker)].sort(), briefings.map((b) => b.slug));
  assert.is(lead.briefings.length, 7);
  assert.is(worker.briefings.length, 0);
  assert.is(worker.quotes.length, 0);
  assert.is(lead.render.people.length + worker.render.people.length, 5);
});

shares('a small site renders on one thread; BRIEFINGS_RENDER_SHARES overrides', () => {
  const before = process.env.BRIEFINGS_RENDER_SHARES;
  delete process.env.BRIEFINGS_RENDER_SHARES;
  assert.is(planShares(6, 8), 1);
  assert.is(planShares(10_000, 2), 2);
  assert.is(planShares(10_000, 1), 1);
  process.env.BRIEFINGS_RENDER_SHARES = '3';
  assert.is(planShares(6, 8), 3);
  if (before === undefined) delete process.env.BRIEFINGS_RENDER_SHARES;
  else process.env.BRIEFINGS_RENDER_SHARES = before;
});

shares.run();
