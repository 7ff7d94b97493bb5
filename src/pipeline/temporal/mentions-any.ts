// A finder whose every match contains one of a few words skips its large regex on a text that
// has none of them: one substring search instead of trying the pattern at every position.
// Most hints are absent from most texts, and a substring search for an absent word reads the
// whole text; a table of the text's three-letter sequences rules most of them out at once.
import type { TemporalContext } from './candidate.ts';

/** The text as mentionsAny searches it. */
export interface FoldedText {
  /** Lower-cased, and "ſ" as "s" (case-insensitive regexes read it so; lower-casing keeps it).
   * The Kelvin sign, the other non-ASCII letter they read as ASCII, lower-cases to "k". */
  readonly text: string;
  /** Which sequences of three hint characters occur in `text`: one bit per trigramKey. */
  readonly trigrams: Uint32Array;
}

/** Whether the text may hold a match that contains one of `hints` (lower-case ASCII words). */
export function mentionsAny(context: Pick<TemporalContext, 'folded'>, hints: readonly string[]): boolean {
  return hints.some((hint) => mayContain(context.folded, hint) && context.folded.text.includes(hint));
}

export function foldForHints(text: string): FoldedText {
  const lower = text.toLowerCase();
  const folded = lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
  const trigrams = new Uint32Array(Math.ceil(SIZE ** 3 / 32));
  // Rolling key of the last three characters; a character outside the alphabet restarts it.
  let key = 0;
  let run = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const c = code < 128 ? LETTER_CODES[code]! : 0;
    if (c === 0) {
      run = 0;
      continue;
    }
    key = (key * SIZE + c) % (SIZE * SIZE * SIZE);
    if (++run >= 3) trigrams[key >>> 5]! |= 1 << (key & 31);
  }
  return { text: folded, trigrams };
}

/** False only when some three characters of `hint` never occur together in the text. */
function mayContain(folded: FoldedText, hint: string): boolean {
  for (let i = 0; i + 2 < hint.length; i++) {
    const a = letterCode(hint.charCodeAt(i));
    const b = letterCode(hint.charCodeAt(i + 1));
    const c = letterCode(hint.charCodeAt(i + 2));
    if (a === 0 || b === 0 || c === 0) continue;
    const key = trigramKey(a, b, c);
    if (((folded.trigrams[key >>> 5]! >>> (key & 31)) & 1) === 0) return false;
  }
  return true;
}

/** a-z, 0-9, "-" and "'" as 1..38; anything else 0 (never ruled out). */
const SIZE = 39;
function letterCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  if (code === 45) return 37;
  if (code === 39) return 38;
  return 0;
}

const LETTER_CODES = Uint8Array.from({ length: 128 }, (_, code) => letterCode(code));

function trigramKey(a: number, b: number, c: number): number {
  return (a * SIZE + b) * SIZE + c;
}

/** For each phrase, its longest word: a word every mention of the phrase contains. */
export function longestWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
}
