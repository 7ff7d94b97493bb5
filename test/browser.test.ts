// The built site in a real browser (Debian's chromium driven by playwright-core): every page
// type has no serious or critical axe-core violation, search finds a person, and a screenshot
// of each page type is written to test/out/screenshots/ for review. Built with a path prefix and
// served from a sub-folder, as on a project page. Search is also tried over an index cut into
// several bundles, as a large site's is. Without chromium the suite is skipped, except
// in CI, where it must run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { checkLinks } from '../scripts/check-links.ts';
import { ROOT } from '../scripts/build-data.ts';
import { openSearchStream } from '../scripts/search-stream.ts';
import { serveStatic } from './helpers/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PREFIX = '/briefings-site/';
const PAGES: Record<string, string> = {
  home: '',
  briefing: 'briefings/musk-putin-starlink/',
  'briefing-people': 'briefings/musk-putin-starlink/people/',
  'briefing-quotes': 'briefings/musk-putin-starlink/quotes/',
  'briefing-chronology': 'briefings/musk-putin-starlink/chronology/',
  people: 'people/',
  person: 'people/elon-musk/',
  quotes: 'quotes/',
  chronology: 'chronology/',
  search: 'search/',
  about: 'about/',
  'not-found': 'no-such-page/',
};

const browser = suite('browser: the example site under a path prefix');
const state: { browser?: Browser; url?: string; close?: () => Promise<void>; site?: string } = {};

if (!existsSync(CHROMIUM)) {
  if (process.env.CI) throw new Error(`browser tests need chromium at ${CHROMIUM} (.ci/run installs it)`);
  process.stderr.write(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium)\n`);
} else {
  browser.before(async () => {
    const root = mkdtempSync(join(tmpdir(), 'briefings-browser-'));
    const site = join(root, PREFIX.slice(1, -1));
    // Built in its own process, as `npm run build` runs: Eleventy keeps some state per process
    // (a second build in the same process keeps the first one's path prefix).
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), `--pathprefix=${PREFIX}`, `--output=${site}`, '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BRIEFINGS_CONTENT_DIR: join(ROOT, 'content'), BRIEFINGS_DATA_DIR: join(root, 'data'), BRIEFINGS_CACHE_DIR: join(root, 'cache') },
    });
    assert.is(built.status, 0, built.stderr);
    const server = await serveStatic(root, join(PREFIX, '404.html'));
    state.url = `${server.url}${PREFIX}`;
    state.close = server.close;
    state.site = site;
    state.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  browser.after(async () => {
    await state.browser?.close();
    await state.close?.();
  });

  browser('every internal link resolves under the prefix', async () => {
    assert.equal(await checkLinks(state.site!, PREFIX), []);
  });

  browser('every page type passes axe-core with no serious or critical violation', async () => {
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const shots = join(ROOT, 'test', 'out', 'screenshots');
    mkdirSync(shots, { recursive: true });
    const page = await state.browser!.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`${state.url}${path}`, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${name}: ${v.id} (${v.impact}, ${v.count})`);
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    }
    await page.close();
    assert.equal(problems, []);
  });

  /** Search the built site for "Kahl": Colin Kahl's page is among the results, linked under the prefix. */
  async function assertSearchFindsKahl(): Promise<void> {
    const page = await state.browser!.newPage();
    await page.goto(`${state.url}search/?q=Kahl`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    assert.ok(links.some((href) => href.startsWith(`${PREFIX}people/colin-kahl/`)), links.join(', '));
  }

  browser('search finds a person by name and links under the prefix', async () => {
    await assertSearchFindsKahl();
  });

  browser('search over an index in several bundles finds a page from the last one', async () => {
    // The built site re-indexed in bundles of a third of its pages, the person sought last.
    const site = state.site!;
    const sought = join('people', 'colin-kahl', 'index.html');
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('index.html') && path !== sought)
      .concat(sought)
      .map((path) => ({ path, html: readFileSync(join(site, path), 'utf8') }))
      .filter((page) => page.html.includes('data-pagefind-body'));
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    const index = await openSearchStream(site, { bundlePages: Math.ceil(pages.length / 3) });
    try {
      for (const page of pages) await index.add(page.path, page.html);
      await index.finish(site);
    } finally {
      await index.close();
    }
    const manifest = JSON.parse(readFileSync(join(site, 'pagefind', 'bundles.json'), 'utf8')) as { bundles: string[] };
    assert.equal(manifest.bundles, ['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    await assertSearchFindsKahl();
  });

  browser('pages read without JavaScript', async () => {
    const context = await state.browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${state.url}briefings/musk-putin-starlink/`);
    assert.ok((await page.textContent('main'))!.includes('Annotated source'));
    await page.goto(`${state.url}search/`);
    assert.ok((await page.textContent('noscript')) !== null);
    await context.close();
  });

  browser.run();
}
