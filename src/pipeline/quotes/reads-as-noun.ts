// Some cue words are nouns as often as verbs: "tweets", "remarks", "claims". After a possessive,
// or a modifier of a possessive, they are the noun, and the words before them no speaker:
//   Okafor says Healy’s late-night tweets were “unhinged”     (not "Healy’s late-night" tweets)
//   Okafor’s spokesman tweets that the plan is “dead”         (a role word: a verb after all)
import type { Span } from '../types.ts';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../people/lexicon.ts';
import { NOUN_CUES, SPEAKER_PRONOUNS } from './lexicon.ts';

/** Whether `cue`, read after `phrase`, is a noun that the phrase modifies. */
export function readsAsNoun(cue: Span, phrase: Span): boolean {
  if (!NOUN_CUES.has(cue.text.toLowerCase())) return false;
  const words = phrase.text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lower = last.toLowerCase();
  if (SPEAKER_PRONOUNS.has(lower) || ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, '')) || SOURCE_NOUNS.has(lower)) return false;
  // "the website notes", "the campaign’s website states": a subject and its verb; "Healy’s
  // early-morning (tweets)", "a flurry of late-night (tweets)": a modifier of the noun.
  if (/[’']s$/.test(last)) return true;
  const modifier = /-/.test(last) || /(?:al|ous|ic|ive|ly)$/.test(lower);
  return /^\p{Ll}/u.test(last) && modifier && (words.some((w) => /[’']s$/.test(w)) || words.includes('of'));
}
