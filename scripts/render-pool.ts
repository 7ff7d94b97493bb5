// Rendering over every core, part by part. Eleventy renders on one thread and holds every page of
// a run until the run ends, so a large site is rendered in parts (render-run.ts), each an Eleventy
// run over records read back from the data files: memory then follows a part, not the site. With
// several render threads, worker threads (one per core, Eleventy loaded while the data is built)
// take parts from one queue, which keeps them evenly busy, while the build's thread writes the
// site-wide pages from the data in memory, lets that data go, and then only relays pages to the
// search index: when it rendered parts too, the workers waited on it (half their time, under the
// profiler) for the answers that pace them. On one thread, the build's thread does it all, a small
// site in one run.
import { availableParallelism } from 'node:os';
import { tsWorker } from './ts-worker.ts';
import { collectGarbage } from './collect-garbage.ts';
import { partSize, planParts, renderPart, renderRun, siteWideOnly, type PageSink, type RenderPart } from './render-run.ts';
import type { FromWorker, ToWorker, WorkerJob } from './render-worker.ts';
import type { SiteData } from '../src/site/site-types.ts';

/** Articles a thread should have at least for a worker to pay for its start. */
const MIN_ARTICLES_PER_THREAD = 400;

/** How many threads to render `articles` articles on: BRIEFINGS_RENDER_SHARES, or one per core when there is enough work. */
export function planShares(articles: number, cores = availableParallelism()): number {
  const asked = Number(process.env.BRIEFINGS_RENDER_SHARES);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.min(cores, Math.floor(articles / MIN_ARTICLES_PER_THREAD)));
}

/** The site data, handed over: the pool lets go of it once the site-wide pages are written. */
export interface SiteHolder { site: SiteData | null }

export interface RenderPool {
  /**
   * Render the whole site into `output`; `onPage` hears of every page written, from every thread.
   * `size` is the briefings per part (partSize() unless given).
   * Parts are read from the data files the build wrote into `dataDir`. Keep no other reference to
   * the site data than `held`, or it stays in memory through the render.
   */
  render(held: SiteHolder, dataDir: string, output: string, pathPrefix: string, onPage: PageSink, size?: number): Promise<void>;
  /** Stop the workers (after a render, or instead of one when the build stops early). */
  close(): Promise<void>;
}

interface Lane {
  /** Render one part; resolves when its last page is reported. */
  run(job: WorkerJob, onPage: PageSink): Promise<void>;
  readonly stop: () => Promise<number>;
}

function openLane(): Lane {
  const worker = tsWorker(new URL('./render-worker.ts', import.meta.url));
  let current: { onPage: PageSink; resolve: () => void; reject: (error: Error) => void } | null = null;
  let broken: Error | null = null;
  const fail = (error: Error): void => {
    broken ??= error;
    current?.reject(error);
    current = null;
  };
  // Until a part is sent, a worker that fails to load is reported when the render starts.
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: FromWorker) => (m.type === 'ready' ? resolve() : reject(new Error(`render worker: unexpected ${m.type}`))));
    worker.once('error', reject);
  });
  ready.catch(() => {});
  worker.on('message', (m: FromWorker) => {
    if (!current) return;
    const job = current;
    if (m.type === 'page') {
      Promise.resolve(job.onPage(m.path, m.html)).then(
        () => worker.postMessage({ type: 'ack' } satisfies ToWorker),
        (error: Error) => fail(error),
      );
    } else if (m.type === 'done') {
      current = null;
      job.resolve();
    } else if (m.type === 'failed') fail(new Error(m.message));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`render worker stopped (exit code ${code})`)));
  return {
    async run(job, onPage) {
      await ready;
      if (broken) throw broken;
      await new Promise<void>((resolve, reject) => {
        current = { onPage, resolve, reject };
        worker.postMessage({ type: 'render', job } satisfies ToWorker);
      });
    },
    stop: () => worker.terminate(),
  };
}

export function openRenderPool(shares: number): RenderPool {
  const lanes = shares > 1 ? Array.from({ length: shares }, openLane) : [];
  return {
    async render(held, dataDir, output, pathPrefix, onPage, asked) {
      // `lead` is the only reference this function keeps to the site data, so it can let it go.
      let lead = held.site;
      if (!lead) throw new Error('render: the site data was already handed over');
      held.site = null;
      const size = asked ?? partSize(lead.render.briefings.length, shares);
      // One run holds the whole site: fine for a site of one part on one thread (and the same pages).
      const single = shares === 1 && lead.render.briefings.length <= size;
      const queue: RenderPart[] = single ? [] : planParts(lead, dataDir, size);
      if (!single) lead = siteWideOnly(lead);
      let failed = false;
      const drain = async (take: (part: RenderPart) => Promise<void>): Promise<void> => {
        for (let part = queue.shift(); part && !failed; part = queue.shift()) await take(part);
      };
      const guard = async (work: Promise<void>): Promise<void> => {
        try {
          await work;
        } catch (error) {
          // The first failure stops every thread taking new parts.
          failed = true;
          throw error;
        }
      };
      const leadWork = async (): Promise<void> => {
        await renderRun({ site: lead!, output, pathPrefix, lead: true }, onPage);
        // Every list of the site was for the site-wide pages: from here on, only parts.
        lead = null;
        collectGarbage();
        if (lanes.length > 0) return;
        await drain((part) => renderPart(part, output, pathPrefix, onPage));
      };
      const settled = await Promise.allSettled([
        guard(leadWork()),
        ...lanes.map((lane) => guard(drain((part) => lane.run({ part, output, pathPrefix }, onPage)))),
      ]);
      // All settle before the build goes on (or reports the first failure): none still writes.
      const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failure) throw failure.reason;
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.stop()));
    },
  };
}
