import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bundleFolder, openSearchStream, type SearchStream } from '../../scripts/search-stream.ts';

const page = (n: number, body = ' data-pagefind-body'): string =>
  `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body><main${body}><h1>Page ${n}</h1><p>The word zebra${n} is on this page.</p></main></body></html>`;

const pageCount = (site: string, folder: string): number => {
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

const manifest = (site: string): unknown => JSON.parse(readFileSync(join(site, 'pagefind', 'bundles.json'), 'utf8'));

async function feed(index: SearchStream, pages: number, from = 1): Promise<void> {
  for (let n = from; n < from + pages; n++) await index.add(`briefings/p${n}/index.html`, page(n));
}

const stream = suite('openSearchStream');

stream('splits the pages into bundles of the given size, listed in the manifest', async () => {
  const site = mkdtempSync(join(tmpdir(), 'briefings-search-'));
  const index = await openSearchStream(undefined, { bundlePages: 3 });
  try {
    await feed(index, 8);
    assert.is(await index.finish(site), 8);
  } finally {
    await index.close();
  }
  assert.equal(manifest(site), { bundles: ['pagefind/', 'pagefind-2/', 'pagefind-3/'] });
  assert.equal(['pagefind', 'pagefind-2', 'pagefind-3'].map((folder) => pageCount(site, folder)), [3, 3, 2]);
  assert.ok(existsSync(join(site, 'pagefind', 'pagefind-ui.js')), 'the UI stays in /pagefind/');
});

stream('writes each bundle in the site folder given up front', async () => {
  const site = mkdtempSync(join(tmpdir(), 'briefings-search-'));
  const index = await openSearchStream(site, { bundlePages: 3 });
  try {
    await feed(index, 6);
    assert.is(await index.finish(site), 6);
  } finally {
    await index.close();
  }
  assert.equal(manifest(site), { bundles: ['pagefind/', 'pagefind-2/'] }, 'no empty third bundle');
  assert.equal([pageCount(site, 'pagefind'), pageCount(site, 'pagefind-2')], [3, 3]);
});

stream('keeps one bundle for a site smaller than a bundle', async () => {
  const site = mkdtempSync(join(tmpdir(), 'briefings-search-'));
  const index = await openSearchStream();
  try {
    await feed(index, 4);
    assert.is(await index.finish(site), 4);
  } finally {
    await index.close();
  }
  assert.equal(manifest(site), { bundles: ['pagefind/'] });
  assert.is(pageCount(site, 'pagefind'), 4);
});

stream('skips pages without data-pagefind-body', async () => {
  const site = mkdtempSync(join(tmpdir(), 'briefings-search-'));
  const index = await openSearchStream(undefined, { bundlePages: 3 });
  try {
    await feed(index, 2);
    for (let n = 10; n < 20; n++) await index.add(`quotes/${n}/index.html`, page(n, ''));
    assert.is(await index.finish(site), 2);
  } finally {
    await index.close();
  }
  assert.equal(manifest(site), { bundles: ['pagefind/'] });
  assert.is(pageCount(site, 'pagefind'), 2);
});

stream('a bundle that cannot be written fails the stream, naming the bundle', async () => {
  const root = mkdtempSync(join(tmpdir(), 'briefings-search-'));
  writeFileSync(join(root, 'file'), 'not a folder');
  const site = join(root, 'file', 'site');
  const index = await openSearchStream(site, { bundlePages: 2 });
  let message = '';
  try {
    await feed(index, 5);
    await index.finish(site);
  } catch (error) {
    message = (error as Error).message;
  } finally {
    await index.close();
  }
  assert.match(message, /^search index: bundle 1/);
});

stream('rejects a bundle size that is not a positive whole number', async () => {
  let message = '';
  try {
    await openSearchStream(undefined, { bundlePages: 0 });
  } catch (error) {
    message = (error as Error).message;
  }
  assert.match(message, /expected a whole number of pages per bundle, not 0/);
});

const folder = suite('bundleFolder');

folder('puts bundle 1 where the search page loads the UI', () => {
  assert.equal([1, 2, 12].map(bundleFolder), ['pagefind', 'pagefind-2', 'pagefind-12']);
});

stream.run();
folder.run();
