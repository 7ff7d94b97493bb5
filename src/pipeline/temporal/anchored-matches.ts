// A finder pattern whose every match holds an anchor word a few words from its start ("the past
// two years" names its unit, "two years ago" its "ago") is tried only at the word starts just
// before each anchor, not at every position of the text: a large alternation with optional
// leading groups costs as much at a position that cannot match as at one that does.
// The matches are those allMatches finds, in the same order.

import { splitLeadingLookbehind } from './leading-lookbehind.ts';
import { allMatches } from './word-pattern.ts';

/** Where a pattern's matches must have their anchor. */
export interface Anchor {
  /** Global regex. Every match of the pattern contains an occurrence of it that a plain exec loop
   * over the text finds, and the occurrence starts at or after the match. */
  readonly pattern: RegExp;
  /** At most this many runs of separators (whitespace and "-") lie between a match's start and its
   * anchor: it bounds how far back from an anchor a match may start. */
  readonly reach: number;
}

// One private copy per pattern, made on first use, so a call neither recompiles a large
// alternation nor moves the caller's lastIndex.
const STICKY = new WeakMap<RegExp, { readonly sticky: RegExp; readonly wordStart: boolean }>();
/** Patterns that open with "(?<![\p{L}\p{N}": no match starts right after a letter or digit. */
const WORD_START = /^\(\?<!\[\\p\{L\}\\p\{N\}/;

/** All matches of the global `regex` in the text, found from the occurrences of its anchor. */
export function anchoredMatches(regex: RegExp, text: string, anchor: Anchor): RegExpExecArray[] {
  return anchoredMatchesAt(regex, text, anchorPositions(anchor.pattern, text), anchor.reach);
}

/** Where `pattern` starts in the text, match by match (non-empty matches, as allMatches finds them). */
export function anchorPositions(pattern: RegExp, text: string): number[] {
  return allMatches(pattern, text).map((a) => a.index);
}

/** anchoredMatches with the anchor's positions found beforehand (several patterns share them). */
export function anchoredMatchesAt(regex: RegExp, text: string, positions: readonly number[], reach: number): RegExpExecArray[] {
  let copy = STICKY.get(regex);
  if (!copy) {
    const wordStart = WORD_START.test(regex.source) && splitLeadingLookbehind(regex) !== null;
    copy = { sticky: new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}y`), wordStart };
    STICKY.set(regex, copy);
  }
  const { sticky, wordStart } = copy;
  const out: RegExpExecArray[] = [];
  // Every position before `next` is settled: inside a match, tried, or too far from any anchor.
  let next = 0;
  for (const at of positions) {
    // Several matches may hang on one anchor's window; each try starts where the last one ended.
    while (at >= next) {
      const from = windowStart(text, at, reach, next);
      const m = firstMatchFrom(sticky, text, from, at, wordStart);
      if (!m) {
        next = at + 1;
        break;
      }
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return out;
}

/** The first position at or after `floor` with at most `reach` separator runs up to `at`. */
function windowStart(text: string, at: number, reach: number, floor: number): number {
  let runs = 0;
  let i = at;
  while (i > floor) {
    // Walking back, a separator whose right neighbour is not one opens a new run.
    if (isSeparator(text.charCodeAt(i - 1)) && (i === at || !isSeparator(text.charCodeAt(i)))) {
      if (runs === reach) return i;
      runs++;
    }
    i--;
  }
  return floor;
}

/** The match starting at the first position in [from, to] where one starts, or null. */
function firstMatchFrom(sticky: RegExp, text: string, from: number, to: number, wordStart: boolean): RegExpExecArray | null {
  for (let p = from; p <= to; p++) {
    const before = p > 0 ? text.charCodeAt(p - 1) : 0;
    if (wordStart && before < 128 && ASCII_LETTER_OR_DIGIT[before] === 1) continue;
    // A global exec never starts inside a surrogate pair in unicode mode, nor does this.
    if (sticky.unicode && before >= 0xd800 && before <= 0xdbff) {
      const here = text.charCodeAt(p);
      if (here >= 0xdc00 && here <= 0xdfff) continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    // An empty match is skipped, as allMatches skips it.
    if (m && m[0].length > 0) return m;
  }
  return null;
}

const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

/** Whitespace (as \s reads it) or a hyphen-minus. */
function isSeparator(code: number): boolean {
  if (code === 0x2d || code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
