import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEAD_WEIGHT, loadShare, shareOf, shareOfItem, shareRef } from '../../scripts/render-share.ts';
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

shares('a worker is sent the names of its own pages and reads them back from the data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefings-share-'));
  mkdirSync(join(dir, 'briefings'));
  const briefings = Array.from({ length: 7 }, (_, i) => ({ slug: `b${i}`, title: `Briefing ${i}` }));
  const people = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  for (const b of briefings) writeFileSync(join(dir, 'briefings', `${b.slug}.json`), JSON.stringify(b));
  writeFileSync(join(dir, 'people.json'), JSON.stringify(people));
  const site = { settings: { title: 'T' }, briefings, latest: briefings, people, quotes: [1], quotesBySpeaker: [1], chronology: [1], timeline: null, render: { briefings, people } } as unknown as SiteData;
  const lead = shareOf(site, 0, 2);
  const ref = shareRef(shareOf(site, 1, 2), dir);
  assert.equal([...lead.render.briefings.map((b) => b.slug), ...ref.briefings].sort(), briefings.map((b) => b.slug));
  assert.is(lead.briefings.length, 7, 'the lead keeps the site-wide lists');
  const worker = loadShare(ref);
  assert.equal(worker.render.briefings, briefings.filter((b) => ref.briefings.includes(b.slug)));
  assert.equal(worker.render.people, people.filter((p) => ref.people.includes(p.id)));
  assert.is(lead.render.people.length + worker.render.people.length, 5);
  assert.equal([worker.briefings.length, worker.quotes.length, worker.settings], [0, 0, { title: 'T' }]);
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
