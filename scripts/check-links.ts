// `npm run check-links [DIR]`: every internal link in the built site resolves. linkinator
// serves the folder and follows every link (pages, assets, data files); a second pass checks
// what linkinator does not: that each `#fragment` names an element id on the target page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LinkChecker } from 'linkinator';
import { ROOT } from './build-data.ts';

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

export async function checkLinks(siteDir: string): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  const checker = new LinkChecker();
  const result = await checker.check({
    path: siteDir,
    recurse: true,
    // External sources are not ours to check (and this machine has no network).
    linksToSkip: ['^https?://(?!localhost)'],
  });
  for (const link of result.links) {
    if (link.state === 'BROKEN') broken.push({ page: link.parent ?? '', href: link.url, reason: `HTTP ${link.status ?? 'error'}` });
  }
  broken.push(...checkFragments(siteDir));
  return broken;
}

/** Links with a #fragment whose target page has no element with that id. */
export function checkFragments(siteDir: string): BrokenLink[] {
  const pages = new Map<string, string>();
  for (const file of htmlFiles(siteDir)) pages.set(`/${relative(siteDir, file).replace(/index\.html$/, '')}`, readFileSync(file, 'utf8'));
  const ids = new Map([...pages].map(([url, html]) => [url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
  const broken: BrokenLink[] = [];
  for (const [url, html] of pages) {
    for (const m of html.matchAll(/\shref="([^"]*#[^"]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      const page = target.pathname;
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      const known = ids.get(page);
      if (!known) broken.push({ page: url, href, reason: 'page not found' });
      else if (!known.has(fragment)) broken.push({ page: url, href, reason: `no element with id "${fragment}"` });
    }
  }
  return broken;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? join(ROOT, '_site'));
  const broken = await checkLinks(dir);
  for (const b of broken) process.stderr.write(`broken: ${b.page} -> ${b.href} (${b.reason})\n`);
  process.stderr.write(broken.length === 0 ? `links: all internal links in ${dir} resolve\n` : `links: ${broken.length} broken\n`);
  process.exitCode = broken.length === 0 ? 0 : 1;
}
