// Word helpers shared by the summary rules: content words for comparing sentences, plain word counts
// for the budget (the same letter-or-digit runs the ROUGE scorer counts).
import { STOPWORDS } from './stopwords.ts';

export interface SentenceWords {
  /** Distinct content words, lowercased (no stopwords, nothing under three letters), as the
   * numbers WordNumbers gives them, in the order the sentence first uses them. */
  readonly content: readonly number[];
  /** All words, as the budget counts them. */
  readonly count: number;
}

/** Numbers for one article's content words: sentences then compare by reading arrays, not by
 * hashing the same strings again for every comparison. */
export interface WordNumbers {
  readonly ids: Map<string, number>;
  /** Scratch space: for each word number, the last mark put on it. */
  readonly marks: number[];
  mark: number;
}

export const wordNumbers = (): WordNumbers => ({ ids: new Map(), marks: [], mark: 0 });

/** Both word views of a sentence from one pass over its lowercased text (the scorer lowercases too).
 * A word is a run of letters and digits (\p{L}, \p{N}); ASCII is told by a table, the rest by
 * the regex, which makes this several times faster than matching the whole text with it. */
export function sentenceWords(text: string, numbers: WordNumbers): SentenceWords {
  const lower = text.toLowerCase();
  const content: number[] = [];
  const { ids, marks } = numbers;
  const mark = ++numbers.mark;
  let count = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    let width = 1;
    let inWord: boolean;
    if (code < 128) inWord = ASCII_WORD[code] === 1;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1))) {
      width = 2;
      WORD_CHARACTER.lastIndex = i;
      inWord = WORD_CHARACTER.test(lower);
    } else inWord = isWordCharacter(code);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      count++;
      if (i - start > 2) {
        const w = lower.slice(start, i);
        if (!STOPWORDS.has(w)) {
          let id = ids.get(w);
          if (id === undefined) {
            id = ids.size;
            ids.set(w, id);
            marks.push(0);
          }
          if (marks[id] !== mark) {
            marks[id] = mark;
            content.push(id);
          }
        }
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

/** Whether a character of the Basic Multilingual Plane is a letter or digit, asked of the regex
 * once per character and remembered (curly quotes and dashes recur in every sentence). */
const BMP_WORD = new Uint8Array(0x10000);
function isWordCharacter(code: number): boolean {
  let known = BMP_WORD[code];
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD[code] = known;
  }
  return known === 1;
}

/** How many of `sentences` use each word number (each sentence counted once). */
export function documentFrequency(sentences: readonly (readonly number[])[], numbers: WordNumbers): Int32Array {
  const frequency = new Int32Array(numbers.ids.size);
  for (const words of sentences) for (const w of words) frequency[w]!++;
  return frequency;
}

/** Share of the smaller sentence's content words that the other uses too. */
export function overlap(a: readonly number[], b: readonly number[], numbers: WordNumbers): number {
  const small = a.length < b.length ? a : b;
  const big = a.length < b.length ? b : a;
  if (small.length === 0) return 0;
  const mark = ++numbers.mark;
  for (const w of big) numbers.marks[w] = mark;
  let shared = 0;
  for (const w of small) if (numbers.marks[w] === mark) shared++;
  return shared / small.length;
}
