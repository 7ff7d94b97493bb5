// The dev server's rebuild: after an edit, the changed pages are rewritten, the others are not,
// and pages of what was deleted are removed.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createDevBuilder } from '../../scripts/dev-builder.ts';
import { defaultDataOptions, ROOT } from '../../scripts/build-data.ts';

const dev = suite('createDevBuilder');
const work = mkdtempSync(join(tmpdir(), 'briefings-dev-'));
const content = join(work, 'content');
const output = join(work, 'site');
const page = (path: string) => join(output, path, 'index.html');

dev.before(() => {
  cpSync(join(ROOT, 'test', 'fixtures', 'annotated'), join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'articles', 'other.md'), '---\ntitle: Other\npublished: 2024-03-01\n---\nThe harbour master, Lena Fisk, said the port would close on Friday.\n');
  process.env.BRIEFINGS_CONTENT_DIR = content;
  process.env.BRIEFINGS_DATA_DIR = join(work, 'data');
  process.env.BRIEFINGS_CACHE_DIR = join(work, 'cache');
});

dev.after(() => rmSync(work, { recursive: true, force: true }));

dev('rewrites the edited briefing’s pages and leaves the others alone', async () => {
  const builder = createDevBuilder(output, '/', defaultDataOptions());
  await builder.full();
  const untouched = statSync(page('briefings/other')).mtimeMs;
  appendFileSync(join(content, 'articles', 'bridge.md'), 'Maria Olsen said the ribbon would be cut at noon.\n');
  const result = await builder.update();
  assert.is(result.extracted, 1);
  assert.is(result.briefings, 1);
  assert.ok(readFileSync(page('briefings/bridge'), 'utf8').includes('ribbon would be cut at noon'));
  assert.is(statSync(page('briefings/other')).mtimeMs, untouched);
  assert.ok(existsSync(page('people/maria-olsen')));
});

dev('applies an edited annotation file without re-extracting', async () => {
  const builder = createDevBuilder(output, '/', defaultDataOptions());
  await builder.full();
  const file = join(content, 'articles', 'bridge.annotations.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('name: Thomas Becker', 'name: Thomas J. Becker'));
  const result = await builder.update();
  assert.is(result.extracted, 0);
  assert.ok(existsSync(page('people/thomas-j-becker')));
  assert.not.ok(existsSync(page('people/thomas-becker')), 'the old person page is removed');
});

dev('removes the pages of a deleted article', async () => {
  const builder = createDevBuilder(output, '/', defaultDataOptions());
  await builder.full();
  assert.ok(existsSync(page('people/lena-fisk')));
  rmSync(join(content, 'articles', 'other.md'));
  await builder.update();
  assert.not.ok(existsSync(page('briefings/other')));
  assert.not.ok(existsSync(page('people/lena-fisk')));
  assert.not.ok(readFileSync(page(''), 'utf8').includes('/briefings/other/'));
});

dev.run();
