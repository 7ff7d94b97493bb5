// The edges of an event phrase, read by scanning the text rather than by matching a copy of it:
// the punctuation before and after it ("—, made the call in" -> "made the call"), the closing
// prepositions ("made the call in the" -> "made the call"), and its first words.
import { TRAILING_PREPOSITIONS } from './constants.ts';

/** Where the `limit`-th word (run of non-space characters) of text[start, end) ends, if more
 * words follow it; else `end`. */
export function afterWords(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i === end) break;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    if (++count === limit) {
      let next = i;
      while (next < end && isSpace(text.charCodeAt(next))) next++;
      return next < end ? i : end;
    }
  }
  return end;
}

/** Length of the spaces and punctuation (\s, \p{P}) that open text[start, end). */
export function leadingPunctuation(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (SPACE_OR_PUNCTUATION_ASCII[code] !== 1) break;
      i++;
      continue;
    }
    const pair = isHighSurrogate(code) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1));
    const to = pair ? i + 2 : i + 1;
    if (!SPACE_OR_PUNCTUATION.test(text.slice(i, to))) break;
    i = to;
  }
  return i - start;
}

/** Length of the closing prepositions of text[start, end) with the spaces around them: "made it in the " -> " in the ". */
export function trailingPrepositions(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  let tail = end;
  while (i > start) {
    let j = i;
    while (j > start && !isSpace(text.charCodeAt(j - 1))) j--;
    // A preposition needs a space before it, inside the range.
    if (j === start || i - j > LONGEST_PREPOSITION || !TRAILING_PREPOSITIONS.has(asciiLower(text.slice(j, i)))) break;
    while (j > start && isSpace(text.charCodeAt(j - 1))) j--;
    tail = j;
    i = j;
  }
  return end - tail;
}

/** Length of the spaces and punctuation (\s, \p{P}) that end text[start, end). */
export function trailingPunctuation(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const code = text.charCodeAt(i - 1);
    if (code < 128) {
      if (SPACE_OR_PUNCTUATION_ASCII[code] !== 1) break;
      i--;
      continue;
    }
    const pair = code >= 0xdc00 && code <= 0xdfff && i - 2 >= start && isHighSurrogate(text.charCodeAt(i - 2));
    const from = pair ? i - 2 : i - 1;
    if (!SPACE_OR_PUNCTUATION.test(text.slice(from, i))) break;
    i = from;
  }
  return end - i;
}

/** Words (runs of non-space characters) in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const SPACE_OR_PUNCTUATION_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (SPACE_OR_PUNCTUATION.test(String.fromCharCode(c)) ? 1 : 0));
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whitespace as \s reads it. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Lower-cased if ASCII (as a regex with the i flag and no u flag compares it), else unchanged. */
function asciiLower(word: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return word;
  return word.toLowerCase();
}

const LONGEST_PREPOSITION = Math.max(...[...TRAILING_PREPOSITIONS].map((w) => w.length));
