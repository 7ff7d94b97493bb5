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

/**
 * Check the site in `siteDir`, built for `pathPrefix`: with a prefix such as /briefings/, the
 * folder is served as that sub-folder of a server, as a static host would.
 */
export async function checkLinks(siteDir: string, pathPrefix = '/'): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  const checker = new LinkChecker();
  const depth = pathPrefix.split('/').filter(Boolean).length;
  const serverRoot = resolve(siteDir, ...Array<string>(depth).fill('..'));
  if (depth > 0 && resolve(serverRoot, pathPrefix.slice(1)) !== resolve(siteDir)) {
    throw new Error(`to check a site built for ${pathPrefix}, put it in a folder whose path ends with ${pathPrefix}`);
  }
  const result = await checker.check({
    // With a server root, linkinator takes the path relative to it.
    ...(depth > 0 ? { path: relative(serverRoot, siteDir), serverRoot } : { path: siteDir }),
    recurse: true,
    // External sources are not ours to check (and this machine has no network).
    linksToSkip: ['^https?://(?!localhost)'],
  });
  for (const link of result.links) {
    if (link.state === 'BROKEN') broken.push({ page: link.parent ?? '', href: link.url, reason: `HTTP ${link.status ?? 'error'}` });
  }
  broken.push(...checkFragments(siteDir, pathPrefix));
  return broken;
}

/** Links with a #fragment whose target page has no element with that id. */
export function checkFragments(siteDir: string, pathPrefix = '/'): BrokenLink[] {
  const pages = new Map<string, string>();
  for (const file of htmlFiles(siteDir)) pages.set(`${pathPrefix}${relative(siteDir, file).replace(/index\.html$/, '')}`, readFileSync(file, 'utf8'));
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
  const args = process.argv.slice(2);
  const prefix = args.find((a) => a.startsWith('--pathprefix='))?.slice(13) ?? '/';
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, '_site'));
  const broken = await checkLinks(dir, `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'));
  for (const b of broken) process.stderr.write(`broken: ${b.page} -> ${b.href} (${b.reason})\n`);
  process.stderr.write(broken.length === 0 ? `links: all internal links in ${dir} resolve\n` : `links: ${broken.length} broken\n`);
  process.exitCode = broken.length === 0 ? 0 : 1;
}
