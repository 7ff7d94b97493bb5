// A quote that opens its sentence right after the speaker's reported speech, in one paragraph,
// has the speaker of that report:
//   The ferry may stop in May, Okafor said. “Nobody wants that.”
//   Okafor said on Monday that the ferry may stop. “Nobody wants that.”
// The report must be the sentence just before, hold no quote marks and one speech verb, and name
// its speaker at its start or in a closing attribution; otherwise the quote keeps no speaker.
import type { Sentence } from '../types.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import { findAttributionAtEnd, type Attribution } from './find-attribution.ts';
import { findCues, isParticiple } from './find-cues.ts';
import { findLeftPhrase } from './find-speaker-phrase.ts';
import { isSpeakerPhrase } from './is-speaker-phrase.ts';

// "But ", "In a statement on Monday, ": words that may open the report before its speaker.
const REPORT_OPENING = /^(?:(?:But|And|Yet|So|Still|Later|Then|Meanwhile|However|Also|Earlier),?\s)?(?:[^,.;:!?\n“”"]{1,70},\s)?$/;

export function findReportedSpeaker(text: string, sentences: readonly Sentence[], open: number, said: number): Attribution | null {
  const index = sentenceAt(sentences, open);
  const own = sentences[index];
  const report = sentences[index - 1];
  if (!own || !report || !/^\s*$/.test(text.slice(own.start, open))) return null;
  const between = text.slice(report.start, open);
  if (between.includes('\n') || /[“”"‘]/.test(between)) return null;
  // “Why?” Okafor said. “Because.” Healy asked: the report is the quote before's attribution
  // (`said` is where that ends).
  if (said > report.start) return null;
  // "Okafor said Healy told voters a lie.": two speakers, and the quote could be either's.
  const cues = findCues(text, report.start, report.end);
  const cue = cues[0];
  if (cues.length !== 1 || !cue) return null;
  const atEnd = findAttributionAtEnd(text, report.start, report.end);
  if (atEnd) return atEnd;
  if (cue.text.toLowerCase() === 'according to' || isParticiple(cue)) return null;
  const speaker = findLeftPhrase(text, report.start, cue.start);
  if (!speaker || !isSpeakerPhrase(speaker) || !REPORT_OPENING.test(text.slice(report.start, speaker.start))) return null;
  return { speaker, cue, addressee: null, end: cue.end };
}
