// Which temporal mentions place an event: dates and times, not durations or sets, not
// "now"/"recently" (PRESENT_REF, PAST_REF), and not a dateline standing alone ("March 01, 2008").
import type { Sentence, TemporalMention } from '../types.ts';

export function selectEventDates(sentences: readonly Sentence[], temporal: readonly TemporalMention[]): TemporalMention[] {
  return temporal.filter((t) => {
    if (t.type !== 'DATE' && t.type !== 'TIME') return false;
    if (t.value !== null && /_REF$/.test(t.value)) return false;
    const sentence = sentences[t.sentence];
    if (!sentence) return false;
    const rest = sentence.text.slice(0, t.start - sentence.start) + sentence.text.slice(t.end - sentence.start);
    return /[\p{L}\p{N}]/u.test(rest);
  });
}
