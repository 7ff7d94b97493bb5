// A render worker (see render-pool.ts): loads Eleventy while the data is being built, then renders
// each part it is sent, one Eleventy run a part, reading the part's records from the data files.
// Each written page is reported to the build's thread (for the progress line and the search
// index); at most WINDOW reports wait for an answer, so a slow search indexer slows rendering down
// instead of filling memory with pages.
import { parentPort } from 'node:worker_threads';
import { renderPart, type RenderPart } from './render-run.ts';

export interface WorkerJob { readonly part: RenderPart; readonly output: string; readonly pathPrefix: string }
export type ToWorker = { readonly type: 'render'; readonly job: WorkerJob } | { readonly type: 'ack' };
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'page'; readonly path: string; readonly html: string | null }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };

const WINDOW = 32;
const port = parentPort!;
const post = (message: FromWorker): void => port.postMessage(message);
let unanswered = 0;
// Eleventy renders many pages at once: every page over the window waits for its turn.
const waiting: (() => void)[] = [];

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    unanswered--;
    while (waiting.length > 0 && unanswered < WINDOW) waiting.shift()!();
    return;
  }
  const { part, output, pathPrefix } = message.job;
  Promise.resolve().then(() => renderPart(part, output, pathPrefix, async (path, html) => {
    unanswered++;
    post({ type: 'page', path, html });
    if (unanswered > WINDOW) await new Promise<void>((resolve) => waiting.push(resolve));
  })).then(
    () => post({ type: 'done' }),
    (error: Error) => post({ type: 'failed', message: error.message }),
  );
});
post({ type: 'ready' });
