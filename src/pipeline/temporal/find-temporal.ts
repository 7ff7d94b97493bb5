// PLACEHOLDER until the temporal stage lands (being written now).
import type { Sentence, TemporalMention } from '../types.ts';

export function findTemporal(_text: string, _sentences: readonly Sentence[], _published: string | null): TemporalMention[] {
  return [];
}
