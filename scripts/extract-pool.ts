// Extraction over every core: worker threads build every article's briefing record and write its
// data file, extracting the articles whose text (or the extractor) changed and filling the
// extraction cache with them, reading the others' extractions from it. The data build that follows
// only gathers the records, builds the cross-briefing indexes and writes their files. The data
// folder must have been emptied first (startDataFolder).
import { availableParallelism } from 'node:os';
import { tsWorker } from './ts-worker.ts';
import { extractorVersion, findArticleFiles, type DataOptions, type Prepared } from './build-data.ts';
import type { WorkerBatch, WorkerReport } from './extract-worker.ts';
import type { BriefingRecord } from '../src/site/site-types.ts';

/** Files per message: large enough to make messaging cheap, small enough to keep workers even. */
const BATCH = 16;


export interface PoolResult {
  readonly files: number;
  readonly extracted: number;
  /** Records and the data files written for them (an article a worker could not read is missing: the data build reports it). */
  readonly prepared: Prepared;
}

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
  const records = new Map<string, BriefingRecord>();
  const dataFiles = new Map<string, BriefingRecord | null>();
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = tsWorker(new URL('./extract-worker.ts', import.meta.url), { workerData: { cacheDir: options.cacheDir, contentDir: options.contentDir, dataDir: options.dataDir, version } });
      const next = (): void => {
        const files = batches.shift();
        if (files) worker.postMessage({ files } satisfies WorkerBatch);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (report: WorkerReport) => {
        done += report.done;
        extracted += report.extracted;
        for (const { file, json, dataFile } of report.records) {
          const record = JSON.parse(json) as BriefingRecord;
          records.set(file, record);
          // Two articles whose URL names clash wrote the same file: the data build writes it again.
          dataFiles.set(dataFile, dataFiles.has(dataFile) ? null : record);
        }
        for (const w of report.warnings) options.warn(w);
        onProgress(done, files.length);
        next();
      });
      worker.on('error', reject);
      worker.on('online', next);
    });
  await Promise.all(Array.from({ length: size }, run));
  return { files: files.length, extracted, prepared: { records, files: dataFiles } };
}
