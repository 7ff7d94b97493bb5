// `npm start`: a dev server with live reload on http://localhost:8080/. Saving an article, an
// annotation file, a registry profile or content/_site.yaml rebuilds what changed (unchanged
// articles are not re-extracted, unchanged pages not re-rendered); saving a template re-renders
// everything. A bad file prints its one-line error and the last good pages stay served. Code
// changes in src/ need a restart: the running process keeps the code it started with.
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ArticleError } from '../src/content/article-error.ts';
import { defaultDataOptions, ROOT } from './build-data.ts';
import { createDevBuilder } from './dev-builder.ts';
import { writeSearchIndex } from './search-index.ts';

interface DevServer {
  serve(port: number): void;
  reload(event: { files: string[] }): void;
}
const EleventyDevServer = createRequire(import.meta.url)('@11ty/eleventy-dev-server') as {
  getServer(name: string, dir: string, options: Record<string, unknown>): DevServer;
};

const port = Number(process.env.PORT ?? 8080);
const outputArg = process.argv.find((a) => a.startsWith('--output='));
const output = outputArg ? resolve(outputArg.slice('--output='.length)) : join(ROOT, '_site');
const data = defaultDataOptions();
const builder = createDevBuilder(output, '/', data);
const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function attempt(what: string, run: () => Promise<string>): Promise<boolean> {
  const started = performance.now();
  try {
    const done = await run();
    say(`${what}: ${done} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
    return true;
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    say(`error: ${error.message}\n(the last good pages stay served; fix the file and save again)`);
    return false;
  }
}

await attempt('built', async () => {
  await builder.full();
  await writeSearchIndex(output);
  return 'the whole site';
});
const server = EleventyDevServer.getServer('briefings', output, { port, domDiff: false, showVersion: false });
server.serve(port);

// Edits come in bursts (an editor saves, a formatter rewrites): wait for a quiet moment.
let timer: NodeJS.Timeout | null = null;
let templatesChanged = false;
let running = Promise.resolve();
const schedule = (templates: boolean) => {
  templatesChanged ||= templates;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    const full = templatesChanged;
    templatesChanged = false;
    running = running.then(async () => {
      const ok = await attempt(full ? 'rebuilt' : 'updated', async () => {
        if (full) {
          await builder.full();
          return 'every page';
        }
        const r = await builder.update();
        return `${r.extracted} extracted, ${r.briefings} briefings and ${r.people} people re-rendered`;
      });
      if (ok) {
        server.reload({ files: [] });
        reindex();
      }
    });
  }, 80);
};

// The search index follows the pages, off the path of the next rebuild: one run at a time,
// and one more after it when pages changed meanwhile.
let indexing: Promise<void> | null = null;
let stale = false;
function reindex(): void {
  if (indexing) {
    stale = true;
    return;
  }
  indexing = writeSearchIndex(output)
    .then(
      () => undefined,
      (error: Error) => {
        say(`warning: search index: ${error.message}`);
      },
    )
    .finally(() => {
      indexing = null;
      if (stale) {
        stale = false;
        reindex();
      }
    });
}
watch(data.contentDir, { recursive: true }, () => schedule(false));
watch(join(ROOT, 'templates'), { recursive: true }, () => schedule(true));
say(`watching content/ and templates/; serving http://localhost:${port}/`);
