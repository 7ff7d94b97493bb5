// Whether a phrase read off a cue can name a speaker: a pronoun, a name, or a noun phrase that
// opens with a determiner ("the senior defence official", "his spokesman") or a role word
// ("Labour pollster Nadia Petrov", "sources"). Not a verb phrase: "saying she hasn’t",
// "popular in", "disavowing".
import type { Span } from '../types.ts';
import { NAME_PARTICLES, ROLE_NOUNS, SOURCE_NOUNS } from '../people/lexicon.ts';
import { JUDGING_VERBS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './lexicon.ts';

const PHRASE_ENDS_NEVER: ReadonlySet<string> = new Set([
  'by', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'from', 'after', 'before', 'about', 'into', 'than', 'as', 'via', 'the', 'a', 'an',
  // "the vast majority of them (rated)": an object pronoun ends no subject.
  'them', 'him', 'us', 'me', 'whom',
]);

const SPEECH_VERB_SET: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...JUDGING_VERBS]);

const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three',
  'some', 'many', 'several', 'most', 'all', 'both', 'this', 'these', 'those', 'other', 'each', 'every',
  'former', 'senior', 'top', 'campaign', 'administration', 'government', 'party', 'federal', 'state',
]);

export function isSpeakerPhrase(phrase: Span): boolean {
  const words = phrase.text.split(/\s+/);
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  if (words.some((w) => /n[’']t$/i.test(w))) return false;
  // "a Gold Star mother Wednesday night by (saying)": a phrase never ends on a preposition.
  if (words.length > 1 && PHRASE_ENDS_NEVER.has(words[words.length - 1]!)) return false;
  if (words.length === 1 && (SPEAKER_PRONOUNS.has(lower) || RELATIVE_PRONOUNS.has(lower))) return true;
  if (/^[\p{Lu}\p{N}]/u.test(first)) return true;
  // "de Wael said": a surname that opens with its particle.
  if (NAME_PARTICLES.has(lower) && /^\p{Lu}/u.test(words[1] ?? '')) return true;
  if (DETERMINERS.has(lower)) return true;
  if (ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, ''))) return true;
  // "retired Army Gen. Ada Okafor", "election lawyer Colm Healy": a few words of description
  // before a name of two capitalised words (not a verb phrase: "praising Colm Healy", "called Mr. Healy’s").
  // (a party label after the name does not count: "panel Chairman Rep. Colm Healy (R-Kent)")
  const last = phrase.text.replace(/\s*\([^()]*\)$/, '').split(/\s+/).slice(-2);
  return words.length <= 6 && !/ing$/.test(lower) && !SPEECH_VERB_SET.has(lower) && last.length === 2 && last.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
