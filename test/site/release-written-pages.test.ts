// Eleventy lets a written page's HTML go: the file is on disk, the result handed back is empty.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { releaseWrittenPages } from '../../src/site/release-written-pages.ts';

const release = suite('releaseWrittenPages');

release('pages are written whole, and not kept in what write() returns', async () => {
  const warnings: string[] = [];
  await releaseWrittenPages((w) => warnings.push(w));
  assert.equal(warnings, [], 'this Eleventy is the shape the patch expects');
  const dir = mkdtempSync(join(tmpdir(), 'briefings-release-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'page.njk'), '---\npagination:\n  data: items\n  size: 1\n  alias: item\nitems: [a, b, c]\npermalink: "/{{ item }}/"\n---\n<p>{{ item }} page</p>\n');
  writeFileSync(join(dir, 'config.mjs'), 'export default function () {}\n');
  const eleventy = new Eleventy(join(dir, 'in'), join(dir, 'out'), { quietMode: true, configPath: join(dir, 'config.mjs') });
  // write() gives [passthrough copies, pages].
  const results = (await eleventy.write()) as unknown as unknown[];
  for (const item of ['a', 'b', 'c']) assert.is(readFileSync(join(dir, 'out', item, 'index.html'), 'utf8'), `<p>${item} page</p>\n`);
  const written = results.flat(2) as { content: string }[];
  assert.is(written.length, 3);
  for (const r of written) assert.is(r.content, '');
});

release.run();
