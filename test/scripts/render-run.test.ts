import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPart, PART_BRIEFINGS, PART_PEOPLE, partSize, planParts, siteWideOnly } from '../../scripts/render-run.ts';
import { planShares } from '../../scripts/render-pool.ts';
import type { SiteData } from '../../src/site/site-types.ts';

const parts = suite('render parts');

function siteOf(briefings: number, people: number): SiteData {
  const b = Array.from({ length: briefings }, (_, i) => ({ slug: `b${i}`, title: `Briefing ${i}` }));
  const p = Array.from({ length: people }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  return { settings: { title: 'T' }, briefings: b, latest: b, people: p, quotes: [1], quotesBySpeaker: [1], chronology: [1], timeline: null, render: { briefings: b, people: p } } as unknown as SiteData;
}

parts('every briefing and person page falls in exactly one part, people first, none over the size', () => {
  const site = siteOf(2_345, 1_100);
  const planned = planParts(site, '/data', PART_BRIEFINGS);
  const people = planned.flatMap((p) => p.people);
  const briefings = planned.flatMap((p) => p.briefings);
  assert.equal(people, site.people.map((p) => p.id));
  assert.equal(briefings, site.briefings.map((b) => b.slug));
  assert.ok(planned.every((p) => p.briefings.length <= PART_BRIEFINGS && p.people.length <= PART_PEOPLE), 'sizes');
  assert.ok(planned.every((p) => p.briefings.length === 0 || p.people.length === 0), 'people in parts of their own');
  const firstBriefings = planned.findIndex((p) => p.briefings.length > 0);
  assert.ok(planned.slice(firstBriefings).every((p) => p.people.length === 0), 'people parts come first');
  assert.is(planned.length, Math.ceil(1_100 / PART_PEOPLE) + Math.ceil(2_345 / PART_BRIEFINGS));
  assert.ok(planned.every((p) => p.dataDir === '/data' && p.settings === site.settings));
});

parts('a tiny part size splits people in proportion; an empty site has no parts', () => {
  const planned = planParts(siteOf(5, 4), '/d', 2);
  assert.equal(planned.map((p) => [p.briefings.length, p.people.length]), [[0, 1], [0, 1], [0, 1], [0, 1], [2, 0], [2, 0], [1, 0]]);
  assert.equal(planParts(siteOf(0, 0), '/d', 2), []);
});

parts('parts are at most PART_BRIEFINGS, and on several threads at least four a thread down to a floor; BRIEFINGS_RENDER_PART overrides', () => {
  const before = process.env.BRIEFINGS_RENDER_PART;
  delete process.env.BRIEFINGS_RENDER_PART;
  assert.is(partSize(10_000, 2), PART_BRIEFINGS);
  assert.is(partSize(5_000, 2), PART_BRIEFINGS);
  assert.is(partSize(3_000, 2), 375);
  assert.is(partSize(1_000, 2), 125);
  assert.is(partSize(30, 2), 50);
  assert.is(partSize(3_000, 1), PART_BRIEFINGS, 'one thread: nothing to balance');
  process.env.BRIEFINGS_RENDER_PART = '7';
  assert.is(partSize(10_000, 2), 7);
  process.env.BRIEFINGS_RENDER_PART = 'lots';
  assert.is(partSize(10_000, 2), PART_BRIEFINGS);
  if (before === undefined) delete process.env.BRIEFINGS_RENDER_PART;
  else process.env.BRIEFINGS_RENDER_PART = before;
});

parts('a part is read back from the data files: its pages only, no site-wide list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefings-part-'));
  mkdirSync(join(dir, 'briefings'));
  const site = siteOf(7, 5);
  for (const b of site.briefings) writeFileSync(join(dir, 'briefings', `${b.slug}.json`), JSON.stringify(b));
  writeFileSync(join(dir, 'people.json'), JSON.stringify(site.people));
  const planned = planParts(site, dir, 3);
  const loaded = planned.map(loadPart);
  assert.equal(loaded.flatMap((s) => s.render.briefings), site.briefings);
  assert.equal(loaded.flatMap((s) => s.render.people), site.people);
  for (const s of loaded) assert.equal([s.briefings.length, s.people.length, s.quotes.length, s.chronology.length, s.settings], [0, 0, 0, 0, { title: 'T' }]);
  const wide = siteWideOnly(site);
  assert.equal([wide.render.briefings.length, wide.render.people.length, wide.briefings.length, wide.people.length], [0, 0, 7, 5]);
  assert.equal(wide.briefings.map((b) => b.title), site.briefings.map((b) => b.title), 'the lists keep what they show');
  assert.equal(wide.briefings[0]!.paragraphs, [], 'not the source text');
});

parts('a small site renders on one thread; BRIEFINGS_RENDER_SHARES overrides', () => {
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

parts.run();
