// "Nothing changed": a fingerprint of everything a build reads (the content folder, the code and
// templates, the path prefix, the output folder). When it matches the last good build's and that
// build's output is still in place, the build has nothing to do; it only repeats its warnings.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildInputs {
  readonly root: string;
  readonly contentDir: string;
  readonly dataDir: string;
  readonly output: string;
  readonly pathPrefix: string;
}

interface LastBuild {
  readonly fingerprint: string;
  /** Which folder the build wrote, so that a replaced or deleted output is noticed. */
  readonly output: { readonly path: string; readonly ino: number; readonly mtimeMs: number };
  readonly warnings: readonly string[];
}

/** What the build depends on besides content: its code, templates and locked dependencies. */
const CODE = ['src', 'scripts', 'templates', '.eleventy.ts', 'package-lock.json'];

export function fingerprint(inputs: BuildInputs): string {
  const hash = createHash('sha256');
  hash.update(`${process.version}\n${inputs.pathPrefix}\n${inputs.output}\n${inputs.dataDir}\n`);
  for (const path of CODE) hashTree(hash, join(inputs.root, path), path);
  hashTree(hash, inputs.contentDir, 'content');
  return hash.digest('hex');
}

/** Every file below `path` (or the file itself), by name and content, in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, path: string, shown: string): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    hash.update(`${shown}\n`).update(readFileSync(path));
    return;
  }
  for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name), `${shown}/${name}`);
}

/** One record per output folder. */
const recordFile = (cacheDir: string, output: string): string =>
  join(cacheDir, `last-build-${createHash('sha256').update(output).digest('hex').slice(0, 16)}.json`);

/** The warnings of the last build when it had this fingerprint and its output is untouched; else null. */
export function unchangedSince(cacheDir: string, print: string, inputs: BuildInputs): readonly string[] | null {
  try {
    const last = JSON.parse(readFileSync(recordFile(cacheDir, inputs.output), 'utf8')) as LastBuild;
    if (last.fingerprint !== print || last.output.path !== inputs.output || !existsSync(inputs.dataDir)) return null;
    const stat = statSync(inputs.output);
    return stat.ino === last.output.ino && stat.mtimeMs === last.output.mtimeMs ? last.warnings : null;
  } catch {
    return null;
  }
}

export function recordBuild(cacheDir: string, print: string, output: string, warnings: readonly string[]): void {
  const stat = statSync(output);
  mkdirSync(cacheDir, { recursive: true });
  const record: LastBuild = { fingerprint: print, output: { path: output, ino: stat.ino, mtimeMs: stat.mtimeMs }, warnings };
  writeFileSync(recordFile(cacheDir, output), JSON.stringify(record));
}
