// A finder whose every match contains one of a few words skips its large regex on a text that
// has none of them: one substring search instead of trying the pattern at every position.
import type { TemporalContext } from './candidate.ts';

/** Whether the text may hold a match that contains one of `hints` (lower-case ASCII words). */
export function mentionsAny(context: TemporalContext, hints: readonly string[]): boolean {
  return hints.some((hint) => context.folded.includes(hint));
}

/** The text as mentionsAny searches it: lower-cased, and "ſ" as "s" (case-insensitive regexes
 * read it so; lower-casing keeps it). The Kelvin sign, the other non-ASCII letter they read as
 * ASCII, lower-cases to "k". */
export function foldForHints(text: string): string {
  return text.toLowerCase().replace(/ſ/g, 's');
}

/** For each phrase, its longest word: a word every mention of the phrase contains. */
export function longestWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
}
