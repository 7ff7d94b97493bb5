// Word helpers shared by the summary rules: content words for comparing sentences, plain word counts
// for the budget (the same letter-or-digit runs the ROUGE scorer counts).
import { STOPWORDS } from './stopwords.ts';

export interface SentenceWords {
  /** Distinct content words, lowercased: no stopwords, nothing under three letters. */
  readonly content: ReadonlySet<string>;
  /** All words, as the budget counts them. */
  readonly count: number;
}

/** Both word views of a sentence from one pass over its lowercased text (the scorer lowercases too). */
export function sentenceWords(text: string): SentenceWords {
  const all = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = new Set<string>();
  for (const w of all) if (w.length > 2 && !STOPWORDS.has(w)) content.add(w);
  return { content, count: all.length };
}

/** How many of `sentences` use each word (each sentence counted once). */
export function documentFrequency(sentences: readonly ReadonlySet<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const words of sentences) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return frequency;
}

/** Share of the smaller set's words that the other set has too. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = a.size < b.size ? a : b;
  const big = a.size < b.size ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size;
}
