// Word helpers shared by the summary rules: content words for comparing sentences, plain word counts
// for the budget (the same letter-or-digit runs the ROUGE scorer counts).
import { STOPWORDS } from './stopwords.ts';

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** How many of `sentences` use each word (each sentence counted once). */
export function documentFrequency(sentences: readonly ReadonlySet<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const words of sentences) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return frequency;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
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
