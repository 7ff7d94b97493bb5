// `npm run build`: content -> data files -> pages, written into a fresh folder and swapped in
// whole, so a failed build leaves the last good _site/ in place.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { ArticleError } from '../src/content/article-error.ts';
import { buildData, defaultDataOptions, ROOT } from './build-data.ts';
import { writeSearchIndex } from './search-index.ts';
import { normalisePathPrefix } from '../src/content/site-settings.ts';

export interface BuildOptions {
  readonly output: string;
  /** Overrides content/_site.yaml's `pathPrefix` when given. */
  readonly pathPrefix: string | null;
  readonly quiet: boolean;
}

export async function build(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const data = defaultDataOptions();
  let result;
  try {
    result = buildData(data);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    process.stderr.write(`error: ${error.message}\nThe site was not rebuilt; the last good build is unchanged.\n`);
    return 1;
  }
  const staging = `${options.output}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  process.env.BRIEFINGS_DATA_READY = '1';
  try {
    const eleventy = new Eleventy(join(ROOT, 'templates'), staging, {
      configPath: join(ROOT, '.eleventy.ts'),
      pathPrefix: normalisePathPrefix(options.pathPrefix ?? result.site.settings.pathPrefix),
      quietMode: true,
      config: (config) => config.addGlobalData('site', result.site),
    });
    await eleventy.write();
    await writeSearchIndex(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`error: rendering failed: ${(error as Error).message}\nThe site was not rebuilt; the last good build is unchanged.\n`);
    return 1;
  }
  swapIn(staging, options.output);
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stderr.write(
      `built ${result.site.briefings.length} briefings (${result.extracted} extracted, ${result.cached} from cache), ` +
        `${result.site.people.length} people into ${options.output} in ${seconds}s\n`,
    );
  }
  return 0;
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
