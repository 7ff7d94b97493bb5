// One extraction worker (see extract-pool.ts): takes batches of article files, extracts those
// whose extraction is not cached yet and writes it to the cache. A file that cannot be read is
// skipped here: the data build reports it, in order, with its proper message.
import { parentPort, workerData } from 'node:worker_threads';
import { extractBriefing } from '../src/pipeline/extract-briefing.ts';
import { articleForExtraction, isCached, writeCache } from './build-data.ts';

export interface WorkerBatch { readonly files: readonly string[] }
export interface WorkerReport { readonly done: number; readonly extracted: number }

const { cacheDir, version } = workerData as { cacheDir: string; version: string };

parentPort!.on('message', ({ files }: WorkerBatch) => {
  let extracted = 0;
  for (const file of files) {
    let article;
    try {
      article = articleForExtraction(file);
    } catch {
      continue;
    }
    if (isCached(cacheDir, version, article)) continue;
    writeCache(cacheDir, version, article, extractBriefing(article.body, { published: article.published }));
    extracted++;
  }
  parentPort!.postMessage({ done: files.length, extracted } satisfies WorkerReport);
});
