// A transcript names each speaker before their words, in capitals and with a colon, inside the
// quote marks:  “OKAFOR: Well, the ferry has to run.”  -> "OKAFOR"
// A label is one to three words of capitals; "UPDATE:" and "NOTE:" are no speakers, and neither
// is a one-letter "Q:".
import type { Span } from '../types.ts';
import type { MarkedQuote } from './find-quote-marks.ts';
import { CAPITALISED_FUNCTION_WORDS } from '../people/lexicon.ts';

const LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** The capitals label that opens the quote's words, or null. */
export function findTranscriptLabel(q: MarkedQuote): Span | null {
  const m = LABEL.exec(q.text);
  if (!m || m[1] === undefined) return null;
  if (m[1].split(' ').some((w) => CAPITALISED_FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  return { start: q.start, end: q.start + m[1].length, text: m[1] };
}
