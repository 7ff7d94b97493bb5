// Words with their offsets: letters and digits joined by inner hyphens and apostrophes
// ("Jean-Pierre", "O'Gorman", "doesn’t"), or a dotted initialism ("U.S."). Punctuation is not a word.
import type { Span } from '../types.ts';

export interface Word extends Span {
  /** 0-based paragraph: a word run never crosses a line break. */
  readonly paragraph: number;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** Every word of the text, in order. */
export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  // Paragraphs are numbered as the sentence splitter numbers them: non-blank lines.
  let paragraph = 0;
  let lineHasText = false;
  let scanned = 0;
  for (const m of text.matchAll(WORD)) {
    for (let i = scanned; i < m.index; i++) {
      if (text[i] === '\n') {
        if (lineHasText) paragraph++;
        lineHasText = false;
      } else if (!lineHasText && !/\s/.test(text[i]!)) lineHasText = true;
    }
    scanned = m.index + m[0].length;
    lineHasText = true;
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], paragraph });
  }
  return words;
}

/** "Musk’s" -> "Musk": the possessive is not part of the name. */
export function stripPossessive(word: Word): Word {
  const m = /['’]s$|(?<=s)['’]$/u.exec(word.text);
  if (!m || m.index === 0) return word;
  return { ...word, end: word.start + m.index, text: word.text.slice(0, m.index) };
}
