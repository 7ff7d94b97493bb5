// Words with their offsets: letters and digits joined by inner hyphens and apostrophes
// ("Jean-Pierre", "O'Gorman", "doesn’t"), or a dotted initialism ("U.S."). Punctuation is not a word.
// A hand-written scan of what the regex WORD matches, as it runs over every character of every
// article; test/pipeline/people/tokenize-words.test.ts checks the two agree.
import type { Span } from '../types.ts';

export interface Word extends Span {
  /** 0-based paragraph: a word run never crosses a line break. */
  readonly paragraph: number;
}

/** The definition the scan below follows. */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const NOT_SPACE = /\S/;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
// Plain ASCII: 0 for what is not a word character, 1 for letters and digits.
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

/** Every word of the text, in order. */
export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  // Paragraphs are numbered as the sentence splitter numbers them: non-blank lines. Only the
  // line breaks are visited: a line holding a word, or any other non-space, is not blank.
  let paragraph = 0;
  let lineStart = 0;
  let lineHasWord = false;
  let newline = text.indexOf('\n');
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Spaces and punctuation, most of what lies between words, are passed over by their code.
    const code = text.charCodeAt(i);
    if (code < 128 && ASCII_CLASS[code] === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, n);
    if (end < 0) {
      i += codePointLength(text, i);
      continue;
    }
    while (newline >= 0 && newline < i) {
      if (lineHasWord || NOT_SPACE.test(text.slice(lineStart, newline))) paragraph++;
      lineHasWord = false;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    lineHasWord = true;
    words.push({ start: i, end, text: text.slice(i, end), paragraph });
    i = end;
  }
  return words;
}

/** Where the word starting at `i` ends, or -1 if none starts there. */
function wordEnd(text: string, i: number, n: number): number {
  // "U.S.": two or more capitals, each with its full stop.
  let j = i;
  let initials = 0;
  while (j < n && isUpperAt(text, j)) {
    const after = j + codePointLength(text, j);
    if (text.charCodeAt(after) !== 46) break;
    j = after + 1;
    initials++;
  }
  if (initials >= 2) return j;
  if (!isWordCharAt(text, i)) return -1;
  j = skipWordChars(text, i, n);
  // "Jean-Pierre", "doesn’t": a hyphen or apostrophe joins two runs of letters.
  while (j < n) {
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < n && isWordCharAt(text, j + 1)) j = skipWordChars(text, j + 1, n);
    else break;
  }
  return j;
}

function skipWordChars(text: string, i: number, n: number): number {
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (ASCII_CLASS[c] === 0) return j;
      j++;
    } else if (isWordCharAt(text, j)) j += codePointLength(text, j);
    else return j;
  }
  return j;
}

function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] !== 0;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** 2 for a surrogate pair, else 1. */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** "Musk’s" -> "Musk": the possessive is not part of the name. */
export function stripPossessive(word: Word): Word {
  // Only a word ending in "s" or an apostrophe can carry one.
  const end = word.text.charCodeAt(word.text.length - 1);
  if (end !== 115 && end !== 39 && end !== 0x2019) return word;
  const m = /['’]s$|(?<=s)['’]$/u.exec(word.text);
  if (!m || m.index === 0) return word;
  return { ...word, end: word.start + m.index, text: word.text.slice(0, m.index) };
}
