// Marks that hold no quotation:
// markup        author="@someone"       (a mark right after "=")
// titles        (when no one is said to say them) Speaking to “Morning Show Live” on Monday / the party’s “Fair Rents Now” campaign
import type { MarkedQuote } from './find-quote-marks.ts';

/** Whether the marks hold an attribute value of markup. */
export function isMarkup(text: string, q: MarkedQuote): boolean {
  return text[q.open - 1] === '=';
}

/** Whether the marks hold a title or a name rather than a sentence. Slogans look the same, so the
 * quotes stage drops a title only when nobody is said to have said it. */
export function isTitle(q: MarkedQuote): boolean {
  const words = q.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4 || /^\p{Lu}/u.test(w));
  // "Fair Rents Now", "Morning Show Live": every word of four letters or more capitalised.
  return words.length >= 2 && words.length <= 8 && long.length > 0 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?,]$/.test(q.text) && !/^(?:I|We|You)\b/.test(q.text);
}

