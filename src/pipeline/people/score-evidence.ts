// What the text around a name candidate says it is. Strong clues (a title, a given name, an
// age, "the" before it) add up over every occurrence of the name; weak clues (name-like shape,
// a speech verb after it, a "he"/"she" soon after) count once, so that a company named twenty
// times with "said" after it does not become a person.
import { GIVEN_NAMES } from './given-names.ts';
import { ORGANISATION_CLASS_NOUNS, ORGANISATION_WORDS, PUBLICATION_VERBS, PUBLICATION_WORDS, ROLE_NOUNS, TITLE_HEADS } from './lexicon.ts';
import { PLACES } from './places.ts';
import { resultsClues } from './find-results-clues.ts';
import type { NameCandidate } from './split-name-run.ts';
import type { Word } from './tokenize-words.ts';

export interface Evidence {
  readonly person: number;
  readonly organisation: number;
  readonly publication: number;
  readonly place: number;
  /** Weak person clues, each counted once per name. */
  readonly shape: boolean;
  readonly speech: boolean;
  readonly pronoun: boolean;
}

const SPEECH_AFTER = /^(?: ?['’]s)?,? (?:said|says|told|tells|added|adds|asked|wrote|writes|tweeted|explained|argued|insisted|recalled|replied|warned|admitted|claimed|noted)\b/;
const WHO_AFTER = /^ ?,? who\b/;
// "Wale Adeyemi ( Nigeria ) 20.37": a name with its country in brackets, as results list people.
const COUNTRY_AFTER = /^ ?\( ?([\p{L} .]{2,30}?) ?\)/u;
const ROLE_IN_BRACKETS = /^ ?\( ?(\p{Ll}[\p{Ll}-]*) ?\)/u;
const WHICH_AFTER = /^ ?,? (?:which)\b/;
// "Yusuf Adeyemi, 45, was", "... and Ada Okoro, 19 -- were", "said the farmer, Ada Okoro, 37.".
const AGE_AFTER = /^ ?, \d{1,3} ?(?:,|--|—|\.(?!\d)|\))/;
const APPOSITIVE_AFTER = /^ ?, (?:then |now |a |an |the |former |his |her )+((?:[\p{L}-]+ ?){1,5})/u;
// Looked for in the rest of the sentence and the next one (a regex that scanned for both
// sentence ends itself backtracked over every candidate's 160 characters).
const PRONOUN = /\b(?:he|she|his|her|him)\b/i;
const NO_BRANDS: ReadonlySet<string> = new Set();
const LONGEST_PLACE = Math.max(...[...PLACES].map((p) => p.split(' ').length));
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'into', 'across', 'near', 'throughout', 'inside', 'outside', 'toward', 'towards', 'visited', 'visit']);
const ORG_SUFFIXES = new Set(['corp', 'inc', 'ltd', 'co', 'plc', 'llc', 'llp', 'ag', 'gmbh', 'bros']);

/** The clues around one occurrence of a name. `previous` is the word before the candidate (or its title). */
/** `common` holds the words the article also writes in lower case ("bank", "mac"): not given names here. */
/** `brands` holds given names that are firms' names in this article ("ford"): not given names here either. */
export function scoreEvidence(
  text: string,
  c: NameCandidate,
  previous: Word | undefined,
  common: { has(word: string): boolean },
  brands: ReadonlySet<string> = NO_BRANDS,
): Evidence {
  let person = 0;
  let organisation = 0;
  let publication = 0;
  let place = 0;
  const words = c.lowerWords;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const after = text.slice(c.end, c.end + 160);
  const adjacent = previous && previous.paragraph === c.paragraph && !c.prefix && /^[\s"“‘']*$/u.test(text.slice(previous.end, c.start));
  const before = adjacent ? previous.text : '';
  const beforeLower = before.toLowerCase();
  const givenFirst = words.length >= 2 && GIVEN_NAMES.has(first) && !common.has(first) && !brands.has(first) && !ORGANISATION_WORDS.has(first) && !PLACES.has(first);

  if (c.honorific) person += 4;
  else if (c.prefix) person += 3;
  if (givenFirst) person += 2;
  // "P. Hadley", "John F. Kennedy": initials with their full stop.
  if (words.length >= 2 && c.words.some((w) => /^\p{Lu}$/u.test(w.text) && text[w.end] === '.')) person += 3;
  if (ROLE_NOUNS.has(beforeLower) && before === beforeLower) person += 2;
  // "Americans who ...": a people, not a person.
  if (WHO_AFTER.test(after) && !(words.length === 1 && /(?:ans|ese)$/.test(last))) person += 2;
  // Most names are followed by a space and a word: the patterns that need a comma or a bracket
  // next are tried only where one is.
  const commaNext = after.charCodeAt(0) === 44 || after.charCodeAt(1) === 44;
  const bracketNext = after.charCodeAt(0) === 40 || after.charCodeAt(1) === 40;
  if (commaNext && AGE_AFTER.test(after)) person += 3;
  const country = bracketNext ? COUNTRY_AFTER.exec(after)?.[1] : undefined;
  if (country && PLACES.has(country.toLowerCase()) && words.length >= 2) person += 2;
  // "Addressing a conference in Wyoming, the bank chief said": after "in", the phrase is the
  // sentence's subject, not the place's appositive.
  const appositive = !commaNext || PLACE_PREPOSITIONS.has(beforeLower) ? null : APPOSITIVE_AFTER.exec(after);
  if (appositive && (appositive[1] ?? '').toLowerCase().split(' ').some((w) => ROLE_NOUNS.has(w))) person += 2;
  if (words.length >= 2 && !c.prefix && hasTitleAppositive(text, c, after)) person += 2;

  person += resultsClues(text, c);
  // "Ana Ruiz ( captain )", "Ana Ruiz (chairwoman)": a role in brackets after the name.
  const bracketed = bracketNext ? ROLE_IN_BRACKETS.exec(after)?.[1] : undefined;
  if (bracketed && ROLE_NOUNS.has(bracketed)) person += 2;

  if (beforeLower === 'the') organisation += 3;
  if (ORGANISATION_CLASS_NOUNS.has(beforeLower) && !ROLE_NOUNS.has(beforeLower) && before === beforeLower) organisation += 3;
  if (ORGANISATION_WORDS.has(last)) organisation += 4;
  else if (!givenFirst && words.length > 1 && words.some((w) => ORGANISATION_WORDS.has(w))) organisation += 2;
  if (words.some((w) => ORG_SUFFIXES.has(w)) && words.length > 1) organisation += 4;
  // "Zeta OS Suite", "Acme Canada": an acronym or a country inside the name.
  if (words.length > 1 && c.words.some((w) => /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(w.text)) && c.text !== c.text.toUpperCase()) organisation += 2;
  if (words.length > 1 && words.some((w) => PLACES.has(w))) place += 4;
  if (PUBLICATION_WORDS.has(last) && words.length > 1) publication += 4;
  if (c.ampersand) organisation += 3;
  if (words.length === 1 && /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(c.text)) organisation += 3;
  if (hasDigit(c.text)) organisation += 3;
  if (WHICH_AFTER.test(after)) organisation += 2;
  if (words.length <= LONGEST_PLACE && PLACES.has(words.length === 1 ? first : words.join(' '))) place += 4;
  if (PLACE_PREPOSITIONS.has(beforeLower)) place += 1;
  const verb = wordAfterSpace(after);
  if (verb && PUBLICATION_VERBS.has(verb)) publication += 2;

  const nameShaped = words.length >= 2 && words.length <= 4 && c.words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(w.text) || /^\p{Lu}\.?$/u.test(w.text) || /^\p{Ll}+$/u.test(w.text));
  return {
    person, organisation, publication, place,
    shape: nameShaped,
    speech: words.length >= 2 && SPEECH_AFTER.test(after),
    // Read only for a name-shaped name (see personScore), so looked for only there.
    pronoun: nameShaped && PRONOUN.test(soon(after)),
  };
}

// "Japan's prime minister, Taro Aso, said": a title just before the name, across a comma.
const TITLE_BEFORE = /(\p{Ll}[\p{Ll}-]*) ?, $/u;
// "Ana Reyes, minister of transport, said", "Li Wen, executive director of": a title without an article.
const TITLE_AFTER = /^ ?, (?:\p{Ll}[\p{Ll}-]* ){0,2}?(\p{Ll}[\p{Ll}-]*) (?:of|for|at)\b/u;

/** Whether a title stands beside the name across a comma; "leader" is left out ("the market leader, Zeta Corp"). */
function hasTitleAppositive(text: string, c: NameCandidate, after: string): boolean {
  const title = (w: string | undefined): boolean => w !== undefined && w !== 'leader' && TITLE_HEADS.has(w);
  // Both need a comma beside the name; most names have none, and skip the patterns.
  const commaBefore = text.charCodeAt(c.start - 2) === 44;
  const commaAfter = after.charCodeAt(0) === 44 || after.charCodeAt(1) === 44;
  return (commaBefore && title(TITLE_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start))?.[1])) || (commaAfter && title(TITLE_AFTER.exec(after)?.[1]));
}

/** Whether a name holds a digit (\p{N}); plain ASCII is told by its code. */
function hasDigit(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 128) return /\p{N}/u.test(name);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** The letters right after a space opening `after` (/^ (\p{L}+)/u), read by code while they are ASCII. */
function wordAfterSpace(after: string): string | undefined {
  if (after.charCodeAt(0) !== 32) return undefined;
  let i = 1;
  for (; i < after.length; i++) {
    const code = after.charCodeAt(i);
    if (code >= 128) return /^ (\p{L}+)/u.exec(after)?.[1];
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
  }
  return i > 1 ? after.slice(1, i) : undefined;
}

/** The text up to the end of the next sentence: "... said on Monday. He added ..." (not past a line break). */
function soon(after: string): string {
  const first = after.search(/[.!?\n]/);
  if (first < 0) return after;
  if (after[first] === '\n') return after.slice(0, first);
  const second = after.slice(first + 1).search(/[.!?\n]/);
  return second < 0 ? after : after.slice(0, first + 1 + second);
}

export function addEvidence(a: Evidence, b: Evidence): Evidence {
  return {
    person: a.person + b.person,
    organisation: a.organisation + b.organisation,
    publication: a.publication + b.publication,
    place: a.place + b.place,
    shape: a.shape || b.shape,
    speech: a.speech || b.speech,
    pronoun: a.pronoun || b.pronoun,
  };
}

export const NO_EVIDENCE: Evidence = { person: 0, organisation: 0, publication: 0, place: 0, shape: false, speech: false, pronoun: false };

/** The person score: strong clues, plus the weak ones once ("Donald Trump said ... he"). */
export function personScore(e: Evidence): number {
  return e.person + (e.shape ? 0.5 : 0) + (e.speech ? 1 : 0) + (e.pronoun && e.shape ? 0.5 : 0);
}

export function otherScore(e: Evidence): number {
  return e.organisation + e.publication + e.place;
}

/** Whether the summed clues make the name a person. */
export function isPersonEvidence(e: Evidence): boolean {
  return personScore(e) >= 2 && personScore(e) > otherScore(e);
}
