// `npm run bench:build -- N [--runs=K]`: builds the site for N generated articles (see corpus.ts)
// and prints each phase's time, the wall time, the peak memory and the pages written, next to the
// floor: plain Eleventy writing the same number of pages from Markdown; K times, alternating ours
// and the floor (the machine's load moves the ratio: K > 1 shows by how much), then a second build
// with nothing changed. Each build runs in its own child process; its peak memory is that of its
// whole process tree (tree-memory.ts), search indexer included.
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

/**
 * `runs` pairs of first builds, ours then the floor, alternating, so that a change in the shared
 * machine's load shows as a spread rather than one lucky or unlucky ratio; then one build with
 * nothing changed.
 */
export async function bench(n: number, runs = 1): Promise<string> {
  writeCorpus(n);
  const work = join(ROOT, '.cache', 'bench', `run-${n}`);
  const pairs: { cold: Run; floor: Run }[] = [];
  for (let i = 0; i < runs; i++) {
    const cold = await buildOurs(n, work, true);
    pairs.push({ cold, floor: await buildFloor(n, work, cold.pages) });
  }
  const warm = await buildOurs(n, work, false);
  const cold = pairs[0]!.cold;
  const median = (xs: number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
  };
  const times = pairs.map((p) => p.cold.wall / p.floor.wall);
  const memory = pairs.map((p) => p.cold.rssMb / p.floor.rssMb);
  const label = (name: string, i: number): string => (runs === 1 ? name : `${name}, run ${i + 1}`);
  return [
    `N = ${n.toLocaleString('en')} articles${runs > 1 ? `, ${runs} runs` : ''}`,
    '',
    '| build | pages | extraction | data files | Eleventy render (+ search indexing alongside) | search index (rest, after render) | total wall | peak RSS (process tree) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...pairs.flatMap((p, i) => [row(label('ours, first build', i), p.cold), row(label('plain Eleventy (floor)', i), p.floor)]),
    row('ours, nothing changed', warm),
    '',
    runs === 1
      ? `ours / floor: time ${times[0]!.toFixed(2)}×, memory ${memory[0]!.toFixed(2)}×; second build / first: ${(warm.wall / cold.wall).toFixed(2)}`
      : `ours / floor, run by run: time ${times.map((t) => `${t.toFixed(2)}×`).join(', ')} (median ${median(times).toFixed(2)}×); ` +
        `memory ${memory.map((m) => `${m.toFixed(2)}×`).join(', ')} (median ${median(memory).toFixed(2)}×); ` +
        `second build / first: ${(warm.wall / median(pairs.map((p) => p.cold.wall))).toFixed(2)}`,
    `first build's peak RSS so far at the end of each phase (run 1): ${Object.entries(cold.peakMb).map(([k, v]) => `${k} ${v} MB`).join(', ')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = articleCount(process.argv[2]);
  const runsArg = process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length);
  const runs = runsArg === undefined ? 1 : Number(runsArg);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`error: expected --runs=N with N a whole number of at least 1, not ${runsArg}\n`);
    process.exit(2);
  }
  if (n !== null) process.stdout.write(`${await bench(n, runs)}\n`);
}
