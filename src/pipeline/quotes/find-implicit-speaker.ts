// Speakers named without a speech verb we know, found by position. The quotes stage keeps one
// only when it names a known person, organisation or source (or is "he"/"she"):
// colon    The swing did not surprise pollster Nadia Petrov: “History shows it.”
// after    “Not again,” Okafor shot back with a grin.
// signed   “We will be back next year.” ― Ada Okafor
import type { Span } from '../types.ts';
import { findLeftPhrase } from './find-speaker-phrase.ts';

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** The phrase before a colon that introduces the quote opening at `open`. */
export function findColonSpeaker(text: string, from: number, open: number): Span | null {
  const before = text.slice(from, open);
  const m = /:\s*$/.exec(before);
  if (!m) return null;
  const phrase = findLeftPhrase(text, from, from + m.index);
  return phrase && trimToName(phrase);
}

/** "surprise pollster Nadia Petrov" -> "pollster Nadia Petrov": from the first capital or role word. */
function trimToName(phrase: Span): Span | null {
  const m = /(?:^|\s)((?:(?:[\p{Ll}-]+ )?\p{Lu}|(?:the|a|an) ).*)$/u.exec(phrase.text);
  if (!m || m[1] === undefined) return null;
  const start = phrase.start + phrase.text.length - m[1].length;
  return { start, end: phrase.end, text: m[1] };
}

/** A name or pronoun written right after the quote's close and followed by a lower-case word. */
export function findNameAfter(text: string, close: number, to: number): Span | null {
  const m = /^,?\s*((?:he|she|(?:\p{Lu}[\p{L}\p{M}.'’-]*)(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}))\s+\p{Ll}/u.exec(text.slice(close, Math.min(to, close + 80)));
  if (!m || m[1] === undefined) return null;
  const start = close + m[0].indexOf(m[1]);
  return span(text, start, start + m[1].length);
}

/** A name signed after a dash that ends the paragraph: “We will be back.” ― Ada N. Okafor */
export function findSignature(text: string, close: number): Span | null {
  const m = /^[^\S\n]*[―—–][^\S\n]*(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4})[^\S\n]*\.?[^\S\n]*(?:\n|$)/u.exec(text.slice(close, close + 80));
  if (!m || m[1] === undefined) return null;
  const start = close + m[0].indexOf(m[1]);
  const name = m[1].replace(/\.$/, '');
  return span(text, start, start + name.length);
}
