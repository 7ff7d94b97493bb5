// What the text around a name candidate says it is. Each clue adds to a score; the people stage
// sums the scores of every occurrence of the same name and lets the larger one decide.
import { GIVEN_NAMES } from './given-names.ts';
import { ORGANISATION_WORDS, PUBLICATION_VERBS, PUBLICATION_WORDS, ROLE_NOUNS } from './lexicon.ts';
import type { NameCandidate } from './split-name-run.ts';
import type { Word } from './tokenize-words.ts';

export interface Evidence {
  person: number;
  organisation: number;
  publication: number;
  place: number;
}

const SPEECH_AFTER = /^(?:’s|'s)?,? (?:said|says|told|tells|added|adds|asked|wrote|writes|tweeted|explained|argued|insisted|recalled|replied|warned|announced|admitted|claimed|noted)\b/;
const WHO_AFTER = /^,? (?:who|whose)\b/;
const WHICH_AFTER = /^,? (?:which)\b/;
const AGE_AFTER = /^, \d{1,3},/;
const APPOSITIVE_AFTER = /^, (?:then |now |a |an |the |former |his |her )+([\p{L}-]+ ){0,4}?([\p{L}-]+)/u;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'into', 'across', 'near', 'throughout', 'inside', 'outside', 'toward', 'towards', 'visited', 'visit']);
const ORG_SUFFIXES = new Set(['corp', 'inc', 'ltd', 'co', 'plc', 'llc', 'llp', 'ag', 'gmbh']);

const bare = (w: Word): string => w.text.toLowerCase().replace(/\.$/, '');

/** The clues around one occurrence of a name. `previous` is the word before the whole run. */
export function scoreEvidence(text: string, c: NameCandidate, previous: Word | undefined): Evidence {
  const e: Evidence = { person: 0, organisation: 0, publication: 0, place: 0 };
  const words = c.words.map(bare);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const after = text.slice(c.end, c.end + 80);
  const before = previous && previous.paragraph === c.paragraph && !c.prefix ? previous.text : '';

  if (c.honorific) e.person += 4;
  else if (c.prefix) e.person += 3;
  if (words.length >= 2) {
    if (GIVEN_NAMES.has(first)) e.person += 2;
    if (/^\p{Lu}$/u.test(c.words[0]!.text) || c.words.some((w, i) => i > 0 && /^\p{Lu}$/u.test(w.text))) e.person += 3;
    if (c.words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(w.text) || /^\p{Lu}\.?$/u.test(w.text) || /^\p{Ll}+$/u.test(w.text))) e.person += 1;
    if (SPEECH_AFTER.test(after)) e.person += 1;
  }
  if (ROLE_NOUNS.has(before.toLowerCase()) && before === before.toLowerCase()) e.person += 2;
  if (WHO_AFTER.test(after)) e.person += 2;
  if (AGE_AFTER.test(after)) e.person += 3;
  const appositive = APPOSITIVE_AFTER.exec(after);
  if (appositive && ROLE_NOUNS.has((appositive[2] ?? '').toLowerCase())) e.person += 2;

  if (before.toLowerCase() === 'the') e.organisation += 3;
  if (ORGANISATION_WORDS.has(last)) e.organisation += 4;
  if (words.some((w) => ORG_SUFFIXES.has(w)) && words.length > 1) e.organisation += 4;
  if (PUBLICATION_WORDS.has(last) && words.length > 1) e.publication += 4;
  if (c.ampersand) e.organisation += 3;
  if (words.length === 1 && /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(c.text)) e.organisation += 3;
  if (/\p{N}/u.test(c.text)) e.organisation += 3;
  if (WHICH_AFTER.test(after)) e.organisation += 2;
  if (PLACE_PREPOSITIONS.has(before)) e.place += 1;
  const verb = /^ (\p{L}+)/u.exec(after)?.[1];
  if (verb && PUBLICATION_VERBS.has(verb)) e.publication += 2;
  return e;
}

export function addEvidence(a: Evidence, b: Evidence): Evidence {
  return {
    person: a.person + b.person,
    organisation: a.organisation + b.organisation,
    publication: a.publication + b.publication,
    place: a.place + b.place,
  };
}

export const NO_EVIDENCE: Evidence = { person: 0, organisation: 0, publication: 0, place: 0 };

/** Whether the summed clues make the name a person. */
export function isPersonEvidence(e: Evidence): boolean {
  return e.person >= 2 && e.person > e.organisation + e.publication + e.place;
}
