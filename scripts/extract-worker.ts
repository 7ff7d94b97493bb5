// One extraction worker (see extract-pool.ts): takes batches of article files and builds each
// one's briefing record, its extraction taken from the cache or made (and cached) now, and writes
// the record's data file. A file that cannot be read is skipped here: the data build reports it,
// in order, with its proper message.
import { parentPort, workerData } from 'node:worker_threads';
import { briefingDataFile, prepareRecord, readRegistry, replaceFile } from './build-data.ts';

export interface WorkerBatch { readonly files: readonly string[] }
export interface WorkerReport {
  readonly done: number;
  readonly extracted: number;
  /**
   * Each record, as the JSON written to its data file: a string crosses to the main thread as one
   * copy, where the record itself would be cloned object by object.
   */
  readonly records: readonly { readonly file: string; readonly json: string; readonly dataFile: string }[];
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
  const records: { file: string; json: string; dataFile: string }[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const made = registry && prepareRecord(file, registry, cacheDir, version, (w) => warnings.push(w));
    if (!made) continue;
    const dataFile = briefingDataFile(dataDir, made.record.slug);
    const json = JSON.stringify(made.record);
    replaceFile(dataFile, `${json}\n`);
    records.push({ file, json, dataFile });
    if (made.extracted) extracted++;
  }
  parentPort!.postMessage({ done: files.length, extracted, records, warnings } satisfies WorkerReport);
});
