// The clauses of a sentence: stretches between clause punctuation. Computed once per sentence;
// a temporal expression's own commas ("March 1, 2008") are bridged by `clausesAround`.
import type { Sentence, Span } from '../types.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import { CLAUSE_PUNCTUATION } from './constants.ts';

export interface Clause {
  readonly start: number;
  readonly end: number;
}

/** The clauses of `sentence`, in order. */
export function splitClauses(text: string, sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let start = sentence.start;
  const re = new RegExp(CLAUSE_PUNCTUATION.source, 'gu');
  const body = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = sentence.start + m.index;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out;
}

/** The first and last index of the clauses `span` touches (binary search: clauses are sorted). */
export function clausesAround(clauses: readonly Clause[], span: Span): { first: number; last: number } {
  const first = sentenceAt(clauses, span.start);
  const last = Math.max(first, sentenceAt(clauses, span.end - 1));
  return { first, last };
}
