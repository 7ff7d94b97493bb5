// Where an event phrase may start in a range: never inside a word, and never on the possessive
// ending of the date before it. "Monday's email announcement marked ..." -> "email announcement
// marked ..." (not "s email announcement ..."); "In the late 1980's Apple Computer added ..." ->
// "Apple Computer added ..."; a range cut by a window at "...Mu|sk's comments" starts at "comments".
import { POSSESSIVE_ENDING } from './constants.ts';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function phraseStart(text: string, start: number, end: number): number {
  const possessive = POSSESSIVE_ENDING.exec(text.slice(start, end))?.[0].length ?? 0;
  if (possessive > 0) return start + possessive;
  const inside = WORD_CHARACTER.test(text[start - 1] ?? '') && WORD_CHARACTER.test(text[start] ?? '');
  if (!inside) return start;
  // Skip the rest of the word, its possessive ending included ("sk’s" -> the next word).
  const next = /\s/u.exec(text.slice(start, end));
  return next ? start + next.index : end;
}
