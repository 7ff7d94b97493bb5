// The search index fed while Eleventy renders: each page marked data-pagefind-body goes to
// Pagefind (a separate process, so on the other core) as soon as it is rendered, instead of
// Pagefind reading the whole site back from disk afterwards. Same index as writeSearchIndex:
// Pagefind skips pages without data-pagefind-body once any page has it.
//
// The index is cut into bundles of at most BUNDLE_PAGES pages. Pagefind's memory grows with the
// pages of an index (writeFiles peaks near 0.16 MB a page) and its process keeps that memory
// after deleteIndex, so each bundle gets a process of its own, killed once the bundle is written.
// A full bundle is written while the next one receives pages: two processes at most, so memory
// stays near two bundles' worth however large the site. The search page merges the bundles
// listed in <site>/pagefind/bundles.json (templates/assets/search.js).
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Pages in one bundle, at most: 1,500 pages peak near 250 MB in the writing process. */
export const BUNDLE_PAGES = 1500;

/** Whether Pagefind indexes a page: once any page is marked, Pagefind skips the unmarked ones. */
export const isSearchable = (html: string): boolean => html.includes('data-pagefind-body');

/** Pages sent and not yet indexed, at most: rendering waits rather than queue the whole site in memory. */
const IN_FLIGHT = 64;

export interface SearchStreamOptions {
  /** Pages in one bundle, at most (BUNDLE_PAGES unless given; tests use a handful). */
  readonly bundlePages?: number;
}

export interface SearchStream {
  /** Index one rendered page; `sourcePath` is its file path inside the site ("people/x/index.html"). */
  add(sourcePath: string, html: string): Promise<void>;
  /** Write the last bundles and the manifest into `siteDir`; returns the number of pages indexed. */
  finish(siteDir: string): Promise<number>;
  /** Stop every Pagefind process still running; safe to call more than once. */
  close(): Promise<void>;
}

/** One bundle: its own Pagefind process and the pages sent to it. */
interface Bundle {
  readonly number: number;
  readonly pagefind: PagefindProcess;
  readonly pending: Set<Promise<void>>;
  readonly failures: string[];
  sent: number;
  indexed: number;
}

/** The folder of bundle `n` inside the site: bundle 1 where the search page loads Pagefind's UI. */
export function bundleFolder(n: number): string {
  return n === 1 ? 'pagefind' : `pagefind-${n}`;
}

/** Write <site>/pagefind/bundles.json: `{"bundles":["pagefind/","pagefind-2/"]}`, paths from the site root. */
export function writeBundleManifest(siteDir: string, folders: readonly string[]): void {
  mkdirSync(join(siteDir, 'pagefind'), { recursive: true });
  writeFileSync(join(siteDir, 'pagefind', 'bundles.json'), `${JSON.stringify({ bundles: folders.map((f) => `${f}/`) })}\n`);
}

/**
 * Open a stream of pages into the search index. With `siteDir`, each bundle is written there as
 * soon as it is full; without, into a temporary folder, moved into the folder finish() is given.
 */
export async function openSearchStream(siteDir?: string, options: SearchStreamOptions = {}): Promise<SearchStream> {
  const bundlePages = options.bundlePages ?? BUNDLE_PAGES;
  if (!Number.isInteger(bundlePages) || bundlePages < 1) throw new Error(`search index: expected a whole number of pages per bundle, not ${bundlePages}`);
  const scratch = siteDir === undefined ? mkdtempSync(join(tmpdir(), 'briefings-search-')) : null;
  const outDir = resolve(siteDir ?? scratch!);
  const running = new Set<PagefindProcess>();
  const inFlight = new Set<Promise<void>>();
  const folders: string[] = [];
  let indexed = 0;
  // The bundle receiving pages, and the previous bundle's write. A failed write is kept so that
  // the next add() or finish() throws it; the catch handlers only stop Node calling it unhandled.
  let current = openBundle(1, running);
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  await current.catch((error: unknown) => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    throw error;
  });

  const write = async (bundle: Bundle): Promise<void> => {
    const folder = bundleFolder(bundle.number);
    try {
      await Promise.all(bundle.pending);
      if (bundle.failures.length) throw new Error(`search index: bundle ${bundle.number}: ${bundle.failures.join('; ')}`);
      await bundle.pagefind.writeFiles(join(outDir, folder)).catch((error: unknown) => {
        throw new Error(`search index: bundle ${bundle.number} could not be written to ${join(outDir, folder)}: ${(error as Error).message}`);
      });
      folders.push(folder);
      indexed += bundle.indexed;
    } finally {
      stopBundle(bundle, running);
    }
  };
  const startWrite = (bundle: Bundle): void => {
    writing = write(bundle);
    writing.catch((error: unknown) => {
      failure ??= error;
    });
  };
  // Waits only if the previous bundle is still being written: two processes at most.
  const rollOver = async (full: Bundle): Promise<Bundle> => {
    await writing;
    startWrite(full);
    return openBundle(full.number + 1, running);
  };
  const send = (bundle: Bundle, sourcePath: string, html: string): void => {
    bundle.sent++;
    const sent: Promise<void> = bundle.pagefind.addHTMLFile(sourcePath, html).then(
      () => {
        bundle.indexed++;
      },
      (error: unknown) => {
        bundle.failures.push(`${sourcePath}: ${(error as Error).message}`);
      },
    );
    bundle.pending.add(sent);
    inFlight.add(sent);
    void sent.then(() => {
      bundle.pending.delete(sent);
      inFlight.delete(sent);
    });
  };

  return {
    async add(sourcePath, html) {
      if (failure) throw failure;
      if (!isSearchable(html)) return;
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      // Pages may come from several render shares at once: the one that finds the bundle full
      // rolls over, the others wait for the next bundle; the check and the send are one step.
      for (;;) {
        const opened = current;
        const bundle = await opened;
        if (bundle.sent < bundlePages) return send(bundle, sourcePath, html);
        if (current === opened) {
          current = rollOver(bundle);
          current.catch(() => undefined);
        }
      }
    },
    async finish(target) {
      const last = await current;
      await writing;
      // A site with no searchable page still gets bundle 1, as Pagefind's UI lives there.
      if (last.number === 1 || last.sent > 0) {
        startWrite(last);
        await writing;
      } else {
        stopBundle(last, running);
      }
      const site = resolve(target);
      if (site !== outDir) {
        mkdirSync(site, { recursive: true });
        for (const folder of folders) moveFolder(join(outDir, folder), join(site, folder));
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      writeBundleManifest(site, folders);
      return indexed;
    },
    async close() {
      for (const pagefind of running) pagefind.stop();
      running.clear();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

async function openBundle(number: number, running: Set<PagefindProcess>): Promise<Bundle> {
  const pagefind = await PagefindProcess.start();
  running.add(pagefind);
  try {
    await pagefind.createIndex();
  } catch (error) {
    stopBundle({ pagefind }, running);
    throw new Error(`search index: bundle ${number}: ${(error as Error).message}`);
  }
  return { number, pagefind, pending: new Set(), failures: [], sent: 0, indexed: 0 };
}

function stopBundle(bundle: Pick<Bundle, 'pagefind'>, running: Set<PagefindProcess>): void {
  running.delete(bundle.pagefind);
  bundle.pagefind.stop();
}

/** Move a written bundle into the site, replacing a stale one; copies when the two are on different disks. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

interface ServiceReply {
  readonly exception: Error | null;
  readonly err: { readonly message: string } | null;
  readonly result: { readonly type: string; readonly index_id?: number } | null;
}

/** What is used of lib/service.js's PagefindService. */
interface PagefindService {
  backend: ChildProcess | null;
  sendMessage(message: Record<string, unknown>, callback: (reply: ServiceReply) => void): void;
  close(error: Error | null): void;
}

const SERVICE_URL = new URL('service.js', import.meta.resolve('pagefind')).href;

// One Pagefind process, for one bundle. The `pagefind` module keeps one service (one process) per
// module instance, so through it the bundle being written and the next one receiving pages would
// share a process, whose memory only comes back when it exits. Its service class (lib/service.js)
// spawns a process per instance; it is not in the package's exports, so it is reached by file URL
// next to the module, and the messages are the three lib/index.js sends (pagefind 1.6). A fresh
// instance of the module per bundle (imported under a URL with a query string) would also give a
// process each, but not a way to see that process die: Pagefind panics when it cannot write, its
// unanswered requests then stay pending with nothing keeping Node running, and the build would
// end quietly with no site. Here a process that stops fails every request it left unanswered.
class PagefindProcess {
  private indexId = -1;
  private ended: string | null = null;

  private constructor(private readonly service: PagefindService) {}

  static async start(): Promise<PagefindProcess> {
    const { PagefindService } = (await import(SERVICE_URL)) as { PagefindService: new () => PagefindService };
    const pagefind = new PagefindProcess(new PagefindService());
    const child = pagefind.service.backend;
    // 'close' rather than 'exit': replies still in the pipe are read first.
    child?.on('close', (code, signal) => {
      if (pagefind.service.backend !== child) return;
      pagefind.ended = `Pagefind stopped (${signal ?? `exit code ${code}`})`;
      pagefind.service.close(null);
    });
    return pagefind;
  }

  async createIndex(): Promise<void> {
    const reply = await this.request({ type: 'NewIndex', config: { force_language: 'en' } }, 'NewIndex');
    this.indexId = reply.index_id ?? -1;
  }

  async addHTMLFile(sourcePath: string, html: string): Promise<void> {
    await this.request({ type: 'AddFile', index_id: this.indexId, file_path: sourcePath, file_contents: html }, 'IndexedFile');
  }

  async writeFiles(outputPath: string): Promise<void> {
    await this.request({ type: 'WriteFiles', index_id: this.indexId, output_path: outputPath }, 'WriteFiles');
  }

  /** Kill the process: the only way Pagefind gives its memory back. */
  stop(): void {
    if (this.service.backend) this.service.close(null);
  }

  private request(message: Record<string, unknown>, expected: string): Promise<NonNullable<ServiceReply['result']>> {
    return new Promise((resolve, reject) => {
      if (this.ended) return reject(new Error(this.ended));
      this.service.sendMessage(message, ({ exception, err, result }) => {
        if (exception) reject(this.ended ? new Error(this.ended) : exception);
        else if (err) reject(new Error(err.message));
        else if (result?.type !== expected) reject(new Error(`expected a ${expected} reply from Pagefind, not ${result?.type ?? 'none'}`));
        else resolve(result);
      });
    });
  }
}
