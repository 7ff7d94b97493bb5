// Faults: a build killed at any moment leaves the last good site in place and the next build
// succeeds without cleanup; two builds at once do not corrupt each other.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../../scripts/build-data.ts';
import { acquireOutput } from '../../scripts/output-guard.ts';

const work = mkdtempSync(join(tmpdir(), 'briefings-faults-'));
const content = join(work, 'content');
const output = join(work, 'site');
const { BRIEFINGS_URL_PREFIX: _prefix, BRIEFINGS_DATA_READY: _ready, BRIEFINGS_PATH_PREFIX: _path, ...inherited } = process.env;
const env = { ...inherited, BRIEFINGS_CONTENT_DIR: content, BRIEFINGS_DATA_DIR: join(work, 'data'), BRIEFINGS_CACHE_DIR: join(work, 'cache') };
const args = ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), `--output=${output}`, '--quiet'];
const buildNow = () => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
/** A build in the background, with its exit awaited from the start (it may end before anyone asks). */
const startBuild = (): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } => {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, exited, stderr: () => err };
};
const home = () => readFileSync(join(output, 'index.html'), 'utf8');
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('site.'));

const faults = suite('builds under faults');

faults.before(() => {
  cpSync(join(ROOT, 'test', 'fixtures', 'annotated'), join(content, 'articles'), { recursive: true });
  const first = buildNow();
  assert.is(first.status, 0, first.stderr);
});

faults.after(() => rmSync(work, { recursive: true, force: true }));

faults('a build killed at random moments never loses the last good site', async () => {
  // The last good site: the one before the first build, or the one a build finished before its kill.
  let good = home();
  // Different content each time, so that every build really rebuilds.
  for (const [i, delay] of [150, 700, 1400, 2200, 3200, 4500].entries()) {
    cpSync(join(ROOT, 'test', 'fixtures', 'annotated', 'bridge.md'), join(content, 'articles', `copy-${i}.md`));
    const run = startBuild();
    await new Promise((r) => setTimeout(r, delay));
    run.child.kill('SIGKILL');
    await run.exited;
    assert.ok(existsSync(join(output, 'index.html')), `site missing after a kill at ${delay} ms`);
    const now = home();
    // Either the old site or, if the kill came after the swap, the complete new one.
    assert.ok(now === good || now.includes(`/briefings/copy-${i}/`), `site damaged after a kill at ${delay} ms`);
    good = now;
  }
  const last = buildNow();
  assert.is(last.status, 0, last.stderr);
  assert.ok(home().includes('/briefings/copy-5/'));
  assert.equal(leftovers(), [], 'no lock, staging or old folder left behind');
});

faults('a build finding the output held by a running build stops with a clear message', () => {
  // A live process holds the lock, as a long build would (a real build may finish too fast to race).
  const holder = spawn('sleep', ['60']);
  try {
    writeFileSync(`${output}.lock`, String(holder.pid));
    const before = home();
    const second = buildNow();
    assert.is(second.status, 1);
    assert.is(second.stderr, `error: another build (process ${holder.pid}) is writing ${output}; wait for it to finish, then build again\n`);
    assert.is(home(), before);
  } finally {
    holder.kill('SIGKILL');
  }
});

faults('two builds started together leave one complete site and nothing behind', async () => {
  cpSync(join(ROOT, 'test', 'fixtures', 'annotated', 'bridge.md'), join(content, 'articles', 'concurrent.md'));
  const [a, b] = [startBuild(), startBuild()];
  const codes = await Promise.all([a.exited, b.exited]);
  // Either both ran one after the other, or the later one was turned away; never a failure otherwise.
  assert.ok(codes.includes(0), `${a.stderr()}${b.stderr()}`);
  for (const [i, code] of codes.entries()) {
    if (code !== 0) assert.match([a, b][i]!.stderr(), /another build \(process \d+\) is writing/);
  }
  assert.ok(home().includes('/briefings/concurrent/'));
  // The lock of a build that was turned away is not the holder's: none is left once both are done.
  assert.equal(leftovers(), []);
});

faults('an output folder inside a folder that does not exist yet can be taken', () => {
  const nested = join(work, 'new', 'deeper', 'site');
  const release = acquireOutput(nested);
  assert.ok(existsSync(`${nested}.lock`));
  release();
  assert.not.ok(existsSync(`${nested}.lock`));
});

faults.run();
