// Helpers for the quotes tests: run sentences, people and quotes on a text.
import * as assert from 'uvu/assert';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findEntities } from '../../../src/pipeline/people/find-entities.ts';
import { findQuotes } from '../../../src/pipeline/quotes/find-quotes.ts';
import type { Quote } from '../../../src/pipeline/types.ts';

export function quotesOf(text: string): Quote[] {
  const sentences = splitSentences(text);
  const quotes = findQuotes(text, sentences, findEntities(text, sentences));
  for (const q of quotes) {
    assert.is(text.slice(q.start, q.end), q.text);
    for (const s of [q.speakerMention, q.cue]) if (s) assert.is(text.slice(s.start, s.end), s.text);
  }
  return quotes;
}

/** [quoted words, kind, speaker name, speaker mention, cue] for each quote. */
export function summaryOf(text: string): (string | null)[][] {
  return quotesOf(text).map((q) => [q.text, q.kind, q.speaker?.name ?? null, q.speakerMention?.text ?? null, q.cue?.text ?? null]);
}
