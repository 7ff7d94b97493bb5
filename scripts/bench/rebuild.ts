// `npm run bench:rebuild [-- N]`: with N generated articles (default 1,000), the time from saving
// one article to its page being rewritten by the dev server (`npm start`), beside the time of a
// full build. Runs the real dev server in a child process on a copy of the corpus.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../build-data.ts';
import { articleCount, writeCorpus } from './corpus.ts';

const n = articleCount(process.argv[2]) ?? process.exit(2);
const work = mkdtempSync(join(tmpdir(), 'briefings-rebuild-'));
const content = join(work, 'content');
cpSync(writeCorpus(n), content, { recursive: true });
const output = join(work, 'site');
const port = 18000 + (process.pid % 1000);

const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'serve.ts'), `--output=${output}`], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), BRIEFINGS_CONTENT_DIR: content, BRIEFINGS_DATA_DIR: join(work, 'data'), BRIEFINGS_CACHE_DIR: join(work, 'cache') },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let log = '';
const waitFor = (pattern: RegExp, from: number) =>
  new Promise<RegExpMatchArray>((done, fail) => {
    const timeout = setTimeout(() => fail(new Error(`timed out waiting for ${pattern}; dev server said:\n${log}`)), 600_000);
    const check = () => {
      const m = log.slice(from).match(pattern);
      if (m) {
        clearTimeout(timeout);
        child.stderr.off('data', check);
        done(m);
      }
    };
    child.stderr.on('data', check);
    check();
  });
child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));

try {
  const built = await waitFor(/built: the whole site in ([\d.]+)s/, 0);
  const full = Number(built[1]);
  await waitFor(/watching content/, 0);
  // Node's recursive watcher walks the folder tree before it reports anything.
  await new Promise((r) => setTimeout(r, 1000));
  const articles = readdirSync(join(content, 'articles')).sort();
  const rows: string[] = [];
  for (const [i, name] of [articles[0]!, articles[Math.floor(articles.length / 2)]!, articles[articles.length - 1]!].entries()) {
    const page = join(output, 'briefings', name.replace(/\.md$/, ''), 'index.html');
    const before = statSync(page).mtimeMs;
    const marker = `Edited for the benchmark, run ${i + 1}.`;
    const from = log.length;
    const saved = performance.now();
    appendFileSync(join(content, 'articles', name), `\n${marker}\n`);
    // Poll the page until it is rewritten with the edit.
    for (;;) {
      await new Promise((r) => setTimeout(r, 10));
      if (statSync(page).mtimeMs !== before && readFileSync(page, 'utf8').includes(marker)) break;
      if (performance.now() - saved > 120_000) throw new Error(`the page was never rewritten; dev server said:\n${log.slice(-2000)}`);
    }
    const seconds = (performance.now() - saved) / 1000;
    const said = await waitFor(/updated: (.*) in ([\d.]+)s/, from);
    rows.push(`| edit ${i + 1} (${name}) | ${seconds.toFixed(2)} s | ${said[1]} |`);
  }
  process.stdout.write(
    `\nDev-server rebuild, ${n} articles (${process.platform}, ${(await import('node:os')).cpus().length} cores)\n\n` +
      `| step | time | what the server did |\n|---|---|---|\n` +
      `| first full build (extract + render + search index) | ${full.toFixed(2)} s | whole site |\n${rows.join('\n')}\n`,
  );
} finally {
  child.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
}
