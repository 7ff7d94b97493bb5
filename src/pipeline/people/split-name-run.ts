// A name run cut into name candidates: function words dropped ("But Putin" -> "Putin"), titles and
// role premodifiers set apart ("NASA Administrator Charles Bolden" -> role "NASA Administrator",
// name "Charles Bolden"; "Mr Musk" -> title "Mr", name "Musk"), possessives removed ("Musk’s").
import type { Span } from '../types.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { CALENDAR_WORDS, CAPITALISED_FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_WORDS, PERSON_TITLES, ROLE_MODIFIERS, RANK_PREFIXES, ROLE_NOUNS, TITLE_HEADS } from './lexicon.ts';
import { PLACES } from './places.ts';
import type { NameRun } from './find-name-runs.ts';
import { stripPossessive, type Word } from './tokenize-words.ts';

export interface NameCandidate extends Span {
  readonly words: readonly Word[];
  /** The words lower-cased, without a final full stop ("gen." -> "gen"): what the word lists are read with. */
  readonly lowerWords: readonly string[];
  readonly paragraph: number;
  /** The title or role words written before the name, if any: "Mr", "NASA Administrator". */
  readonly prefix: Span | null;
  /** Whether the prefix holds a title that only people take ("Mr", "Senator", "Dr"). */
  readonly honorific: boolean;
  /** The lower-cased title word just before the name ("mr"), for gender. */
  readonly title: string | null;
  readonly ampersand: boolean;
}

const RUN_BREAKERS = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'says', 'said', 'i']);

// Lower case without a final full stop ("Gen." -> "gen"); no regex, as it runs for every word of every name.
const bare = (w: Word): string => {
  const lower = w.text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/**
 * "Jan Kroslak": a month's abbreviation written without its full stop, opening a name run before
 * another name word, is a first name ("Jan. 5" and "Jan 5" stay dates).
 */
function isFirstNameNotMonth(word: Word, next: Word | undefined): boolean {
  return word.text === 'Jan' && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && !CALENDAR_WORDS.has(bare(next));
}

/** "A. Dale", "I. Healy": a capital with its full stop before another name word is an initial, not "a" or "I". */
function isInitial(text: string, word: Word, next: Word | undefined): boolean {
  return next !== undefined && word.text.length === 1 && text.charCodeAt(word.end) === 46;
}

/** Whether a word opens with a capital; plain ASCII is told by its code. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** The name candidates of one run, in order. */
export function splitNameRun(text: string, run: NameRun): NameCandidate[] {
  // Each word's bare form, made once: the rules below ask for it several times.
  const lowers = new Map<Word, string>();
  for (const w of run.words) lowers.set(w, bare(w));
  const low = (w: Word): string => lowers.get(w) ?? bare(w);
  // Most runs are one word ("The", "Musk"): the rules below, read for one word.
  if (run.words.length === 1) {
    const word = run.words[0]!;
    const lower = low(word);
    if (CAPITALISED_FUNCTION_WORDS.has(lower) && /^\p{Lu}\p{Ll}*$/u.test(word.text)) return [];
    if (CALENDAR_WORDS.has(lower)) return [];
    const candidate = toCandidate(text, run.words, run.ampersand, low);
    return candidate ? [candidate] : [];
  }
  const out: NameCandidate[] = [];
  let segment: Word[] = [];
  const flush = (): void => {
    const candidate = toCandidate(text, segment, run.ampersand, low);
    if (candidate) out.push(candidate);
    segment = [];
  };
  for (let i = 0; i < run.words.length; i++) {
    const word = run.words[i]!;
    const lower = low(word);
    const next = run.words[i + 1];
    // "But Putin": a function word opening the run is dropped; inside a run only the commonest
    // split it, so that "Daniel Such" stays a name.
    if (CAPITALISED_FUNCTION_WORDS.has(lower) && /^\p{Lu}\p{Ll}*$/u.test(word.text) && (segment.length === 0 || RUN_BREAKERS.has(lower)) && !isInitial(text, word, next)) {
      flush();
    } else if (
      CALENDAR_WORDS.has(lower) &&
      !(lower === 'may' && segment.length > 0 && GIVEN_NAMES.has(low(segment[segment.length - 1]!))) &&
      !isFirstNameNotMonth(word, next)
    ) {
      // "Asia Monday" is two things; "Theresa May" is one name.
      flush();
    } else {
      segment.push(word);
    }
  }
  flush();
  return out;
}

function toCandidate(text: string, all: readonly Word[], ampersand: boolean, low: (w: Word) => string): NameCandidate | null {
  // "What do I": a name never opens with a lower-case particle.
  let first = all.findIndex((w) => startsUpper(w.text) || /^(?:al|el)-/u.test(w.text));
  if (first < 0) return null;
  // "de Silva", "von Trapp": particles before the first capital stay with it.
  while (first > 0 && NAME_PARTICLES.has(all[first - 1]!.text)) first--;
  const words = all.slice(first);
  const split = prefixLength(words, low);
  const name = words.slice(split);
  if (name.length === 0) return null;
  const last = stripPossessive(name[name.length - 1]!);
  const nameWords = [...name.slice(0, -1), last];
  const start = nameWords[0]!.start;
  const end = last.end;
  if (end <= start) return null;
  const prefixWords = words.slice(0, split);
  const prefix = prefixWords.length > 0 ? { start: prefixWords[0]!.start, end: prefixWords[prefixWords.length - 1]!.end, text: '' } : null;
  const titleWord = prefixWords.length > 0 ? low(prefixWords[prefixWords.length - 1]!) : null;
  return {
    start,
    end,
    text: text.slice(start, end),
    words: nameWords,
    lowerWords: nameWords.map(low),
    paragraph: nameWords[0]!.paragraph,
    prefix: prefix && { ...prefix, text: text.slice(prefix.start, prefix.end) },
    honorific: prefixWords.some((w) => HONORIFICS.has(low(w))),
    title: titleWord,
    ampersand,
  };
}

/** How many leading words are titles or role words rather than the name. */
function prefixLength(words: readonly Word[], low: (w: Word) => string): number {
  if (words.length < 2) return 0;
  // "Prime Minister Theresa May", "White House Press Secretary Sean Spicer": titles and role words
  // from the left, as long as a name is left after them.
  // "General Motors" keeps its first word: what is left would be an organisation word alone.
  let n = 0;
  while (n < words.length - 1 && isRoleWord(low(words[n]!))) n++;
  const rest = words.slice(n);
  const endsInOrganisation = rest.length > 0 && ORGANISATION_WORDS.has(low(rest[rest.length - 1]!));
  if (n > 0 && words.slice(0, n).some((w) => isRoleHead(low(w))) && !endsInOrganisation) return n;
  // "NASA Administrator Charles Bolden", "Senate Majority Leader Mitch McConnell": a role noun
  // followed by a given name ends the premodifier.
  // "Canadian Tom Hadley": a nationality before a given name is a premodifier too.
  for (let k = words.length - 2; k >= 1; k--) {
    const before = low(words[k - 1]!);
    if ((isRoleHead(before) || isNationality(before)) && GIVEN_NAMES.has(low(words[k]!))) return k;
  }
  return titledNameAfter(words, low);
}

/**
 * "Palestinian President Yasser Arafat", "Security Council President Tono Eitel", "Privatisation
 * Minister Wieslaw Kaczmarek": a title ends the premodifier whatever comes before it, when one to
 * three plain name words follow it (not another role, an organisation or a place word: "Bank of
 * England Governor" has no name after it, "Minister Office Holdings" is a firm).
 */
function titledNameAfter(words: readonly Word[], low: (w: Word) => string): number {
  for (let k = words.length - 1; k >= 1 && words.length - k <= 3; k--) {
    const head = low(words[k - 1]!);
    if (!HONORIFICS.has(head) && !TITLE_HEADS.has(head)) continue;
    return words.slice(k).every((w) => isPlainNameWord(w, low(w))) ? k : 0;
  }
  return 0;
}

/** "Arafat", "Eitel": capitalised, and not a role, organisation, calendar or function word, nor "Jr". */
function isPlainNameWord(word: Word, w: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word.text) && !isRoleWord(w) && !ORGANISATION_WORDS.has(w) && !CALENDAR_WORDS.has(w) &&
    !NAME_SUFFIXES.has(w) && !CAPITALISED_FUNCTION_WORDS.has(w);
}

const isRoleHead = (w: string): boolean => PERSON_TITLES.has(w) || ROLE_NOUNS.has(w) || isCompoundRank(w);

/** "lieutenant-colonel", "major-general", "rear-admiral": a rank written as one hyphenated title. */
function isCompoundRank(w: string): boolean {
  if (!w.includes('-')) return false;
  const parts = w.split('-');
  return PERSON_TITLES.has(parts[parts.length - 1]!) && parts.slice(0, -1).every((p) => PERSON_TITLES.has(p) || RANK_PREFIXES.has(p));
}
const isRoleWord = (w: string): boolean => isRoleHead(w) || ROLE_MODIFIERS.has(w) || PLACES.has(w) || w === 'of';

/** "australian", "japanese", "british": not itself a given name ("brian" is). */
// The ending is checked first, without a regex: most words have none of them.
const isNationality = (w: string): boolean => {
  if (!w.endsWith('an') && !w.endsWith('ese') && !w.endsWith('ish')) return false;
  return (ASCII_LETTERS.test(w) ? w.length - (w.endsWith('an') ? 2 : 3) >= 4 : NATIONALITY.test(w)) && !GIVEN_NAMES.has(w);
};
const ASCII_LETTERS = /^[a-z]+$/;
const NATIONALITY = /^\p{L}{4,}(?:an|ese|ish)$/u;
