// Which temporal mentions place an event: dates and times, not durations or sets, not
// "now"/"recently" (PRESENT_REF, PAST_REF), and not a dateline standing alone ("March 01, 2008").
import type { Sentence, TemporalMention } from '../types.ts';

export function selectEventDates(sentences: readonly Sentence[], temporal: readonly TemporalMention[]): TemporalMention[] {
  return temporal.filter((t) => {
    if (t.type !== 'DATE' && t.type !== 'TIME') return false;
    if (t.value !== null && /_REF$/.test(t.value)) return false;
    const sentence = sentences[t.sentence];
    if (!sentence) return false;
    return hasWordOutside(sentence.text, t.start - sentence.start, t.end - sentence.start);
  });
}

/** Whether the sentence has a letter or digit outside [start, end): scanning out from the date stops at the first. */
function hasWordOutside(sentence: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (WORD.test(sentence[i]!)) return true;
  for (let i = end; i < sentence.length; i++) if (WORD.test(sentence[i]!)) return true;
  return false;
}

const WORD = /[\p{L}\p{N}]/u;
