// One Eleventy run over part of the site: every page of its briefings and people, and, for the
// lead run, the site-wide pages (home, lists, feeds, sitemap, search, about, 404) and the assets.
// A large site is rendered in parts (see render-pool.ts), each read back from the data files;
// a small one, and the dev server's site, in one run from the data in memory.
import { join, relative, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { readFileSync } from 'node:fs';
import { briefingDataFile, ROOT } from './build-data.ts';
import { isSearchable } from './search-stream.ts';
import { searchHtml } from '../src/site/search-html.ts';
import { collectGarbage } from './collect-garbage.ts';
import type { BriefingRecord, PersonRecord, SiteData } from '../src/site/site-types.ts';

export interface RunJob {
  readonly site: SiteData;
  readonly output: string;
  readonly pathPrefix: string;
  /** The lead run also writes the site-wide pages and copies the assets and data files. */
  readonly lead: boolean;
}

/**
 * Told each written file's path inside the output folder, with what the search indexer reads of
 * it when it is indexed (pages marked data-pagefind-body; see src/site/search-html.ts); null for
 * every other page and file, so the rest of the pages never travel to the build's thread.
 */
export type PageSink = (path: string, html: string | null) => Promise<void> | void;


export async function renderRun(job: RunJob, onPage: PageSink): Promise<void> {
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
        if (outputPath) await onPage(relative(root, resolve(outputPath)), outputPath.endsWith('.html') && isSearchable(content) ? searchHtml(content) : null);
        return content;
      });
    },
  });
  await eleventy.write();
}

/**
 * Briefings per part, at most. Eleventy holds every page of a run (and the run holds its records)
 * until the run ends, so a site rendered in one run needs memory in proportion to its size;
 * rendered part by part, a thread holds one part at a time. About 150 KB a briefing (its record
 * and four pages): a part of 500 briefings holds some 75 MB, on each render thread.
 */
export const PART_BRIEFINGS = 500;
/** People per part, at most: a person page gathers a person's quotes from every briefing, so it weighs more. */
export const PART_PEOPLE = 250;
/** Parts per thread, at least, when there are several threads, so that they finish together; a run costs a few tenths of a second to start. */
const PARTS_PER_THREAD = 4;
const MIN_PART = 50;

/** Briefings per part for `briefings` briefings on `threads` threads; BRIEFINGS_RENDER_PART overrides (tests use tiny parts). */
export function partSize(briefings: number, threads: number): number {
  const asked = Number(process.env.BRIEFINGS_RENDER_PART);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  if (threads === 1) return PART_BRIEFINGS;
  return Math.min(PART_BRIEFINGS, Math.max(MIN_PART, Math.ceil(briefings / (threads * PARTS_PER_THREAD))));
}

/**
 * A part of the briefing and person pages, rendered by one Eleventy run on any thread: names only.
 * The thread reads the records from the data files the build has just written, rather than the
 * build's thread holding or copying them.
 */
export interface RenderPart {
  readonly settings: SiteData['settings'];
  readonly dataDir: string;
  readonly briefings: readonly string[];
  readonly people: readonly string[];
}

/**
 * The briefing and person pages of `site` in parts of at most `size` briefings, people in parts of
 * their own (PART_PEOPLE each, scaled like `size`), people first: their pages are the heaviest, so
 * they go while the lead writes the site-wide lists.
 */
export function planParts(site: SiteData, dataDir: string, size: number): RenderPart[] {
  const people = Math.max(1, Math.round((size * PART_PEOPLE) / PART_BRIEFINGS));
  const part = (briefings: readonly string[], ids: readonly string[]): RenderPart => ({ settings: site.settings, dataDir, briefings, people: ids });
  const ids = site.render.people.map((p) => p.id);
  const slugs = site.render.briefings.map((b) => b.slug);
  const parts: RenderPart[] = [];
  for (let i = 0; i < ids.length; i += people) parts.push(part([], ids.slice(i, i + people)));
  for (let i = 0; i < slugs.length; i += size) parts.push(part(slugs.slice(i, i + size), []));
  return parts;
}

/**
 * Render one part on this thread: its records read back, one Eleventy run, then a full collection,
 * since almost all the run allocated is garbage once it ends.
 */
export async function renderPart(part: RenderPart, output: string, pathPrefix: string, onPage: PageSink): Promise<void> {
  await renderRun({ site: loadPart(part), output, pathPrefix, lead: false }, onPage);
  collectGarbage();
}

/** A part's records, read back from the data files: its pages only, no site-wide list. */
export function loadPart(part: RenderPart): SiteData {
  const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
  const briefings = part.briefings.map((slug) => read<BriefingRecord>(briefingDataFile(part.dataDir, slug)));
  const wanted = new Set(part.people);
  const people = part.people.length ? read<PersonRecord[]>(join(part.dataDir, 'people.json')).filter((p) => wanted.has(p.id)) : [];
  return { settings: part.settings, render: { briefings, people }, briefings: [], latest: [], people: [], quotes: [], quotesBySpeaker: [], chronology: [], timeline: null };
}

/**
 * The site-wide pages only: no briefing or person page is written, and the briefings are kept as
 * the lists, feeds and sitemap read them (title, links, dates, summary, counts, people), without
 * their source text, timeline and the rest, which only their own pages show: at 10,000 articles
 * that is a third of the records the build's thread holds while the workers render. (The site
 * rendered whole and in parts is tested equal, so a list reading more would be caught.)
 */
export function siteWideOnly(site: SiteData): SiteData {
  const listed = new Map(site.briefings.map((b) => [b, asListed(b)]));
  return {
    ...site,
    briefings: site.briefings.map((b) => listed.get(b)!),
    latest: site.latest.map((b) => listed.get(b) ?? asListed(b)),
    render: { briefings: [], people: [] },
  };
}

const asListed = (b: BriefingRecord): BriefingRecord => ({
  ...b,
  organisations: [],
  unnamed: [],
  quotes: [],
  chronology: [],
  durations: [],
  paragraphs: [],
  detachedNotes: [],
  timeline: null,
  graph: null,
  warnings: [],
});
