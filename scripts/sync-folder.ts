// Copy a folder's files where the copy is missing or older, and remove copies whose original is
// gone: after an edit the dev server rewrites a handful of data files, not thousands.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function syncFolder(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let copied = 0;
  const sources = readdirSync(from, { withFileTypes: true });
  const names = new Set(sources.map((e) => e.name));
  for (const entry of sources) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      copied += syncFolder(source, target);
      continue;
    }
    const s = statSync(source);
    const t = statSync(target, { throwIfNoEntry: false });
    if (t && t.size === s.size && t.mtimeMs >= s.mtimeMs) continue;
    copyFileSync(source, target);
    copied++;
  }
  for (const entry of readdirSync(to, { withFileTypes: true })) {
    if (!names.has(entry.name)) rmSync(join(to, entry.name), { recursive: true, force: true });
  }
  return copied;
}
