// Word helpers shared by the summary rules: content words for comparing sentences, plain word counts
// for the budget (the same letter-or-digit runs the ROUGE scorer counts).
import { STOPWORDS } from './stopwords.ts';

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Share of the shorter list's words that the other list has too. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const small = new Set(a.length < b.length ? a : b);
  const big = new Set(a.length < b.length ? b : a);
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size;
}
