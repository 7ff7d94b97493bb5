// "Okafor has railed against what she calls the “harbour cartel”": the pronoun of a "what she
// calls" clause restates the sentence's subject, which names the speaker plainly. The subject is
// used only when it and the pronoun resolve to the same person.
import type { Span } from '../types.ts';
import type { Attribution } from './find-attribution.ts';
import { findSubject } from './find-subject.ts';
import { SPEAKER_PRONOUNS } from './lexicon.ts';

/** The sentence's subject, when the attribution's pronoun sits in a "what/which" clause; else null. */
export function findRestatedSpeaker(text: string, sentenceStart: number, attribution: Attribution): Span | null {
  const pronoun = attribution.speaker;
  if (!SPEAKER_PRONOUNS.has(pronoun.text.toLowerCase())) return null;
  if (!/\b(?:what|which|whom)\s+$/i.test(text.slice(Math.max(sentenceStart, pronoun.start - 8), pronoun.start))) return null;
  const subject = findSubject(text, sentenceStart, pronoun.start);
  return subject && subject.end < pronoun.start ? subject : null;
}
