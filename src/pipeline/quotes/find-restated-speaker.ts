// A pronoun that restates a speaker named just before it, in the same sentence:
// what    Okafor has railed against what she calls the “harbour cartel”   -> "Okafor"
// said    Okafor said she recalled thinking, “This is new.”               -> "Okafor"
// The name is used only when it and the pronoun resolve to the same person (the quotes stage
// checks), so the speaker stays the same and the mention is the plainer one.
import type { Span } from '../types.ts';
import type { Attribution } from './find-attribution.ts';
import { findCues } from './find-cues.ts';
import { findLeftPhrase } from './find-speaker-phrase.ts';
import { findSubject } from './find-subject.ts';
import { SPEAKER_PRONOUNS } from './lexicon.ts';

/** The name the attribution's pronoun restates, or null. */
export function findRestatedSpeaker(text: string, sentenceStart: number, attribution: Attribution): Span | null {
  const pronoun = attribution.speaker;
  if (!SPEAKER_PRONOUNS.has(pronoun.text.toLowerCase())) return null;
  const lead = text.slice(Math.max(sentenceStart, pronoun.start - 12), pronoun.start);
  if (/\b(?:what|which|whom)\s+$/i.test(lead)) {
    const subject = findSubject(text, sentenceStart, pronoun.start);
    return subject && subject.end < pronoun.start ? subject : null;
  }
  // "Okafor said (that) she ...": the speaker of the verb just before the pronoun.
  const outer = findCues(text, Math.max(sentenceStart, pronoun.start - 40), pronoun.start).pop();
  if (!outer || !/^\s+(?:that\s+)?$/.test(text.slice(outer.end, pronoun.start))) return null;
  const named = findLeftPhrase(text, sentenceStart, outer.start);
  // (a pronoun restates only the same pronoun: "She said she ...", not "They said she ...")
  if (!named || (SPEAKER_PRONOUNS.has(named.text.toLowerCase()) && named.text.toLowerCase() !== pronoun.text.toLowerCase())) return null;
  return named;
}
