// One Eleventy run over a share of the site: every page of its briefings and people, and, for the
// lead share, the site-wide pages (home, lists, feeds, sitemap, search, about, 404) and the
// assets. Used by the build's own thread for the lead share and by render workers for the others
// (see render-pool.ts).
import { join, relative, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { readFileSync } from 'node:fs';
import { briefingDataFile, ROOT } from './build-data.ts';
import type { BriefingRecord, PersonRecord, SiteData } from '../src/site/site-types.ts';

export interface ShareJob {
  readonly site: SiteData;
  readonly output: string;
  readonly pathPrefix: string;
  /** The lead share also writes the site-wide pages and copies the assets and data files. */
  readonly lead: boolean;
}

/** Told each written page's path inside the output folder, with its HTML when it is a page (not a feed). */
export type PageSink = (path: string, html: string | null) => Promise<void> | void;

export async function renderShare(job: ShareJob, onPage: PageSink): Promise<void> {
  process.env.BRIEFINGS_DATA_READY = '1';
  // The config file's fast url filter needs the prefix (see .eleventy.ts).
  process.env.BRIEFINGS_URL_PREFIX = job.pathPrefix;
  process.env.BRIEFINGS_RENDER_SHARE = job.lead ? '' : '1';
  const templates = join(ROOT, 'templates');
  const eleventy = new Eleventy(templates, job.output, {
    configPath: join(ROOT, '.eleventy.ts'),
    pathPrefix: job.pathPrefix,
    quietMode: true,
    config: (config) => {
      config.addGlobalData('site', job.site);
      if (!job.lead) {
        // Everything but the per-briefing and per-person templates is the lead's.
        // (Eleventy reads ignores relative to the working folder.)
        const ignores = (config as unknown as { ignores: Set<string> }).ignores;
        for (const glob of ['*.{njk,md}', 'people/index.njk']) ignores.add(relative(process.cwd(), join(templates, glob)));
      }
      const root = resolve(job.output);
      config.addTransform('briefings-page-sink', async (content: string, outputPath: string | false) => {
        if (outputPath) await onPage(relative(root, resolve(outputPath)), outputPath.endsWith('.html') ? content : null);
        return content;
      });
    },
  });
  await eleventy.write();
}

/**
 * Of the briefing and person pages, the part the lead share takes when there are several: it also
 * writes the site-wide pages (the lists, about a sixth of a large site's bytes), so it takes less.
 */
export const LEAD_WEIGHT = 0.75;

/** Which share (0 = the lead) renders item `i`: items are dealt out in turn, the lead taking its weight's part. */
export function shareOfItem(i: number, count: number): number {
  if (count === 1) return 0;
  const lead = LEAD_WEIGHT / (LEAD_WEIGHT + count - 1);
  // The lead takes item i when the running total of its part crosses a whole number.
  if (Math.floor((i + 1) * lead) > Math.floor(i * lead)) return 0;
  return 1 + ((i - Math.floor((i + 1) * lead)) % (count - 1));
}

/** The site narrowed to one share of its briefing and person pages (share `index` of `count`). */
export function shareOf(site: SiteData, index: number, count: number): SiteData {
  const mine = <T>(list: readonly T[]): T[] => list.filter((_, i) => shareOfItem(i, count) === index);
  return { ...site, render: { briefings: mine(site.render.briefings), people: mine(site.render.people) } };
}

/**
 * What a worker is sent of its share: names only. It reads the records from the data files the
 * build has just written, on its own thread, instead of the build's thread copying them over.
 */
export interface ShareRef {
  readonly settings: SiteData['settings'];
  readonly dataDir: string;
  readonly briefings: readonly string[];
  readonly people: readonly string[];
}

export function shareRef(site: SiteData, dataDir: string): ShareRef {
  return { settings: site.settings, dataDir, briefings: site.render.briefings.map((b) => b.slug), people: site.render.people.map((p) => p.id) };
}

/** A worker's share, read back from the data files: its pages only, no site-wide list. */
export function loadShare(ref: ShareRef): SiteData {
  const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
  const briefings = ref.briefings.map((slug) => read<BriefingRecord>(briefingDataFile(ref.dataDir, slug)));
  const wanted = new Set(ref.people);
  const people = ref.people.length ? read<PersonRecord[]>(join(ref.dataDir, 'people.json')).filter((p) => wanted.has(p.id)) : [];
  return { settings: ref.settings, render: { briefings, people }, briefings: [], latest: [], people: [], quotes: [], quotesBySpeaker: [], chronology: [], timeline: null };
}
