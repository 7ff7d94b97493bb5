// The clauses of a sentence: stretches between clause punctuation. A temporal expression's own
// commas ("March 1, 2008") do not break its clause.
import type { Sentence, Span } from '../types.ts';
import { CLAUSE_PUNCTUATION } from './constants.ts';

export interface Clause {
  readonly start: number;
  readonly end: number;
}

/** The clauses of `sentence`, in order, with the span `keep` never cut. */
export function splitClauses(text: string, sentence: Sentence, keep: Span): Clause[] {
  const out: Clause[] = [];
  let start = sentence.start;
  const re = new RegExp(CLAUSE_PUNCTUATION.source, 'gu');
  const body = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = sentence.start + m.index;
    if (at >= keep.start && at < keep.end) continue;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out;
}

/** Index of the clause that holds `offset` (the last one starting at or before it). */
export function clauseIndexAt(clauses: readonly Clause[], offset: number): number {
  let found = 0;
  clauses.forEach((c, i) => {
    if (c.start <= offset) found = i;
  });
  return found;
}
