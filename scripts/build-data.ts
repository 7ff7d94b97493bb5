// content/ -> the shared data files. Reads every article, extracts it (or takes the cached
// extraction when neither the text nor the extractor changed), builds the briefing records and
// the cross-briefing indexes, and writes them as JSON into the data folder.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, statSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { ArticleError } from '../src/content/article-error.ts';
import { ARTICLE_EXTENSIONS, parseArticle, type Article } from '../src/content/parse-article.ts';
import { extractBriefing } from '../src/pipeline/extract-briefing.ts';
import type { Extraction } from '../src/pipeline/types.ts';
import { AnnotationSchema } from '../src/annotations/annotation-schema.ts';
import { annotatedRecord, applyMeta, type AnnotationFile } from '../src/annotations/annotated-article.ts';
import { parseYamlFile } from '../src/annotations/yaml-file.ts';
import { buildRegistry, RegistrySchema, type Registry, type RegistryEntry } from '../src/annotations/people-registry.ts';
import { splitFrontMatter } from '../src/content/front-matter.ts';
import { renderMarkdown } from '../src/site/render-markdown.ts';
import { buildSiteData } from '../src/site/build-site-data.ts';
import type { BriefingRecord, PersonProfile, SiteData } from '../src/site/site-types.ts';
import { slugify } from '../src/site/slugify.ts';
import { parseSiteSettings, type SiteSettings } from '../src/content/site-settings.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DataOptions {
  readonly contentDir: string;
  readonly dataDir: string;
  readonly cacheDir: string;
  readonly warn: (message: string) => void;
  /** What a long-running process (the dev server) keeps between builds, to redo only what changed. */
  readonly memory?: BuildMemory;
  /** What the extraction workers already did (see prepareRecord): a one-off build only. */
  readonly prepared?: Prepared;
}

/** Records built by the extraction workers, and the data files they wrote for them. */
export interface Prepared {
  /** By article path. */
  readonly records: ReadonlyMap<string, BriefingRecord>;
  /** Data file path -> the record written there; null when two workers wrote the same path (clashing URL names). */
  readonly files: ReadonlyMap<string, BriefingRecord | null>;
}

export interface BuildMemory {
  /** Extractions by cache key. */
  readonly extractions: Map<string, Extraction>;
  /** Parsed files by path, with the stamp (modification time and size) they were read at. */
  readonly files: Map<string, { readonly stamp: string; readonly value: unknown }>;
  /** Briefing records by article path, with the key of everything they were built from. */
  readonly records: Map<string, { readonly key: string; readonly record: BriefingRecord }>;
  /** What the last build wrote (path -> JSON, and the value it came from), so only what changed is rewritten. */
  readonly written: Map<string, { readonly json: string; readonly value: unknown }>;
  /** The extractor version of the code this process loaded. */
  version?: string;
}

export const createBuildMemory = (): BuildMemory => ({ extractions: new Map(), files: new Map(), records: new Map(), written: new Map() });

/** `read(path)`, or what it gave last time if the file has not changed since. */
function remembered<T>(memory: BuildMemory | undefined, path: string, read: () => T): T {
  if (!memory) return read();
  const stat = statSync(path, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
  const known = memory.files.get(path);
  if (known?.stamp === stamp) return known.value as T;
  const value = read();
  memory.files.set(path, { stamp, value });
  return value;
}

/** Folders default to the project's own; BRIEFINGS_CONTENT_DIR, _DATA_DIR and _CACHE_DIR override them. */
export const defaultDataOptions = (): DataOptions => ({
  contentDir: resolve(process.env.BRIEFINGS_CONTENT_DIR ?? join(ROOT, 'content')),
  dataDir: resolve(process.env.BRIEFINGS_DATA_DIR ?? join(ROOT, '.build', 'data')),
  cacheDir: resolve(process.env.BRIEFINGS_CACHE_DIR ?? join(ROOT, '.cache', 'extractions')),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
});

export interface DataResult {
  readonly site: SiteData;
  readonly extracted: number;
  readonly cached: number;
  /** Articles that could not be read (each message names the file), left out of this build. */
  readonly leftOut: readonly string[];
}

/** Build and write the data files. Throws ArticleError for the first article that cannot be read. */
export function buildData(options: DataOptions): DataResult {
  const leftOut: string[] = [];
  const files = findArticleFiles(options.contentDir, leftOut);
  const memory = options.memory;
  const registry = readRegistry(options.contentDir);
  const registryKey = registry.entries.map((e) => JSON.stringify(e)).join('\n');
  // A long-running process runs the extractor it loaded: its version is the one read at the start,
  // whatever the files on disk say since.
  const version = memory ? (memory.version ??= extractorVersion()) : extractorVersion();
  const seen = new Map<string, string>();
  const used = new Set<string>();
  let extracted = 0;
  let cached = 0;
  const records = files.flatMap((file) => {
    const shown = shownPath(file);
    // Built by a worker (prepareRecord), unless its URL name is taken by an earlier file.
    const ready = options.prepared?.records.get(file);
    if (ready && !seen.has(ready.slug)) {
      seen.set(ready.slug, shown);
      for (const w of ready.warnings) options.warn(w);
      return [ready];
    }
    // A broken annotation file stops the build (readAnnotations throws): corrections cannot be
    // half-applied. A broken article is left out, and the rest of the site still builds.
    const annotated = readAnnotations(file, memory);
    let read: Article;
    try {
      read = applyMeta(remembered(memory, file, () => readArticle(shown, file)), annotated);
    } catch (error) {
      if (!(error instanceof ArticleError) || error.file !== shown) throw error;
      leftOut.push(error.message);
      return [];
    }
    // Two file names can slugify alike ("Café.md", "cafe.md"): the later one (in path order) gets a number.
    let slug = read.slug;
    for (let n = 2; seen.has(slug); n++) slug = `${read.slug}-${n}`;
    if (slug !== read.slug) options.warn(`${shown}: the URL name "${read.slug}" is taken by ${seen.get(read.slug)}; this briefing is at /briefings/${slug}/`);
    seen.set(slug, shown);
    const article = slug === read.slug ? read : { ...read, slug };
    const key = memory && cacheKey(version, article);
    const kept = key ? memory?.extractions.get(key) : undefined;
    const { extraction, fresh } = kept ? { extraction: kept, fresh: false } : extractionOf(options.cacheDir, version, article, options.warn);
    if (fresh) extracted++;
    else cached++;
    if (key) {
      memory?.extractions.set(key, extraction);
      used.add(key);
    }
    // A record is rebuilt only when its article, extraction, annotations or the registry changed.
    const recordKey = `${key}\n${JSON.stringify(article)}\n${JSON.stringify(annotated)}\n${registryKey}`;
    const known = memory?.records.get(file);
    const record = known?.key === recordKey ? known.record : annotatedRecord(article, extraction, annotated, registry);
    memory?.records.set(file, { key: recordKey, record });
    for (const w of record.warnings) options.warn(w);
    return [record];
  });
  // Forget what no article uses any more (edited away).
  if (memory) {
    for (const k of memory.extractions.keys()) if (!used.has(k)) memory.extractions.delete(k);
    const present = new Set(files);
    for (const f of memory.records.keys()) if (!present.has(f)) memory.records.delete(f);
  }
  const site = buildSiteData(records, readSettings(options.contentDir), profilesOf(registry));
  const named = new Set(site.people.map((p) => p.id));
  for (const e of registry.entries) if (!named.has(e.id)) options.warn(`${e.file}: no briefing names ${e.name} (or an alias); no page is made`);
  writeDataFiles(options.dataDir, site, memory?.written, options.prepared?.files);
  return { site, extracted, cached, leftOut };
}

export const SETTINGS_FILE = '_site.yaml';

/** content/_site.yaml, or the defaults when there is none. */
export function readSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, SETTINGS_FILE);
  return parseSiteSettings(shownPath(file), existsSync(file) ? readFileSync(file, 'utf8') : null);
}

/** Article files below the content folder, in a stable order. Symlinks leading outside are refused. */
export function findArticleFiles(contentDir: string, refused: string[] = []): string[] {
  const out: string[] = [];
  const root = realpathSync(contentDir);
  // Real folders already walked: a link back up the tree must not loop.
  const walked = new Set<string>();
  const walk = (dir: string): void => {
    const real = realpathSync(dir);
    if (walked.has(real)) return;
    walked.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      if (dir === contentDir && entry.name === PEOPLE_DIR) continue;
      const path = join(dir, entry.name);
      let target = path;
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync(path);
        } catch {
          refused.push(`${shownPath(path)}: is a symbolic link to nothing`);
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          refused.push(`${shownPath(path)}: is a symbolic link to a file outside content/; copy the file in instead`);
          continue;
        }
      }
      const stat = lstatSync(target);
      if (stat.isDirectory()) walk(path);
      else if (ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) && !/\.annotations\./.test(entry.name)) out.push(path);
    }
  };
  walk(contentDir);
  return out;
}

/** content/people/: the registry of people, one Markdown file each (see people-registry.ts). */
export const PEOPLE_DIR = 'people';

export function readRegistry(contentDir: string): Registry {
  const dir = join(contentDir, PEOPLE_DIR);
  if (!existsSync(dir)) return buildRegistry([]);
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .map((name): RegistryEntry => {
      const file = shownPath(join(dir, name));
      const { yaml, body } = splitFrontMatter(file, readFileSync(join(dir, name), 'utf8'));
      if (yaml === null) throw new ArticleError(file, 'expected front matter with at least `name:`', 1);
      const data = parseYamlFile(file, yaml, RegistrySchema, 2);
      return { id: slugify(name.replace(/\.md$/, '')), file, ...data, profile: body.trim() };
    });
  return buildRegistry(entries);
}

function profilesOf(registry: Registry): ReadonlyMap<string, PersonProfile> {
  return new Map(registry.entries.map((e) => [e.id, { html: e.profile ? renderMarkdown(e.profile) : '', roles: e.roles, links: e.links, file: e.file }]));
}

/** `x.annotations.yaml` beside `x.md`: the editor's corrections and notes, validated. */
export function readAnnotations(articleFile: string, memory?: BuildMemory): AnnotationFile | null {
  const file = articleFile.replace(/\.[^./]+$/, '.annotations.yaml');
  return remembered(memory, file, () => {
    if (!existsSync(file)) return null;
    const shown = shownPath(file);
    return { file: shown, annotations: parseYamlFile(shown, readFileSync(file, 'utf8'), AnnotationSchema) };
  });
}

/** A path as messages show it: relative inside the project, absolute outside. */
function shownPath(file: string): string {
  const rel = relative(ROOT, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function readArticle(shown: string, file: string): Article {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ArticleError(shown, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(shown, 'is not valid UTF-8 text; save it as UTF-8');
  }
  return parseArticle(shown, basename(file), text);
}

/**
 * For an extraction worker: the briefing record of one article, built the way buildData builds
 * it (its extraction taken from the cache or made and cached now), so the data build only gathers
 * records. Null when the article or its annotations cannot be read: the data build then reads it
 * itself and reports the problem in order, with its proper message.
 */
export function prepareRecord(
  file: string,
  registry: Registry,
  cacheDir: string,
  version: string,
  warn: (message: string) => void,
): { readonly record: BriefingRecord; readonly extracted: boolean } | null {
  let annotated: AnnotationFile | null;
  let article: Article;
  try {
    annotated = readAnnotations(file);
    article = applyMeta(readArticle(shownPath(file), file), annotated);
  } catch {
    return null;
  }
  const { extraction, fresh } = extractionOf(cacheDir, version, article, warn);
  return { record: annotatedRecord(article, extraction, annotated, registry), extracted: fresh };
}

/** The article's extraction from the cache, or made now and cached (`fresh`). */
function extractionOf(cacheDir: string, version: string, article: Article, warn: (message: string) => void): { extraction: Extraction; fresh: boolean } {
  const key = cacheKey(version, article);
  const cached = readCache(cacheDir, key, article, warn);
  if (cached) return { extraction: cached, fresh: false };
  const extraction = extractBriefing(article.body, { published: article.published });
  writeCache(cacheDir, key, extraction);
  return { extraction, fresh: true };
}

/** A hash of the extractor's own source: a cache written by another version is never reused. */
export function extractorVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src', 'pipeline'));
  return hash.digest('hex').slice(0, 16);
}

function cacheKey(version: string, article: Article): string {
  return createHash('sha256').update(`${version}\n${article.published ?? ''}\n${article.body}`).digest('hex');
}

/**
 * A cached extraction, or null when there is none. An entry is `<key> <sha256 of the JSON>` on
 * its first line and the extraction's JSON after it: a truncated, corrupted or foreign entry is
 * detected, reported, deleted and extracted again.
 */
function readCache(cacheDir: string, key: string, article: Article, warn: (message: string) => void): Extraction | null {
  const file = join(cacheDir, `${key}.json`);
  // Asked first: in a cold build most entries are missing, and a failed read costs an exception.
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const problem = checkCacheEntry(text, key, article);
  if (typeof problem !== 'string') return problem;
  warn(`cache: ${file} ${problem}; it is discarded and ${article.file} extracted again`);
  rmSync(file, { force: true });
  return null;
}

/** The extraction in a cache entry, or what is wrong with the entry. */
export function checkCacheEntry(text: string, key: string, article: Article): Extraction | string {
  const newline = text.indexOf('\n');
  const [entryKey, sum] = text.slice(0, Math.max(newline, 0)).split(' ');
  if (newline < 0 || entryKey !== key) return 'is not a cache entry for this article';
  const json = text.slice(newline + 1);
  if (createHash('sha256').update(json).digest('hex') !== sum) return 'is damaged (its checksum does not match)';
  let extraction: Extraction;
  try {
    extraction = JSON.parse(json) as Extraction;
  } catch {
    return 'is damaged (not JSON)';
  }
  const lists = ['sentences', 'people', 'organisations', 'unnamed', 'quotes', 'temporal', 'chronology', 'summary'] as const;
  if (extraction?.text !== article.body || !lists.every((k) => Array.isArray(extraction[k]))) return 'does not hold an extraction of this article';
  return extraction;
}

/** Cache an extraction under its key (see cacheKey). */
export function writeCache(cacheDir: string, key: string, extraction: Extraction): void {
  const json = JSON.stringify(extraction);
  const entry = `${key} ${createHash('sha256').update(json).digest('hex')}\n${json}`;
  // The folder is made when a write finds it missing, not checked before every write.
  try {
    replaceFile(join(cacheDir, `${key}.json`), entry);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(cacheDir, { recursive: true });
    replaceFile(join(cacheDir, `${key}.json`), entry);
  }
}

/** Where a briefing's data file is: `<dataDir>/briefings/<slug>.json`. */
export const briefingDataFile = (dataDir: string, slug: string): string => join(dataDir, 'briefings', `${slugify(slug)}.json`);

/** Empty the data folder for a one-off build, before the extraction workers write into it. */
export function startDataFolder(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'briefings'), { recursive: true });
}

/**
 * Write a file as a new file renamed over the old one, never in place: a reader (or a published
 * link, see sync-folder.ts) sees the old file or the new one whole. The temporary name is this
 * thread's own, so two workers writing the same file (clashing URL names) do not collide.
 */
export function replaceFile(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * The published data files: one per briefing, and the indexes. A one-off build starts from an
 * empty folder (emptied here, or before the workers wrote their briefings' files into it); a
 * long-running one keeps it and writes the difference.
 */
function writeDataFiles(dataDir: string, site: SiteData, written?: BuildMemory['written'], preWritten?: Prepared['files']): void {
  if (!written && !preWritten) startDataFolder(dataDir);
  mkdirSync(join(dataDir, 'briefings'), { recursive: true });
  const files = new Map<string, unknown>();
  for (const b of site.briefings) {
    const path = briefingDataFile(dataDir, b.slug);
    // Written by a worker with this very record (not with another file's that clashed with it).
    if (preWritten && preWritten.get(path) === b) continue;
    files.set(path, b);
  }
  files.set(join(dataDir, 'briefings.json'), site.briefings.map(({ slug, href, title, published, publishedLabel, source, url, credit, summary, counts, people }) => ({
    slug, href, data: `/data/briefings/${slug}.json`, title, published, publishedLabel, source, url, credit, summary, counts,
    people: people.map((p) => ({ name: p.name, href: p.href })),
  })));
  files.set(join(dataDir, 'people.json'), site.people);
  files.set(join(dataDir, 'quotes.json'), site.quotes);
  files.set(join(dataDir, 'chronology.json'), site.chronology);
  files.set(join(dataDir, 'settings.json'), site.settings);
  for (const [path, value] of files) {
    const last = written?.get(path);
    // The same record object as last time (a remembered briefing) cannot have changed.
    if (last?.value === value) continue;
    const json = `${JSON.stringify(value)}\n`;
    if (last?.json !== json) replaceFile(path, json);
    written?.set(path, { json, value });
  }
  for (const path of written?.keys() ?? []) {
    if (files.has(path)) continue;
    rmSync(path, { force: true });
    written?.delete(path);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const result = buildData(defaultDataOptions());
    process.stderr.write(`data: ${result.site.briefings.length} briefings (${result.extracted} extracted, ${result.cached} cached), ${result.site.people.length} people\n`);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  }
}
