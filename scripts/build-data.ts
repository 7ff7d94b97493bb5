// content/ -> the shared data files. Reads every article, extracts it (or takes the cached
// extraction when neither the text nor the extractor changed), builds the briefing records and
// the cross-briefing indexes, and writes them as JSON into the data folder.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
import type { PersonProfile } from '../src/site/site-types.ts';
import { buildSiteData } from '../src/site/build-site-data.ts';
import type { SiteData } from '../src/site/site-types.ts';
import { slugify } from '../src/site/slugify.ts';
import { parseSiteSettings, type SiteSettings } from '../src/content/site-settings.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DataOptions {
  readonly contentDir: string;
  readonly dataDir: string;
  readonly cacheDir: string;
  readonly warn: (message: string) => void;
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
}

/** Build and write the data files. Throws ArticleError for the first article that cannot be read. */
export function buildData(options: DataOptions): DataResult {
  const files = findArticleFiles(options.contentDir);
  const registry = readRegistry(options.contentDir);
  const version = extractorVersion();
  const seen = new Map<string, string>();
  let extracted = 0;
  let cached = 0;
  const records = files.map((file) => {
    const shown = shownPath(file);
    const annotated = readAnnotations(file);
    const article = applyMeta(readArticle(shown, file), annotated);
    const clash = seen.get(article.slug);
    if (clash) throw new ArticleError(shown, `has the same slug "${article.slug}" as ${clash}; rename one of them`);
    seen.set(article.slug, shown);
    const hit = readCache(options.cacheDir, version, article);
    const extraction = hit ?? extractBriefing(article.body, { published: article.published });
    if (hit) cached++;
    else {
      extracted++;
      writeCache(options.cacheDir, version, article, extraction);
    }
    const record = annotatedRecord(article, extraction, annotated, registry);
    for (const w of record.warnings) options.warn(w);
    return record;
  });
  const site = buildSiteData(records, readSettings(options.contentDir), profilesOf(registry));
  const named = new Set(site.people.map((p) => p.id));
  for (const e of registry.entries) if (!named.has(e.id)) options.warn(`${e.file}: no briefing names ${e.name} (or an alias); no page is made`);
  writeDataFiles(options.dataDir, site);
  return { site, extracted, cached };
}

export const SETTINGS_FILE = '_site.yaml';

/** content/_site.yaml, or the defaults when there is none. */
export function readSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, SETTINGS_FILE);
  return parseSiteSettings(shownPath(file), existsSync(file) ? readFileSync(file, 'utf8') : null);
}

/** Article files below the content folder, in a stable order. Symlinks leading outside are refused. */
export function findArticleFiles(contentDir: string): string[] {
  const out: string[] = [];
  const root = realpathSync(contentDir);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      if (dir === contentDir && entry.name === PEOPLE_DIR) continue;
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = realpathSync(path);
        if (target !== root && !target.startsWith(root + sep)) {
          throw new ArticleError(shownPath(path), 'is a symbolic link to a file outside content/; copy the file in instead');
        }
      }
      const stat = lstatSync(path).isSymbolicLink() ? lstatSync(realpathSync(path)) : lstatSync(path);
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
export function readAnnotations(articleFile: string): AnnotationFile | null {
  const file = articleFile.replace(/\.[^./]+$/, '.annotations.yaml');
  if (!existsSync(file)) return null;
  const shown = shownPath(file);
  return { file: shown, annotations: parseYamlFile(shown, readFileSync(file, 'utf8'), AnnotationSchema) };
}

/** A path as messages show it: relative inside the project, absolute outside. */
function shownPath(file: string): string {
  const rel = relative(ROOT, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function readArticle(shown: string, file: string): Article {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new ArticleError(shown, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    throw new ArticleError(shown, 'is not valid UTF-8 text; save it as UTF-8');
  }
  return parseArticle(shown, basename(file), text);
}

/** The article as the data build extracts it (editor's metadata applied): for the extraction workers. */
export function articleForExtraction(file: string): Article {
  return applyMeta(readArticle(shownPath(file), file), readAnnotations(file));
}

/** Whether the cache holds this article's extraction (checked by name, not read). */
export function isCached(cacheDir: string, version: string, article: Article): boolean {
  return existsSync(join(cacheDir, `${cacheKey(version, article)}.json`));
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

function readCache(cacheDir: string, version: string, article: Article): Extraction | null {
  const key = cacheKey(version, article);
  try {
    const entry = JSON.parse(readFileSync(join(cacheDir, `${key}.json`), 'utf8')) as { key?: string; extraction?: Extraction };
    return entry.key === key && entry.extraction?.text === article.body ? entry.extraction : null;
  } catch {
    return null;
  }
}

export function writeCache(cacheDir: string, version: string, article: Article, extraction: Extraction): void {
  const key = cacheKey(version, article);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `${key}.${process.pid}-${threadId}.tmp`);
  writeFileSync(tmp, JSON.stringify({ key, extraction }));
  renameSync(tmp, join(cacheDir, `${key}.json`));
}

/** The published data files: one per briefing, and the indexes. */
function writeDataFiles(dataDir: string, site: SiteData): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'briefings'), { recursive: true });
  for (const b of site.briefings) writeJson(join(dataDir, 'briefings', `${slugify(b.slug)}.json`), b);
  writeJson(join(dataDir, 'briefings.json'), site.briefings.map(({ slug, href, title, published, publishedLabel, source, url, credit, summary, counts, people }) => ({
    slug, href, data: `/data/briefings/${slug}.json`, title, published, publishedLabel, source, url, credit, summary, counts,
    people: people.map((p) => ({ name: p.name, href: p.href })),
  })));
  writeJson(join(dataDir, 'people.json'), site.people);
  writeJson(join(dataDir, 'quotes.json'), site.quotes);
  writeJson(join(dataDir, 'chronology.json'), site.chronology);
  writeJson(join(dataDir, 'settings.json'), site.settings);
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
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
