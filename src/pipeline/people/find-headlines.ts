// Paragraphs written in capitals or title case (headlines, datelines): "ELON MUSK SAYS HE SPOKE TO
// PUTIN", "Hillary Clinton Was Headed to ER". Capitals there are not evidence of a name, so names
// in them are only taken when the body of the article gives them.
import type { Sentence } from '../types.ts';
import { CAPITALISED_FUNCTION_WORDS } from './lexicon.ts';

/** Indexes of the paragraphs that are headlines. */
export function findHeadlines(sentences: readonly Sentence[]): ReadonlySet<number> {
  const out = new Set<number>();
  const paragraphs = new Map<number, string>();
  for (const s of sentences) paragraphs.set(s.paragraph, `${paragraphs.get(s.paragraph) ?? ''} ${s.text}`);
  for (const [index, text] of paragraphs) {
    if (isAllCaps(text) || (index === 0 && isTitleCase(text))) out.add(index);
  }
  return out;
}

function isAllCaps(text: string): boolean {
  // Counted without building an array of every letter of the article; plain ASCII letters are
  // told apart by code, the rest by their Unicode category. A line stops being read once its
  // lower-case letters are a fifth of its length: it cannot be in capitals then.
  let letters = 0;
  let upper = 0;
  const enough = text.length / 5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) { letters++; upper++; }
      else if (code >= 97 && code <= 122) {
        letters++;
        if (letters - upper >= enough) return false;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    const c = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (UPPER.test(c)) { letters++; upper++; }
    else if (LETTER.test(c)) letters++;
  }
  return letters >= 4 && upper / letters > 0.8;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * Most words of four letters or more start with a capital, and so does a function word inside
 * the line ("Hillary Clinton Was Headed to ER"): "Mrs Okafor met Mr Bramwell on Monday." is a
 * sentence full of names, not a headline.
 */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const inner = (text.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).filter((w) => CAPITALISED_FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length >= 3 && capitalised.length / words.length >= 0.75 && inner.length > 0;
}
