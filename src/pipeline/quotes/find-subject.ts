// The sentence's subject, for a fragment with no speech verb we read, or a quote after a
// participle. The quotes stage keeps it only when it names someone the text knows.
//   At the rally on Monday, Okafor dismissed the plan as “a costly mistake”  -> "Okafor"
//   Labour front-runner Ada Okafor defended the plan as “fair”              -> "Labour front-runner Ada Okafor"
//   Sen. Ada Okafor (D-Kent) on Monday called it “a disgrace”               -> "Sen. Ada Okafor (D-Kent)"
//   Ada Okafor, who chairs the board, likened the plan to “a raid”         -> "Ada Okafor"
//   Another critic, Colm Healy, likened the plan to “a raid”               -> "Colm Healy"
import type { Span } from '../types.ts';
import { CAPITALISED_FUNCTION_WORDS } from '../people/lexicon.ts';
import { OPENING_WORDS, SPEAKER_BOUNDARIES, SPEAKER_PRONOUNS, SPEAKER_RIGHT_BOUNDARIES, VERB_FORMS } from './lexicon.ts';

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Characters after the sentence's start that can hold its subject and the verb after it. */
const SUBJECT_WINDOW = 260;
const MAX_PREMODIFIERS = 4;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*`;
const LABEL = String.raw`(?:\s*\([^()\n]{1,24}\))?`;
const APPOSITION = String.raw`(?:,\s[^,;:.\n“”"]{1,150},)?`;
// A name after k words of description, a party label, an apposition, then a lower-case word.
const NAMED = Array.from({ length: MAX_PREMODIFIERS + 1 }, (_, k) =>
  new RegExp(String.raw`^((?:${WORD} ){${k}}${CAP}(?: ${CAP}){0,4}?${LABEL})${APPOSITION}\s+(\p{Ll}[\p{L}’'-]*)`, 'u'));
// "Another critic, Colm Healy, likened": a description, then the name in apposition.
const DESCRIBED = new RegExp(String.raw`^(?:${WORD} ){0,3}\p{Ll}[\p{L}-]*, (${CAP}(?: ${CAP}){0,4}${LABEL}), (\p{Ll}[\p{L}’'-]*)`, 'u');
// The bare form, when nothing longer reads as a subject and a verb: "He", "The Ferry Board".
const BARE = /^((?:he|she|it|they|we|He|She)|(?:(?:The |the )?\p{Lu}[\p{L}\p{M}.'’-]*)(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4})\s+\p{Ll}/u;

// "In July, ", "At a rally in Ohio on Monday, ", "Speaking to reporters, ": no verb of its own before the comma.
const OPENING_ADVERBIAL = new RegExp(String.raw`^[“"‘]?(?:${OPENING_WORDS.join('|')})\b[^,.;:!?\n“”"]{1,100}, `);

// A wire story's dateline: "TILBURY, Kent, Oct. 4 (UPI) — ", "LONDON (Reuters) - ".
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]+(?:, [\p{L}\p{N}.' ]{2,20}){0,2}(?: \([\p{L} ]{2,12}\))? [—–-] /u;

const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'that', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The sentence's opening noun phrase, after an opening adverbial if there is one:
 * "At the rally on Monday, Okafor called the plan “a costly mistake”" -> "Okafor".
 */
export function findSubject(text: string, sentenceStart: number, to: number): Span | null {
  const dateline = DATELINE.exec(text.slice(sentenceStart, Math.min(to, sentenceStart + 80)));
  const opening = sentenceStart + (dateline ? dateline[0].length : 0);
  const adverbial = OPENING_ADVERBIAL.exec(text.slice(opening, Math.min(to, opening + 120)));
  const start = opening + (adverbial ? adverbial[0].length : 0);
  const lead = /^[“"‘]?/.exec(text.slice(start, start + 1))![0].length;
  const from = start + lead;
  const rest = text.slice(from, Math.min(to, from + SUBJECT_WINDOW));
  if (!adverbial && OPENING.test(rest)) return findSubjectAfterComma(text, from, to);
  return findNamedSubject(text, from, rest) ?? findBareSubject(text, from, rest);
}

const OPENING = new RegExp(String.raw`^(?:(?:${OPENING_WORDS.join('|')})\b|\p{Lu}\p{Ll}+ing\s)`, 'u');

/**
 * After a long opening adverbial, the first name and verb that follow one of its commas:
 * "With party leaders worried about turnout among young voters in the swing states, Mayor
 * Okafor is rolling out a message" -> "Mayor Okafor".
 */
function findSubjectAfterComma(text: string, from: number, to: number): Span | null {
  const stretch = text.slice(from, Math.min(to, from + SUBJECT_WINDOW));
  for (const comma of stretch.matchAll(/,\s+/g)) {
    const at = from + comma.index + comma[0].length;
    const found = findNamedSubject(text, at, text.slice(at, Math.min(to, at + SUBJECT_WINDOW)));
    if (found) return found;
  }
  return null;
}

/**
 * The subject after an opening participle phrase that holds the quote:
 * "Bemoaning the “phony system,” Okafor accused the board of bias" -> "Okafor";
 * "After saying the pier was “unsafe,” she closed it" -> "she".
 */
export function findSubjectAfterParticiple(text: string, sentenceStart: number, quote: { readonly end: number; readonly close: number }, to: number): Span | null {
  if (!/^[“"‘]?(?:(?:After|Before|While|When|By|Since|Upon|In|Without)\s+)?\p{L}\p{Ll}+ing\s/u.test(text.slice(sentenceStart, sentenceStart + 30))) return null;
  // The phrase ends at a comma, inside the marks (“phony system,”) or after them.
  const comma = text[quote.end - 1] === ',' ? /^\s*/.exec(text.slice(quote.close)) : /^[^.;:!?\n“”"]{0,60}?,\s+/.exec(text.slice(quote.close, Math.min(to, quote.close + 70)));
  if (!comma) return null;
  const from = quote.close + comma[0].length;
  const rest = text.slice(from, Math.min(to, from + SUBJECT_WINDOW));
  return findNamedSubject(text, from, rest) ?? findBareSubject(text, from, rest);
}

/** A name, with its description before it or its apposition after it, followed by what reads as a verb. */
function findNamedSubject(text: string, from: number, rest: string): Span | null {
  for (const pattern of NAMED) {
    const m = pattern.exec(rest);
    if (!m || m[1] === undefined || m[2] === undefined || !isVerbLike(m[2])) continue;
    const words = m[1].split(' ');
    // "Voters in Tilbury backed": a clause word among the words before the name; "keeping Healy
    // in jail": a verb.
    if (words.slice(1).some((w, i) => isClauseWord(w) && !(w === 'of' && /^\p{Lu}/u.test(words[i + 2] ?? ''))) || CAPITALISED_FUNCTION_WORDS.has((words[0] ?? '').toLowerCase())) return null;
    if (words.some((w) => /^\p{Ll}+ing$/u.test(w))) return null;
    return span(text, from, from + m[1].length);
  }
  const described = DESCRIBED.exec(rest);
  if (described && described[1] !== undefined && described[2] !== undefined && isVerbLike(described[2])) {
    const start = from + described[0].indexOf(described[1]);
    return span(text, start, start + described[1].length);
  }
  return null;
}

const isClauseWord = (w: string): boolean => {
  const lower = w.toLowerCase();
  return /^\p{Ll}/u.test(w) && (SPEAKER_BOUNDARIES.has(lower) || SPEAKER_RIGHT_BOUNDARIES.has(lower));
};

/** A word that can follow a subject: a verb in -ed or -s, an adverb in -ly, an auxiliary or a common past form. */
function isVerbLike(word: string): boolean {
  const lower = word.toLowerCase();
  return VERB_FORMS.has(lower) || /(?:ed|ly)$/.test(lower) || (/[^s]s$/.test(lower) && !/(?:ics|ous|ss)$/.test(lower));
}

/** Capitalised words, or "he"/"she", opening the text at `from`, up to the first lower-case word. */
function findBareSubject(text: string, from: number, rest: string): Span | null {
  const m = BARE.exec(rest);
  if (!m || m[1] === undefined) return null;
  let start = from + m[0].indexOf(m[1]);
  // "He’s claiming that": the pronoun, without the contracted "is".
  const contracted = /^(?:he|she|it)[’']s$/i.test(m[1]) && /^\s+\p{Ll}+ing\b/u.test(rest.slice(m[0].indexOf(m[1]) + m[1].length));
  const end = start + m[1].length - (contracted ? 2 : 0);
  const first = (m[1].split(' ')[0] ?? '').toLowerCase();
  // "Okafor’s campaign manager was asked": a possessor, not the subject.
  if (!contracted && /[’']s$/.test(m[1])) return null;
  // "Both Okafor and Healy ...": a list, not one speaker.
  if (first === 'both') return null;
  // "But Okafor's plan ...", "When Okafor later said ...": the name follows the opening word.
  if (!SUBJECT_DETERMINERS.has(first) && !SPEAKER_PRONOUNS.has(first) && CAPITALISED_FUNCTION_WORDS.has(first)) {
    if (!m[1].includes(' ')) return null;
    start += first.length + 1;
  }
  return span(text, start, end);
}
