// Test helpers: run the temporal stage on a sentence of our own and look mentions up by text.
import * as assert from 'uvu/assert';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findTemporal } from '../../../src/pipeline/temporal/find-temporal.ts';
import type { TemporalMention } from '../../../src/pipeline/types.ts';

export function find(text: string, published: string | null = '2023-08-22'): TemporalMention[] {
  return findTemporal(text, splitSentences(text), published);
}

/** The one mention whose text is `span`; asserts its offsets point at the first `span` in `text`. */
export function mention(text: string, span: string, published: string | null = '2023-08-22'): TemporalMention {
  const found = find(text, published).find((t) => t.text === span);
  assert.ok(found, `expected a mention "${span}" in: ${text}\nfound: ${find(text, published).map((t) => t.text).join(' | ')}`);
  const start = text.indexOf(span);
  assert.is(found.start, start);
  assert.is(found.end, start + span.length);
  return found;
}

/** Assert the value (and type) of the mention `span`. */
export function expectValue(text: string, span: string, value: string | null, type?: string, published: string | null = '2023-08-22'): TemporalMention {
  const found = mention(text, span, published);
  assert.is(found.value, value);
  if (type !== undefined) assert.is(found.type, type);
  return found;
}

/** Assert that no mention overlaps `span` in `text`. */
export function expectNone(text: string, span: string, published: string | null = '2023-08-22'): void {
  const start = text.indexOf(span);
  const end = start + span.length;
  const hit = find(text, published).find((t) => t.start < end && start < t.end);
  assert.is(hit, undefined, `expected nothing over "${span}", found "${hit?.text}"`);
}
