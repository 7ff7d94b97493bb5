// One extraction worker (see extract-pool.ts): takes batches of article files and builds each
// one's briefing record, its extraction taken from the cache or made (and cached) now, and writes
// the record's data file. A file that cannot be read is skipped here: the data build reports it,
// in order, with its proper message.
import { parentPort, workerData } from 'node:worker_threads';
import { briefingDataFile, prepareRecord, readRegistry, replaceFile } from './build-data.ts';
import type { BriefingRecord } from '../src/site/site-types.ts';

export interface WorkerBatch { readonly files: readonly string[] }
export interface WorkerReport {
  readonly done: number;
  readonly extracted: number;
  /** Each record with the data file written for it. */
  readonly records: readonly { readonly file: string; readonly record: BriefingRecord; readonly dataFile: string }[];
  readonly warnings: readonly string[];
}

const { cacheDir, contentDir, dataDir, version } = workerData as { cacheDir: string; contentDir: string; dataDir: string; version: string };
// A broken registry is the data build's to report; records are then left to it.
let registry: ReturnType<typeof readRegistry> | null;
try {
  registry = readRegistry(contentDir);
} catch {
  registry = null;
}

parentPort!.on('message', ({ files }: WorkerBatch) => {
  let extracted = 0;
  const records: { file: string; record: BriefingRecord; dataFile: string }[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const made = registry && prepareRecord(file, registry, cacheDir, version, (w) => warnings.push(w));
    if (!made) continue;
    const dataFile = briefingDataFile(dataDir, made.record.slug);
    replaceFile(dataFile, `${JSON.stringify(made.record)}\n`);
    records.push({ file, record: made.record, dataFile });
    if (made.extracted) extracted++;
  }
  parentPort!.postMessage({ done: files.length, extracted, records, warnings } satisfies WorkerReport);
});
