// Whole statement or fragment. A quote is a whole statement when it opens its sentence, follows
// an attribution's comma or colon ("He said, “..."), or reads as a sentence of its own (capital
// first, closing punctuation inside the marks). Otherwise it is a few words inside the
// reporter's sentence: could see “the entire war unfolding” through a map.
import type { Sentence } from '../types.ts';
import type { MarkedQuote } from './find-quote-marks.ts';

export function isFragment(text: string, quote: MarkedQuote, sentence: Sentence): boolean {
  const lead = text.slice(sentence.start, quote.open);
  if (/^[\s\p{P}]*$/u.test(lead)) return false;
  if (/[,:—–]\s*$/.test(lead)) return false;
  return !(/^\p{Lu}/u.test(quote.text) && /[.!?,]$/.test(text.slice(quote.start, quote.close).replace(/[”"’'\s]+$/, '')));
}
