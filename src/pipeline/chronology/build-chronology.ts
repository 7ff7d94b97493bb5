// PLACEHOLDER until the chronology stage lands (being written now).
import type { ChronologyEntry, Person, Sentence, TemporalMention } from '../types.ts';

export function buildChronology(
  _text: string,
  _sentences: readonly Sentence[],
  _temporal: readonly TemporalMention[],
  _people: readonly Person[],
): ChronologyEntry[] {
  return [];
}
