// Front matter: the YAML block between two `---` lines at the top of an article, validated
// against a schema so that a typo fails loudly with the file and line.
import { DateTime } from 'luxon';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ArticleError } from './article-error.ts';
import { readSimpleFrontMatter } from './simple-front-matter.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, 'is not a calendar date');

export const FrontMatterSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').optional(),
  published: isoDate.optional(),
  source: z.string().trim().min(1, 'must not be empty').optional(),
  /** Attribution the licence asks for: "Wikinews, CC BY 2.5". */
  credit: z.string().trim().min(1, 'must not be empty').optional(),
  url: z
    .string()
    .url('expected an http(s) URL')
    .refine((value) => /^https?:\/\//i.test(value), 'expected an http(s) URL')
    .optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(FrontMatterSchema.shape);

export interface SplitArticle {
  readonly frontMatter: FrontMatter;
  /** The article text after the front matter. */
  readonly body: string;
  /** Front-matter keys the schema does not know (kept out of the data, warned about). */
  readonly unknownKeys: readonly string[];
}

const FENCE = /^---[ \t]*\r?\n/;

/** The raw parts of a file with front matter: the YAML text (which starts on line 2) and the body. */
export function splitFrontMatter(file: string, source: string): { yaml: string | null; body: string } {
  const text = source.replace(/^\uFEFF/, '');
  const open = FENCE.exec(text);
  if (!open) return { yaml: null, body: text };
  const rest = text.slice(open[0].length);
  const end = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!end) throw new ArticleError(file, 'front matter opened with --- is never closed', 1);
  return { yaml: rest.slice(0, end.index), body: rest.slice(end.index + end[0].length).replace(/^(\r?\n)+/, '') };
}

/** Split a file's text into validated front matter and body. Throws ArticleError. */
export function parseFrontMatter(file: string, source: string): SplitArticle {
  const { yaml: yamlText, body } = splitFrontMatter(file, source);
  if (yamlText === null) return { frontMatter: {}, body, unknownKeys: [] };
  // Most front matter is a few `key: value` strings, read without the YAML parser's cost.
  const data = readSimpleFrontMatter(yamlText) ?? parseYaml(file, yamlText);
  const parsed = FrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const value = (data as Record<string, unknown>)[key];
    const shown = typeof value === 'string' ? ` "${value}"` : '';
    throw new ArticleError(file, `front matter \`${key}\`${shown} ${issue.message}`, lineOfKey(yamlText, key));
  }
  const unknownKeys = Object.keys(data).filter((k) => !FRONT_MATTER_KEYS.includes(k));
  return { frontMatter: parsed.data, body, unknownKeys };
}

/** The front matter through the YAML parser: a set of keys, or an ArticleError with the line. */
function parseYaml(file: string, yamlText: string): object {
  const doc = parseDocument(yamlText);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 1) + 1; // the front matter starts on line 2
    throw new ArticleError(file, `front matter is not valid YAML (${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`, line);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleError(file, 'front matter must be a set of `key: value` lines', 2);
  }
  return data;
}

/** 1-based line of `key:` in the file (the front matter starts on line 2). */
function lineOfKey(yamlText: string, key: string): number | null {
  const lines = yamlText.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  return at < 0 ? null : at + 2;
}

/** Validate a YYYY-MM-DD date given outside front matter (a CLI flag, a JSONL field). */
export function parsePublished(where: string, value: string): string {
  const parsed = isoDate.safeParse(value);
  if (!parsed.success) throw new ArticleError(where, `published date "${value}" ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}
