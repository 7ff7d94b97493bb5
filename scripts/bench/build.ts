// `npm run bench:build -- N`: builds the site for N generated articles (see corpus.ts) and
// prints, for the same run, each phase's time, the wall time, the peak memory and the pages
// written; then a second build with nothing changed; then the floor: plain Eleventy writing the
// same number of pages from Markdown. Each build runs in its own child process; its peak memory is
// that of its whole process tree (tree-memory.ts), search indexer included.
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../build-data.ts';
import { articleCount, corpusDir, writeCorpus } from './corpus.ts';
import { writeFloorSite } from './floor.ts';
import { runMeasured } from './tree-memory.ts';

interface Run {
  readonly wall: number;
  readonly rssMb: number;
  readonly pages: number;
  readonly phases: Record<string, number>;
  /** Peak RSS so far at the end of each phase, in MB (our build only). */
  readonly peakMb: Record<string, number>;
}

/** Run a command; returns wall seconds, the peak memory of its process tree and its last stdout line. */
async function timed(command: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<{ wall: number; rssMb: number; stdout: string }> {
  const run = await runMeasured(command, env, cwd);
  if (run.code !== 0) throw new Error(`${command.join(' ')} failed:\n${run.stderr.slice(-3000)}`);
  return { wall: run.wall, rssMb: run.peakMb, stdout: run.stdout.trim().split('\n').pop() ?? '' };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

async function buildOurs(n: number, work: string, cold: boolean): Promise<Run> {
  // A first build starts from nothing, as the floor does; the second replaces the first's site.
  if (cold) for (const dir of ['cache', 'data', 'site']) rmSync(join(work, dir), { recursive: true, force: true });
  const env = {
    ...process.env,
    CI: '1',
    BRIEFINGS_CONTENT_DIR: corpusDir(n),
    BRIEFINGS_DATA_DIR: join(work, 'data'),
    BRIEFINGS_CACHE_DIR: join(work, 'cache'),
  };
  const site = join(work, 'site');
  const run = await timed(['node', '--import', 'tsx', join(ROOT, 'scripts/bench/run-build.ts'), site], env);
  const { phases, peakMb = {} } = JSON.parse(run.stdout) as { phases: Record<string, number>; peakMb?: Record<string, number> };
  const seconds = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, v / 1000]));
  return { wall: run.wall, rssMb: run.rssMb, pages: countPages(site), phases: seconds, peakMb };
}

async function buildFloor(n: number, work: string, pages: number): Promise<Run> {
  // Outside the project: Eleventy skips what the project's .gitignore names (.cache/ among it).
  const dir = join(tmpdir(), `briefings-bench-floor-${n}`);
  writeFloorSite(dir, join(corpusDir(n), 'articles'), pages);
  const output = join(dir, 'site');
  rmSync(output, { recursive: true, force: true });
  const eleventy = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
  const run = await timed(['node', eleventy, '--input=src', '--output=site', '--quiet'], { ...process.env, CI: '1' }, dir);
  return { wall: run.wall, rssMb: run.rssMb, pages: countPages(output), phases: {}, peakMb: {} };
}

const s = (x: number | undefined): string => (x === undefined ? '–' : `${x.toFixed(1)} s`);

function row(label: string, r: Run): string {
  const p = r.phases;
  return `| ${label} | ${r.pages.toLocaleString('en')} | ${s(p.extraction)} | ${s(p.data)} | ${s(p.render)} | ${s(p.search)} | ${s(r.wall)} | ${Math.round(r.rssMb)} MB |`;
}

export async function bench(n: number): Promise<string> {
  writeCorpus(n);
  const work = join(ROOT, '.cache', 'bench', `run-${n}`);
  const cold = await buildOurs(n, work, true);
  const warm = await buildOurs(n, work, false);
  const floor = await buildFloor(n, work, cold.pages);
  return [
    `N = ${n.toLocaleString('en')} articles`,
    '',
    '| build | pages | extraction | data files | Eleventy render (+ search indexing alongside) | search index (rest, after render) | total wall | peak RSS (process tree) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row('ours, first build', cold),
    row('ours, nothing changed', warm),
    row('plain Eleventy (floor)', floor),
    '',
    `ours / floor: time ${(cold.wall / floor.wall).toFixed(2)}×, memory ${(cold.rssMb / floor.rssMb).toFixed(2)}×; ` +
      `second build / first: ${(warm.wall / cold.wall).toFixed(2)}`,
    `first build's peak RSS so far at the end of each phase: ${Object.entries(cold.peakMb).map(([k, v]) => `${k} ${v} MB`).join(', ')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = articleCount(process.argv[2]);
  if (n !== null) process.stdout.write(`${await bench(n)}\n`);
}
