// Rendering over every core. Eleventy renders on one thread, so a large site is split into
// shares: the build's own thread renders the lead share (its briefings and people, plus every
// site-wide page), and one worker thread per other core renders another share of the briefing
// and person pages, into the same output folder. Workers are started before the data is built, so
// loading Eleventy costs nothing on the way. A small site is rendered on one thread: a worker
// costs about a second to start and would not pay for itself.
import { availableParallelism } from 'node:os';
import { tsWorker } from './ts-worker.ts';
import { renderShare, shareOf, shareRef, type PageSink } from './render-share.ts';
import type { FromWorker, ToWorker, WorkerJob } from './render-worker.ts';
import type { SiteData } from '../src/site/site-types.ts';

/** Articles a share should have at least for a worker to pay for its start. */
const MIN_ARTICLES_PER_SHARE = 400;


/** How many shares to render `articles` articles in: BRIEFINGS_RENDER_SHARES, or one per core when there is enough work. */
export function planShares(articles: number, cores = availableParallelism()): number {
  const asked = Number(process.env.BRIEFINGS_RENDER_SHARES);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.min(cores, Math.floor(articles / MIN_ARTICLES_PER_SHARE)));
}

export interface RenderPool {
  readonly shares: number;
  /**
   * Render the whole site into `output`; `onPage` hears of every page written, from every share.
   * Workers read their records from the data files the build wrote into `dataDir`.
   */
  render(site: SiteData, dataDir: string, output: string, pathPrefix: string, onPage: PageSink): Promise<void>;
  /** Stop the workers (after a render, or instead of one when the build stops early). */
  close(): Promise<void>;
}

export function openRenderPool(shares: number): RenderPool {
  const workers = Array.from({ length: shares - 1 }, () => {
    const worker = tsWorker(new URL('./render-worker.ts', import.meta.url));
    // Until a share is sent, a worker that fails to load is reported when the render starts.
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (m: FromWorker) => (m.type === 'ready' ? resolve() : reject(new Error(`render worker: unexpected ${m.type}`))));
      worker.once('error', reject);
    });
    ready.catch(() => {});
    return { worker, ready };
  });
  const renderInWorker = async ({ worker, ready }: (typeof workers)[number], job: WorkerJob, onPage: PageSink): Promise<void> => {
    await ready;
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'page') {
          Promise.resolve(onPage(m.path, m.html)).then(
            () => worker.postMessage({ type: 'ack' } satisfies ToWorker),
            (error: Error) => reject(error),
          );
        } else if (m.type === 'done') resolve();
        else if (m.type === 'failed') reject(new Error(m.message));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`render worker stopped (exit code ${code})`)));
      worker.postMessage({ type: 'render', job } satisfies ToWorker);
    });
  };
  return {
    shares,
    async render(site, dataDir, output, pathPrefix, onPage) {
      const jobs = workers.map((w, i) => renderInWorker(w, { share: shareRef(shareOf(site, i + 1, shares), dataDir), output, pathPrefix }, onPage));
      const lead = renderShare({ site: shareOf(site, 0, shares), output, pathPrefix, lead: true }, onPage);
      // All settle before the build goes on (or reports the first failure): none still writes.
      const settled = await Promise.allSettled([lead, ...jobs]);
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
