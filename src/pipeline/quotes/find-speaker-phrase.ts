// The noun phrase naming a speaker, read from a cue outwards:
// left   "... that on the phone call, Mr Musk said"  -> "Mr Musk"
// right  "..., said Mr Kahl in an interview."        -> "Mr Kahl"
// A phrase stops at punctuation, at a clause word ("that", "and", "was") or after eight words.
import type { Span } from '../types.ts';
import { RELATIVE_PRONOUNS, SPEAKER_BOUNDARIES, SPEAKER_PRONOUNS, SPEAKER_RIGHT_BOUNDARIES } from './lexicon.ts';

/** Words that open an adverbial between "who" and its verb: "who in 2010 said". */
const RELATIVE_ADVERBIAL: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'this', 'that']);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/gu;
const MAX_WORDS = 8;

interface W {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Characters around a cue that can hold its speaker phrase (eight words, an apposition, a label). */
const PHRASE_WINDOW = 400;

/** The words of text[from, to), the first `limit` of them at most (a right phrase reads eight). */
function wordsIn(text: string, from: number, to: number, limit = Infinity): W[] {
  const slice = text.slice(from, to);
  const out: W[] = [];
  WORD.lastIndex = 0;
  for (let m = out.length < limit ? WORD.exec(slice) : null; m; m = out.length < limit ? WORD.exec(slice) : null) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A left phrase reads the last ten words at most: they are looked for in the last characters first. */
const LEFT_WORDS = MAX_WORDS + 2;
const TAIL = 120;

/**
 * The words of text[from, to), or only its last ones when the tail holds at least LEFT_WORDS.
 * A word holds no space, so the words that start after a space are those a search from `from`
 * finds there too: "... the under-secretary of defence for policy at the Pentagon, Colin Kahl".
 */
function lastWordsIn(text: string, from: number, to: number): W[] {
  const space = to - from > TAIL ? text.indexOf(' ', to - TAIL) : -1;
  if (space >= 0 && space < to) {
    const tail = wordsIn(text, space + 1, to);
    if (tail.length >= LEFT_WORDS) return tail;
  }
  return wordsIn(text, from, to);
}

/** Whether the text between two words keeps them in one phrase ("Mr. Musk", "Mr Kahl’s"). */
const joined = (gap: string): boolean => /^[\s]+$/.test(gap) && !gap.includes('\n');

/**
 * The phrase that ends at `to` (just before a cue), looking back no further than `from`. A party
 * label or an apposition between the name and the cue goes with the phrase:
 * "Sen. Ada Brennan (R-Ohio) told", "her senior policy adviser, Jacob Nair, said".
 */
export function findLeftPhrase(text: string, wideFrom: number, to: number): Span | null {
  // A speaker phrase is a few words: looking further back than a short stretch only costs time
  // (and made long quote-dense texts quadratic).
  const from = Math.max(wideFrom, to - PHRASE_WINDOW);
  const before = text.slice(from, to);
  // (a comma may follow the label: "Gov. Ada Okafor (D-Kent), said")
  const label = /\s*\([^()\n]{1,24}\),?\s*$/.exec(before);
  if (label) {
    const phrase = findPlainLeftPhrase(text, from, from + label.index);
    const end = from + before.trimEnd().replace(/,$/, '').length;
    return phrase && { start: phrase.start, end, text: text.slice(phrase.start, end) };
  }
  // "Healy, who chairs the harbour board of the county, said": a relative clause may run longer.
  const apposition = /, ([^,()\n]{2,80}|(?:who|which) [^,()\n]{2,160}),\s*$/u.exec(before);
  if (apposition) {
    const phrase = findPlainLeftPhrase(text, from, from + apposition.index);
    const end = from + apposition.index + 2 + (apposition[1] ?? '').length;
    if (phrase) return { start: phrase.start, end, text: text.slice(phrase.start, end) };
  }
  return findPlainLeftPhrase(text, from, to);
}

function findPlainLeftPhrase(text: string, from: number, to: number): Span | null {
  const words = lastWordsIn(text, from, to);
  if (words.length === 0) return null;
  const lastWord = words[words.length - 1]!;
  if (!/^\s*$/.test(text.slice(lastWord.end, to))) return null;
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_WORDS; i--) {
    const w = words[i]!;
    // "Okafor and Healy said": two speakers, and the quote is neither's alone.
    const before = words[i - 1];
    const after = words[i + 1];
    if (/^(?:and|or)$/.test(w.text) && before && after && /^\p{Lu}/u.test(after.text) && /^\p{Lu}/u.test(before.text) && joined(text.slice(before.end, w.start))) return null;
    if (SPEAKER_BOUNDARIES.has(w.text.toLowerCase())) break;
    if (i < words.length - 1 && !joined(text.slice(w.end, words[i + 1]!.start))) break;
    first = i;
  }
  if (first === words.length) return null;
  // "Okafor, who said", "the spymaster who in 1990 wrote": the relative pronoun is the subject;
  // in "Healy, who Okafor called" the subject comes after it.
  for (let i = words.length - 1; i >= first; i--) {
    const w = words[i]!;
    if (!RELATIVE_PRONOUNS.has(w.text.toLowerCase())) continue;
    const after = words.slice(i + 1);
    if (after.length === 0 || (after.length <= 3 && RELATIVE_ADVERBIAL.has(after[0]!.text))) return { start: w.start, end: w.end, text: w.text };
    if (/^\p{Lu}/u.test(after[0]!.text) || SPEAKER_PRONOUNS.has(after[0]!.text)) return { start: after[0]!.start, end: lastWord.end, text: text.slice(after[0]!.start, lastWord.end) };
    break;
  }
  // "In an interview on Monday he said": a pronoun ends the phrase it opens.
  if (words.length - first > 1 && SPEAKER_PRONOUNS.get(lastWord.text) !== undefined && lastWord.text !== 'it') {
    return { start: lastWord.start, end: lastWord.end, text: lastWord.text };
  }
  // Eight words without a stop is a clause, not a name.
  if (first > 0 && words.length - first >= MAX_WORDS) return null;
  const start = words[first]!.start;
  const end = lastWord.end;
  return { start, end, text: text.slice(start, end) };
}

/** The phrase that starts at `from` (just after a cue), looking no further than `to`. */
export function findRightPhrase(text: string, from: number, wideTo: number): Span | null {
  const to = Math.min(wideTo, from + PHRASE_WINDOW);
  const words = wordsIn(text, from, to, MAX_WORDS);
  const firstWord = words[0];
  if (!firstWord || !/^\s*$/.test(text.slice(from, firstWord.start))) return null;
  let last = -1;
  for (let i = 0; i < words.length && i < MAX_WORDS; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    if (i > 0 && (SPEAKER_RIGHT_BOUNDARIES.has(lower) || SPEAKER_BOUNDARIES.has(lower))) break;
    if (i > 0 && !joined(text.slice(words[i - 1]!.end, w.start))) break;
    last = i;
  }
  if (last < 0) return null;
  const start = firstWord.start;
  const end = words[last]!.end;
  const span = text.slice(start, end).replace(/\.$/, '');
  return { start, end: start + span.length, text: span };
}
