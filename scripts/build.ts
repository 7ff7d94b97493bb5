// `npm run build`: content -> data files -> pages, written into a fresh folder and swapped in
// whole, so a failed build leaves the last good _site/ in place.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleError } from '../src/content/article-error.ts';
import { buildData, defaultDataOptions, ROOT, startDataFolder, type DataOptions } from './build-data.ts';
import { openSearchStream, type SearchStream } from './search-stream.ts';
import { extractInPool } from './extract-pool.ts';
import { createProgress, type Progress } from './progress.ts';
import { fingerprint, recordBuild, unchangedSince } from './build-fingerprint.ts';
import { acquireOutput, OutputBusyError } from './output-guard.ts';
import { normalisePathPrefix } from '../src/content/site-settings.ts';
import { openRenderPool, planShares, type RenderPool, type SiteHolder } from './render-pool.ts';

export interface BuildOptions {
  readonly output: string;
  /** Overrides content/_site.yaml's `pathPrefix` when given. */
  readonly pathPrefix: string | null;
  readonly quiet: boolean;
  /** Told how long each phase took, in milliseconds (for the benchmark). */
  readonly onPhase?: (phase: BuildPhase, ms: number) => void;
  /** Render on this many threads; by default one per core for a large site (render-pool.ts). */
  readonly renderShares?: number;
  /** Briefings per render part (render-run.ts); tests use tiny parts. */
  readonly renderPart?: number;
}

export type BuildPhase = 'extraction' | 'data' | 'render' | 'search';

/** Pages each briefing and each person gets, for the progress line's estimate of the total. */
const PAGES_PER_BRIEFING = 4;

export async function build(options: BuildOptions): Promise<number> {
  let release: () => void;
  try {
    release = acquireOutput(resolve(options.output));
  } catch (error) {
    if (!(error instanceof OutputBusyError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  try {
    return await buildOnce(options);
  } finally {
    release();
  }
}

async function buildOnce(options: BuildOptions): Promise<number> {
  const started = performance.now();
  let lapStart = started;
  const lap = (phase: BuildPhase): void => {
    const now = performance.now();
    options.onPhase?.(phase, now - lapStart);
    lapStart = now;
  };
  const progress = createProgress(options.quiet ? null : process.stderr);
  const defaults = defaultDataOptions();
  const warnings: string[] = [];
  const data = { ...defaults, warn: (message: string) => (warnings.push(message), defaults.warn(message)) };
  const inputs = { root: ROOT, contentDir: data.contentDir, dataDir: data.dataDir, output: resolve(options.output), pathPrefix: options.pathPrefix ?? '' };
  const print = fingerprint(inputs);
  const unchanged = unchangedSince(data.cacheDir, print, inputs);
  if (unchanged) {
    for (const w of unchanged) defaults.warn(w);
    if (!options.quiet) {
      process.stderr.write(`nothing changed since the last build of ${options.output}; ${((performance.now() - started) / 1000).toFixed(2)}s
`);
    }
    return 0;
  }
  let prepared: PreparedSite;
  try {
    prepared = await prepareSite(data, options, progress, lap);
  } catch (error) {
    progress.end();
    if (!(error instanceof ArticleError)) throw error;
    process.stderr.write(`error: ${error.message}\nThe site was not rebuilt; the last good build is unchanged.\n`);
    return 1;
  }
  const { held, summary, renderPool } = prepared;
  const staging = `${options.output}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const expected = summary.briefings * PAGES_PER_BRIEFING + summary.people;
  let written = 0;
  let search: SearchStream | null = null;
  const pathPrefix = normalisePathPrefix(options.pathPrefix ?? held.site!.settings.pathPrefix);
  try {
    // Pages go to the search indexer (another process) as they are rendered, from every thread.
    const index = await openSearchStream(staging);
    search = index;
    await renderPool.render(held, data.dataDir, staging, pathPrefix, async (path, html) => {
      progress.update('pages written', ++written, Math.max(expected, written));
      if (html !== null) await index.add(path, html);
    }, options.renderPart);
    await renderPool.close();
    lap('render');
    await index.finish(staging);
    lap('search');
    progress.end();
  } catch (error) {
    progress.end();
    await renderPool.close();
    await search?.close();
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`error: rendering failed: ${(error as Error).message}\nThe site was not rebuilt; the last good build is unchanged.\n`);
    return 1;
  }
  await search.close();
  swapIn(staging, options.output);
  // An article that could not be read is left out; the build says so every time until it is fixed.
  for (const message of summary.leftOut) process.stderr.write(`error: ${message} (left out; the rest of the site was built)\n`);
  if (summary.leftOut.length === 0) recordBuild(data.cacheDir, print, inputs.output, warnings);
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stderr.write(
      `built ${summary.briefings} briefings (${summary.extracted} extracted, ${summary.files - summary.extracted} from cache), ` +
        `${summary.people} people into ${options.output} in ${seconds}s\n`,
    );
  }
  return summary.leftOut.length > 0 ? 1 : 0;
}

/** What the render needs: the site data in a holder (the render pool lets it go), counts, the pool. */
interface PreparedSite {
  readonly held: SiteHolder;
  readonly summary: { briefings: number; people: number; extracted: number; files: number; leftOut: readonly string[] };
  readonly renderPool: RenderPool;
}

/**
 * Extraction and the data build. Its own function so that nothing of the build's thread but the
 * holder keeps the records once it returns.
 */
async function prepareSite(data: DataOptions, options: BuildOptions, progress: Progress, lap: (phase: BuildPhase) => void): Promise<PreparedSite> {
  let renderPool: RenderPool | undefined;
  try {
    // Workers on every core build each briefing's record and data file (extracting what the cache
    // does not hold); the data build then gathers the records and writes the indexes.
    startDataFolder(data.dataDir);
    const pool = await extractInPool(data, (done, total) => progress.update('articles extracted', done, total));
    lap('extraction');
    // Render workers load Eleventy while the data is built.
    renderPool = openRenderPool(options.renderShares ?? planShares(pool.files));
    const { site, extracted, leftOut } = buildData({ ...data, prepared: pool.prepared });
    lap('data');
    const summary = { briefings: site.briefings.length, people: site.people.length, extracted: pool.extracted + extracted, files: pool.files, leftOut };
    return { held: { site }, summary, renderPool };
  } catch (error) {
    await renderPool?.close();
    throw error;
  }
}

/** Replace `target` by `staging` with two renames: readers see the old site or the new one. */
function swapIn(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

function parseArgs(argv: readonly string[]): BuildOptions {
  const value = (name: string): string | undefined => {
    const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (at < 0) return undefined;
    const arg = argv[at]!;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  };
  return {
    output: value('output') ?? join(ROOT, '_site'),
    pathPrefix: value('pathprefix') ?? process.env.BRIEFINGS_PATH_PREFIX ?? null,
    quiet: argv.includes('--quiet'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build(parseArgs(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
