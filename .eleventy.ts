// Eleventy wiring only: where templates live, where the data comes from, which filters exist.
// The data is built by scripts/build-data.ts (content -> JSON); pages only render it.
import { existsSync } from 'node:fs';
import { syncFolder } from './scripts/sync-folder.ts';
import markdownIt from 'markdown-it';
import { join } from 'node:path';
import { buildData, defaultDataOptions } from './scripts/build-data.ts';
import { filtersPlugin } from './src/site/eleventy-filters.ts';
import { fastUrlFilter } from './src/site/fast-url-filter.ts';
import { cacheNunjucksCompiles, type NunjucksLibrary } from './src/site/nunjucks-compile-cache.ts';
import { writeSearchIndex } from './scripts/search-index.ts';
import { releaseWrittenPages } from './src/site/release-written-pages.ts';

interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(path: string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addPlugin(plugin: (config: never) => void): void;
  on(event: string, handler: (arg: { directories: { output: string }; runMode: string }) => void | Promise<void>): void;
  on(event: 'eleventy.engine.njk', handler: (arg: { nunjucks: NunjucksLibrary }) => void): void;
  addFilter(name: string, filter: (value: unknown) => unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  setLibrary(name: string, library: unknown): void;
}

export default async function (eleventyConfig: EleventyConfig) {
  const options = defaultDataOptions();
  // Memory at scale (issue 7): a page's HTML is dropped once it is written (see the module).
  await releaseWrittenPages(options.warn);
  // `npm run build` builds the data first (to fail fast with a one-line error) and hands it
  // over through Eleventy's programmatic config; `npm start` and a bare `eleventy` run build it
  // here, once per (re)build, unchanged articles coming from the cache.
  if (process.env.BRIEFINGS_DATA_READY !== '1') eleventyConfig.addGlobalData('site', () => buildData(options).site);
  // No page reads Eleventy's collections (the sitemap is built from the site data): keeping every
  // rendered page in them would only hold the whole site in memory until the build ends.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
  eleventyConfig.addWatchTarget('./content/');
  // A render worker writes its share of the briefing and person pages only (scripts/render-pool.ts);
  // the assets and data files are the lead's.
  const lead = process.env.BRIEFINGS_RENDER_SHARE !== '1';
  if (lead) eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addPlugin(filtersPlugin as (config: never) => void);
  // Speed at scale (issue 7), measured with --cpu-prof: see the modules for the figures.
  // `npm run build` names its path prefix, so the url filter can take the short way.
  const prefix = process.env.BRIEFINGS_URL_PREFIX;
  if (prefix) eleventyConfig.addFilter('url', fastUrlFilter(prefix));
  eleventyConfig.on('eleventy.engine.njk', cacheNunjucksCompiles);
  // Markdown pages may not carry raw HTML: what they say is shown, never run.
  eleventyConfig.setLibrary('md', markdownIt({ html: false, linkify: true, typographer: true }));
  // The published data files are the ones the build wrote, linked into the site once pages are done.
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }) => {
    if (!lead) return;
    if (existsSync(options.dataDir)) syncFolder(options.dataDir, join(directories.output, 'data'));
    // `npm run build` indexes the finished staging folder itself; the dev server does it here.
    if (runMode !== 'build') await writeSearchIndex(directories.output);
  });
  return {
    dir: { input: 'templates', includes: 'partials', layouts: 'layouts' },
    templateFormats: ['njk', 'md'],
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
