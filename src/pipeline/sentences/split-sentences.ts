// Sentences and paragraphs. A paragraph is a block of text between line breaks; a sentence
// never crosses one. Inside a paragraph, a sentence ends at . ! or ? (with any closing quote
// marks and brackets after it) followed by space and something that can open a sentence.
import type { Sentence } from '../types.ts';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.ts';

const CLOSERS = '"\'”’»)]';
const WORD_CHAR = /[\p{L}\p{N}.&'-]/u;
const OPENERS = '"\'“‘«([';

/** Split the text into sentences, each with its paragraph. Whitespace-only text gives []. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of findParagraphs(text)) {
    for (const [start, end] of splitParagraph(text, block.start, block.end)) {
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

/** Non-blank lines; each is a paragraph (news text keeps one paragraph to a line). */
function findParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

function splitParagraph(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  const stop = /[.!?…]+/g;
  stop.lastIndex = from;
  for (let m = stop.exec(text); m && m.index < to; m = stop.exec(text)) {
    let end = m.index + m[0].length;
    while (end < to && CLOSERS.includes(text[end]!)) end++;
    if (end >= to) break;
    if (!/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < to && /\s/.test(text[next]!)) next++;
    if (next >= to) break;
    if (!opensSentence(text[next]!)) continue;
    // A quote mark closing after the stop ends the sentence even after "No." or "Mr.".
    const closed = end > m.index + m[0].length;
    if (m[0] === '.' && !closed && !endsSentence(text, start, m.index, next)) continue;
    out.push([start, end]);
    start = next;
    stop.lastIndex = next;
  }
  out.push([start, to]);
  return out;
}

function opensSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch);
}

/** Whether a single full stop at `dot` ends the sentence that began at `start`. */
function endsSentence(text: string, start: number, dot: number, next: number): boolean {
  // Only the word before the stop matters: walk back over it, a bounded stretch, so a long run
  // of stops ("Mr. Mr. Mr. ...") stays linear.
  let from = dot;
  while (from > start && dot - from < 40 && WORD_CHAR.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  const bare = word.replace(/^['-]+/, '').toLowerCase();
  if (!bare) return true;
  // "U.S.", "a.m.", "J." : initialisms and initials do not end a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  // "No. 10 Downing Street", but "He said no. Then..."
  if (bare === 'no') return !/\d/.test(text[next] ?? '');
  if (TITLE_ABBREVIATIONS.has(bare)) return false;
  if (ABBREVIATIONS.has(bare)) {
    // "Space Exploration Technologies Corp. said" vs "... bought by Apple Inc. The deal": a
    // lower-case word next stays in the sentence (handled by opensSentence); a capital after an
    // organisation suffix most often opens the next sentence only when a function word follows.
    return /^(The|A|An|It|He|She|They|We|I|But|And|In|On|At|This|That|These|Those)\b/.test(text.slice(next, next + 8));
  }
  return true;
}
