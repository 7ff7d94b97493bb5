// YAML files written by editors, validated with a schema; a problem is reported as
// `file:line: what was expected`, the line found from the YAML node the schema complains about.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ArticleError } from '../content/article-error.ts';

/**
 * Parse and validate `source` (the file's text). `firstLine` is the file line the YAML starts
 * on (2 for front matter). Throws ArticleError.
 */
export function parseYamlFile<T extends z.ZodType>(file: string, source: string, schema: T, firstLine = 1): z.infer<T> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    throw new ArticleError(file, `is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`, line);
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  // An unknown key is reported at the key itself, as the typo it most likely is.
  const path = [...issue.path, ...(unknown === undefined ? [] : [unknown])].map((p) => (typeof p === 'symbol' ? String(p) : p));
  // The deepest node of the path that exists: a missing key is reported on its parent.
  let line: number | null = null;
  for (let depth = path.length; depth >= 0 && line === null; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line + firstLine - 1;
  }
  const where = path.length ? `\`${path.join('.')}\`` : 'the file';
  throw new ArticleError(file, `${where}: ${unknown === undefined ? issue.message : 'unknown key (a typo?)'}`, line);
}
