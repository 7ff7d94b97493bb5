// One Eleventy run over a share of the site: every page of its briefings and people, and, for the
// lead share, the site-wide pages (home, lists, feeds, sitemap, search, about, 404) and the
// assets. Used by the build's own thread for the lead share and by render workers for the others
// (see render-pool.ts).
import { join, relative, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { ROOT } from './build-data.ts';
import type { SiteData } from '../src/site/site-types.ts';

/** The templates that write one page per briefing or per person; every other template is site-wide. */
export const SHARED_TEMPLATES = ['briefings/overview.njk', 'briefings/people.njk', 'briefings/quotes.njk', 'briefings/chronology.njk', 'people/person.njk'];

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

/** The site narrowed to one share of its briefing and person pages (share `index` of `count`). */
export function shareOf(site: SiteData, index: number, count: number, lead: boolean): SiteData {
  const mine = <T>(list: readonly T[]): T[] => list.filter((_, i) => i % count === index);
  const render = { briefings: mine(site.render.briefings), people: mine(site.render.people) };
  if (lead) return { ...site, render };
  // A worker writes no site-wide page: it is sent only what its own pages show.
  return { settings: site.settings, render, briefings: [], latest: [], people: [], quotes: [], quotesBySpeaker: [], chronology: [], timeline: null };
}
