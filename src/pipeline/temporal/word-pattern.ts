// Regex helpers. Every finder pattern is a flat alternation of words bounded by non-word
// characters: no nested quantifiers, so matching stays linear in the text length.

import { NUMBER_WORDS } from './constants.ts';
import { type LeadingLookbehind, splitLeadingLookbehind } from './leading-lookbehind.ts';

/** Escape a word for use inside a regex source. */
export function escapeWord(word: string): string {
  // A space in a listed phrase matches spaces and tabs, never a line break.
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\n]+');
}

/** An alternation of words, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
}

/** "march" -> "March": finder patterns that read only capitalised names ("May", not "may"). */
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A global, case-insensitive regex whose match starts and ends at word boundaries. */
export function wordRegex(source: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

// One private copy per finder regex, made on first use, so a call neither recompiles the large
// alternations nor moves the caller's lastIndex.
const PRIVATE_COPIES = new WeakMap<RegExp, LeadingLookbehind | RegExp>();

/** All matches of a global regex, as an array (a private copy runs, the caller's is untouched). */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  let copy = PRIVATE_COPIES.get(regex);
  if (!copy) {
    copy = splitLeadingLookbehind(regex) ?? new RegExp(regex.source, regex.flags);
    PRIVATE_COPIES.set(regex, copy);
  }
  return copy instanceof RegExp ? matchesOf(copy, text) : guardedMatchesOf(copy, text);
}

function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

/** The matches the whole pattern finds: where the guard fails, the search resumes one character on. */
function guardedMatchesOf({ body, guard }: LeadingLookbehind, text: string): RegExpExecArray[] {
  body.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = body.exec(text); m; m = body.exec(text)) {
    guard.lastIndex = m.index;
    if (!guard.test(text)) body.lastIndex = m.index + codeUnitsAt(text, m.index, body.unicode);
    else if (m[0].length === 0) body.lastIndex++;
    else out.push(m);
  }
  return out;
}

/** Length of the character at `index`: a surrogate pair counts as one in unicode mode. */
function codeUnitsAt(text: string, index: number, unicode: boolean): number {
  return unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** Parse a number written in digits or words ("15", "fifteen", "twenty-four"); null if not one. */
export function parseNumber(word: string, numbers: ReadonlyMap<string, number>): number | null {
  const clean = word.toLowerCase().replace(/,/g, '').replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  const direct = numbers.get(clean);
  if (direct !== undefined) return direct;
  const parts = clean.split(/[-\s]/);
  if (parts.length === 2) {
    const tens = numbers.get(parts[0] ?? '');
    const ones = numbers.get(parts[1] ?? '');
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return null;
}

/** Numbers in words: "three", "a dozen", "twenty-four" (parse them with parseNumber). */
export const NUMBER_PATTERN = `${alternation(NUMBER_WORDS.keys())}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)`;
