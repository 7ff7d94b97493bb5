// `briefings extract FILE [--published YYYY-MM-DD]` prints one article's extraction as JSON;
// `briefings extract --jsonl < in.jsonl > out.jsonl` reads {"id","text","published"} lines.
// Stdout carries only data; messages go to stderr; bad input exits non-zero.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { ArticleError } from '../src/content/article-error.ts';
import { parseArticle } from '../src/content/parse-article.ts';
import { parsePublished } from '../src/content/front-matter.ts';
import { extractBriefing } from '../src/pipeline/extract-briefing.ts';
import { toEvalRecord } from '../src/export/eval-record.ts';

const USAGE = `usage: briefings extract FILE [--published YYYY-MM-DD]
       briefings extract --jsonl < in.jsonl > out.jsonl`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'extract') return fail(USAGE);
  const published = optionValue(rest, '--published');
  const files = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--published');
  if (rest.includes('--jsonl')) return extractJsonl(published === undefined ? undefined : published);
  if (files.length !== 1) return fail(USAGE);
  return extractFile(files[0]!, published);
}

function extractFile(file: string, published: string | undefined): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'unknown error'})`}`);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${file}: is not valid UTF-8 text; save it as UTF-8`);
  }
  try {
    const article = parseArticle(file, basename(file), source);
    const date = published === undefined ? article.published : parsePublished(file, published);
    if (date === null) process.stderr.write(`warning: ${file}: no published date, so relative dates stay unresolved\n`);
    const record = toEvalRecord(article.slug, extractBriefing(article.body, { published: date }));
    process.stdout.write(`${JSON.stringify({ ...record, title: article.title, published: date }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ArticleError) return fail(error.message);
    throw error;
  }
}

async function extractJsonl(published: string | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const where = `stdin:${lineNo}`;
    try {
      const input = parseLine(where, line);
      const date = published !== undefined ? parsePublished('--published', published) : input.published;
      process.stdout.write(`${JSON.stringify(toEvalRecord(input.id, extractBriefing(input.text, { published: date })))}\n`);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

interface InputLine {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

function parseLine(where: string, line: string): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ArticleError('stdin', 'is not a JSON object', Number(where.split(':')[1]));
  }
  const lineNo = Number(where.split(':')[1]);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ArticleError('stdin', 'expected a JSON object {"id","text","published"}', lineNo);
  const { id, text, published } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new ArticleError('stdin', 'expected "id" to be a string', lineNo);
  if (typeof text !== 'string') throw new ArticleError('stdin', 'expected "text" to be a string', lineNo);
  if (published !== undefined && published !== null && typeof published !== 'string') throw new ArticleError('stdin', 'expected "published" to be YYYY-MM-DD or null', lineNo);
  const date = typeof published === 'string' ? parsePublished(`stdin:${lineNo}`, published.slice(0, 10)) : null;
  return { id: String(id), text, published: date };
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1] ?? '';
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function fail(message: string): number {
  process.stderr.write(`error: ${message}\n`);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
