// A heading is a line that stands alone as its paragraph and does not end as a sentence ends:
// "Ad sales boost Time Warner profit" above the first paragraph, or a cross-heading further down.
// It names the story but is not part of its telling, and a summary of sentences leaves it out.
import type { Sentence } from '../types.ts';

/** How a sentence ends: a full stop, question or exclamation mark, maybe inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

export function isHeading(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  // Sentences come in text order, so only the neighbours can share the paragraph.
  const before = sentences[sentence.index - 1];
  const after = sentences[sentence.index + 1];
  const alone = before?.paragraph !== sentence.paragraph && after?.paragraph !== sentence.paragraph;
  return alone && !SENTENCE_END.test(sentence.text.trimEnd());
}
