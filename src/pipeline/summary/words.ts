// Word helpers shared by the summary rules: content words for comparing sentences, plain word counts
// for the budget (the same letter-or-digit runs the ROUGE scorer counts).
import { STOPWORDS } from './stopwords.ts';

export interface SentenceWords {
  /** Distinct content words, lowercased: no stopwords, nothing under three letters. */
  readonly content: ReadonlySet<string>;
  /** All words, as the budget counts them. */
  readonly count: number;
}

/** Both word views of a sentence from one pass over its lowercased text (the scorer lowercases too).
 * A word is a run of letters and digits (\p{L}, \p{N}); ASCII is told by a table, the rest by
 * the regex, which makes this several times faster than matching the whole text with it. */
export function sentenceWords(text: string): SentenceWords {
  const lower = text.toLowerCase();
  const content = new Set<string>();
  let count = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    let width = 1;
    let inWord: boolean;
    if (code < 128) inWord = ASCII_WORD[code] === 1;
    else {
      width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1)) ? 2 : 1;
      WORD_CHARACTER.lastIndex = i;
      inWord = WORD_CHARACTER.test(lower);
    }
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      count++;
      if (i - start > 2) {
        const w = lower.slice(start, i);
        if (!STOPWORDS.has(w)) content.add(w);
      }
      start = -1;
    }
    i += width;
  }
  return { content, count };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/uy;
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0));
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

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
