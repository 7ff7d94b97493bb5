// The fast `url` filter gives what Eleventy's own gives, for every prefix and kind of path.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../../scripts/build-data.ts';
import { fastUrlFilter } from '../../src/site/fast-url-filter.ts';

const eleventyUrl = (await import(pathToFileURL(join(ROOT, 'node_modules/@11ty/eleventy/src/Filters/Url.js')).href)).default as
  (url: string, prefix: string) => string;

const test = suite('fastUrlFilter');

const PATHS = [
  '/', '/people/elon-musk/', '/briefings/x/#s3', '/assets/style.css', '/feed.xml', '/data/briefings.json',
  'https://example.com/a', 'mailto:a@example.com', '//cdn.example.com/x.js', '#s3', 'relative/path/',
  '/a//b/', '/a/../b/', '/a/./b', '',
];

for (const prefix of ['/', '/briefings/', '/a/b/']) {
  test(`matches Eleventy under ${prefix}`, () => {
    const fast = fastUrlFilter(prefix);
    for (const path of PATHS) assert.is(fast(path), eleventyUrl(path, prefix), `${prefix} + ${path}`);
  });
}

test.run();
