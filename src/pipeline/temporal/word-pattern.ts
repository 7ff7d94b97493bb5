// Regex helpers. Every finder pattern is a flat alternation of words bounded by non-word
// characters: no nested quantifiers, so matching stays linear in the text length.

import { NUMBER_WORDS } from './constants.ts';

/** Escape a word for use inside a regex source. */
export function escapeWord(word: string): string {
  // A space in a listed phrase matches spaces and tabs, never a line break.
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\n]+');
}

/** An alternation of words, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
}

/** A global, case-insensitive regex whose match starts and ends at word boundaries. */
export function wordRegex(source: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/** All matches of a global regex, as an array (the regex is cloned, the caller's is untouched). */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(regex.source, regex.flags);
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
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
