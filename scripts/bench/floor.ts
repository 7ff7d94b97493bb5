// The floor the build is measured against: plain Eleventy rendering the same number of pages
// from Markdown with a one-line layout. The pages reuse the generated articles' text, so a page
// carries about as much text as a briefing's.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYOUT = '<!doctype html><html lang="en"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n';

/** Write `pages` Markdown files (kept when already complete) under `dir`; returns the input folder. */
export function writeFloorSite(dir: string, articlesDir: string, pages: number): string {
  const input = join(dir, 'src');
  const done = join(dir, `.complete-${pages}`);
  if (existsSync(done)) return input;
  rmSync(input, { recursive: true, force: true });
  mkdirSync(join(input, '_includes'), { recursive: true });
  writeFileSync(join(input, '_includes', 'page.njk'), LAYOUT);
  const bodies = readdirSync(articlesDir).sort().map((name) => readFileSync(join(articlesDir, name), 'utf8').replace(/^---[\s\S]*?---\n/, ''));
  for (let i = 0; i < pages; i++) {
    const body = bodies[i % bodies.length]!;
    writeFileSync(join(input, `page-${i}.md`), `---\ntitle: Page ${i}\nlayout: page.njk\n---\n# Page ${i}\n\n${body}`);
  }
  writeFileSync(done, '');
  return input;
}
