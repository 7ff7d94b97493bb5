// Speakers named without a speech verb we know, found by position. The quotes stage keeps one
// only when it names a known person, organisation or source (or is "he"/"she"):
// colon    The swing did not surprise pollster Nadia Petrov: “History shows it.”
// after    “Not again,” Okafor shot back with a grin.
// subject  Okafor criticised the plan, calling it “a costly mistake”
// signed   “We will be back next year.” ― Ada Okafor
import type { Span } from '../types.ts';
import { findLeftPhrase } from './find-speaker-phrase.ts';
import { OPENING_WORDS, SPEAKER_PRONOUNS } from './lexicon.ts';
import { CAPITALISED_FUNCTION_WORDS } from '../people/lexicon.ts';

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

/**
 * The sentence's opening noun phrase, after an opening adverbial if there is one:
 * "At the rally on Monday, Okafor called the plan “a costly mistake”" -> "Okafor".
 */
export function findSubject(text: string, sentenceStart: number, to: number): Span | null {
  const adverbial = OPENING_ADVERBIAL.exec(text.slice(sentenceStart, Math.min(to, sentenceStart + 90)));
  return findOpeningSubject(text, sentenceStart + (adverbial ? adverbial[0].length : 0), to);
}

// "In July, ", "At a rally in Ohio on Monday, ", "Speaking to reporters, ": no verb of its own before the comma.
const OPENING_ADVERBIAL = new RegExp(String.raw`^[“"‘]?(?:${OPENING_WORDS.join('|')})\b[^,.;:!?\n“”"]{1,70}, `);

const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'that', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Capitalised words, or "he"/"she", opening the text at `sentenceStart`, up to the first lower-case word. */
function findOpeningSubject(text: string, sentenceStart: number, to: number): Span | null {
  const m = /^(?:[“"‘]?)((?:he|she|He|She)|(?:(?:The |the )?\p{Lu}[\p{L}\p{M}.'’-]*)(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4})\s+\p{Ll}/u.exec(text.slice(sentenceStart, to));
  if (!m || m[1] === undefined) return null;
  let start = sentenceStart + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const first = (m[1].split(' ')[0] ?? '').toLowerCase();
  // "Both Okafor and Healy ...": a list, not one speaker.
  if (first === 'both') return null;
  // "But Okafor's plan ...", "When Okafor later said ...": the name follows the opening word.
  if (!SUBJECT_DETERMINERS.has(first) && !SPEAKER_PRONOUNS.has(first) && CAPITALISED_FUNCTION_WORDS.has(first)) {
    if (!m[1].includes(' ')) return null;
    start += first.length + 1;
  }
  return span(text, start, end);
}

/** A name signed after a dash that ends the paragraph: “We will be back.” ― Ada N. Okafor */
export function findSignature(text: string, close: number): Span | null {
  const m = /^[^\S\n]*[―—–][^\S\n]*(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4})[^\S\n]*\.?[^\S\n]*(?:\n|$)/u.exec(text.slice(close, close + 80));
  if (!m || m[1] === undefined) return null;
  const start = close + m[0].indexOf(m[1]);
  const name = m[1].replace(/\.$/, '');
  return span(text, start, start + name.length);
}
