// Extraction over every core: worker threads fill the extraction cache for the articles whose
// text (or the extractor) changed, so the data build that follows finds every extraction cached.
// Unchanged articles cost a hash and a file check each; nothing is extracted twice.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractorVersion, findArticleFiles, type DataOptions } from './build-data.ts';
import type { WorkerBatch, WorkerReport } from './extract-worker.ts';

/** Files per message: large enough to make messaging cheap, small enough to keep workers even. */
const BATCH = 16;

/** Workers start as plain JavaScript: register tsx, then load the TypeScript worker. */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`;

export interface PoolResult { readonly files: number; readonly extracted: number }

export async function extractInPool(
  options: DataOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<PoolResult> {
  const files = findArticleFiles(options.contentDir);
  const version = extractorVersion();
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const size = Math.max(1, Math.min(availableParallelism(), batches.length));
  let done = 0;
  let extracted = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { cacheDir: options.cacheDir, version } });
      const next = (): void => {
        const files = batches.shift();
        if (files) worker.postMessage({ files } satisfies WorkerBatch);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (report: WorkerReport) => {
        done += report.done;
        extracted += report.extracted;
        onProgress(done, files.length);
        next();
      });
      worker.on('error', reject);
      worker.on('online', next);
    });
  await Promise.all(Array.from({ length: size }, run));
  return { files: files.length, extracted };
}
