// A finder whose every match contains one of a few words skips its large regex on a text that
// has none of them: one substring search instead of trying the pattern at every position.
import type { TemporalContext } from './candidate.ts';

/** Whether the text may hold a match that contains one of `hints` (lower-case ASCII words). */
export function mentionsAny(context: TemporalContext, hints: readonly string[]): boolean {
  // Case-insensitive regexes also match "ſ" for "s", which lower-casing keeps: no skipping then.
  // (The Kelvin sign, the other non-ASCII letter folding to ASCII, lower-cases to "k".)
  if (context.folded.includes('\u017f')) return true;
  return hints.some((hint) => context.folded.includes(hint));
}

/** For each phrase, its longest word: a word every mention of the phrase contains. */
export function longestWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
}
