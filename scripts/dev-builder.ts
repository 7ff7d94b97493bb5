// The dev server's builder: one full build, then, after each edit, a rebuild that re-reads and
// re-extracts only the files that changed (the rest is remembered) and re-renders only the
// pages whose data changed: the edited briefing's pages, the pages of the people in it (before
// and after the edit), and the lists. A change of the site settings re-renders everything.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefingRecord, PersonRecord, SiteData } from '../src/site/site-types.ts';
import { buildData, createBuildMemory, type DataOptions } from './build-data.ts';
import { renderRun } from './render-run.ts';

export interface RebuildResult {
  readonly briefings: number;
  readonly people: number;
  readonly removed: number;
  readonly extracted: number;
}

export interface DevBuilder {
  /** Build everything into the output folder. */
  full(): Promise<void>;
  /** Rebuild after an edit: only what changed is extracted and rendered. */
  update(): Promise<RebuildResult>;
}

export function createDevBuilder(output: string, pathPrefix: string, data: DataOptions): DevBuilder {
  const options: DataOptions = { ...data, memory: createBuildMemory() };
  let last: SiteData | null = null;

  const render = (site: SiteData): Promise<void> => renderRun({ site, output, pathPrefix, lead: true }, () => {});

  const peopleOf = (records: Iterable<BriefingRecord>): Set<string> => new Set([...records].flatMap((b) => b.people.map((p) => p.id)));

  return {
    async full() {
      const { site, leftOut } = buildData(options);
      for (const message of leftOut) process.stderr.write(`error: ${message} (left out)\n`);
      await render(site);
      last = site;
    },
    async update() {
      const { site, extracted, leftOut } = buildData(options);
      for (const message of leftOut) process.stderr.write(`error: ${message} (left out)\n`);
      const before = last;
      last = site;
      if (!before || JSON.stringify(before.settings) !== JSON.stringify(site.settings)) {
        await render(site);
        return { briefings: site.briefings.length, people: site.people.length, removed: 0, extracted };
      }
      // Remembered records are the same objects when nothing they depend on changed.
      const previous = new Map(before.briefings.map((b) => [b.href, b]));
      const current = new Set(site.briefings.map((b) => b.href));
      const briefings = site.briefings.filter((b) => previous.get(b.href) !== b);
      const gone = before.briefings.filter((b) => !current.has(b.href));
      const touched = peopleOf([...briefings, ...gone, ...briefings.map((b) => previous.get(b.href)).filter((b): b is BriefingRecord => b !== undefined)]);
      const people: PersonRecord[] = site.people.filter((p) => touched.has(p.id));
      const named = new Set(site.people.map((p) => p.id));
      const goneHrefs = [...gone.map((b) => b.href), ...before.people.filter((p) => !named.has(p.id)).map((p) => p.href)];
      // Pages of briefings and people that are gone are removed, not left behind.
      for (const href of goneHrefs) rmSync(join(output, href), { recursive: true, force: true });
      await render({ ...site, render: { briefings, people } });
      return { briefings: briefings.length, people: people.length, removed: goneHrefs.length, extracted };
    },
  };
}
