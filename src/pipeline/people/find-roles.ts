// Roles the text gives a person at a mention:
// premodifier  "NASA Administrator Charles Bolden", "billionaire Elon Musk", "Spokeswoman Dana Whitlock"
// appositive   "Colin Kahl, then the under-secretary of defence for policy at the Pentagon, that ..."
import type { Span } from '../types.ts';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.ts';
import type { NameCandidate } from './split-name-run.ts';
import type { Word } from './tokenize-words.ts';

// Up to 14 words after ", " that open like a description, to the next comma, full stop or clause word.
const APPOSITIVE = /^, ((?:then |now |currently |also )?(?:the|a|an|former|his|her|its) [^,.;:!?“”"()]{2,120}?)(?=[,.;:!?“”"()]| who\b| which\b| said\b| says\b|$)/u;

/** The role written before the name, if any: the title prefix and lower-case role words before it. */
export function findPremodifierRole(text: string, c: NameCandidate, before: readonly Word[]): Span | null {
  let start = c.prefix && !isHonorificOnly(c.prefix.text) ? c.prefix.start : -1;
  let end = c.prefix && start >= 0 ? c.prefix.end : -1;
  // Lower-case role words just before: "presidential nominee Hillary Clinton", "billionaire Elon Musk".
  let cursor = c.prefix ? c.prefix.start : c.start;
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    const lower = w.text.toLowerCase();
    if (text.slice(w.end, cursor) !== ' ' || w.paragraph !== c.paragraph) break;
    const isNoun = ROLE_NOUNS.has(lower);
    if (end < 0 && !isNoun) break;
    if (!isNoun && !ROLE_MODIFIERS.has(lower) && !/^\p{Lu}/u.test(w.text)) break;
    if (end < 0) end = w.end;
    start = w.start;
    cursor = w.start;
  }
  if (start < 0 || end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

/** The appositive after a name, if it names a role: ", then the under-secretary of defence ...". */
export function findAppositiveRole(text: string, c: NameCandidate): Span | null {
  const m = APPOSITIVE.exec(text.slice(c.end, c.end + 200));
  if (!m || m[1] === undefined) return null;
  const phrase = m[1];
  const words = phrase.toLowerCase().split(/[\s-]+/);
  if (words.length > 14 || !words.some((w) => ROLE_NOUNS.has(w) || w.endsWith('-secretary'))) return null;
  const start = c.end + 2;
  return { start, end: start + phrase.length, text: phrase };
}

function isHonorificOnly(prefix: string): boolean {
  return prefix.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) && !ROLE_NOUNS.has(w.toLowerCase()));
}
