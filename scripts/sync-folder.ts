// Mirror a folder's files where the mirror is missing or stale, and remove mirrored files whose
// original is gone: after an edit the dev server rewrites a handful of data files, not thousands.
// Files are hard-linked, not copied, where the file system allows (a large site has one data file
// per briefing): the data build replaces a file by renaming a new one over it, never by writing
// into it, so a published link never changes under a reader.
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Returns how many files were linked or copied. */
export function syncFolder(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let synced = 0;
  const sources = readdirSync(from, { withFileTypes: true });
  const names = new Set(sources.map((e) => e.name));
  for (const entry of sources) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      synced += syncFolder(source, target);
      continue;
    }
    const s = statSync(source);
    const t = statSync(target, { throwIfNoEntry: false });
    if (t && t.ino === s.ino && t.dev === s.dev) continue;
    if (t && t.size === s.size && t.mtimeMs >= s.mtimeMs) continue;
    if (t) rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target); // another file system, or links not allowed
    }
    synced++;
  }
  for (const entry of readdirSync(to, { withFileTypes: true })) {
    if (!names.has(entry.name)) rmSync(join(to, entry.name), { recursive: true, force: true });
  }
  return synced;
}
