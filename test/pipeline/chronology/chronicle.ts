// Test helpers: run sentences -> temporal -> chronology on text of our own, with people given
// by their names (every occurrence of a name is a mention).
import { buildChronology } from '../../../src/pipeline/chronology/build-chronology.ts';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findTemporal } from '../../../src/pipeline/temporal/find-temporal.ts';
import type { ChronologyEntry, Person, TemporalMention } from '../../../src/pipeline/types.ts';

export function person(text: string, id: string, name: string): Person {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name, sentence: 0 }));
  return { id, name, aliases: [name], mentions, roles: [], descriptors: [] };
}

export function chronicle(text: string, published: string | null, people: readonly Person[] = []): { entries: ChronologyEntry[]; temporal: TemporalMention[] } {
  const sentences = splitSentences(text);
  const temporal = findTemporal(text, sentences, published);
  return { entries: buildChronology(text, sentences, temporal, people), temporal };
}

/** Entries in chronological order, as "value|what" strings. */
export function timeline(entries: readonly ChronologyEntry[]): string[] {
  return [...entries].sort((a, b) => a.order - b.order).map((e) => `${e.value ?? `(${e.relation?.kind ?? '?'} ${e.relation?.entry ?? '-'})`}|${e.what.text}`);
}
