// Sources the text describes but does not name: "a former Pentagon official", "Another source",
// "A senior official" ... "the senior defence official" (the same source, met again).
// Never a named person: "spokeswoman Dana Whitlock" is Dana Whitlock, not an unnamed source.
import type { Sentence, UnnamedSource } from '../types.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import { BARE_PLURALS, CAPITALISED_FUNCTION_WORDS, SOURCE_ADJECTIVES, SOURCE_DETERMINERS, SOURCE_MODIFIERS, SOURCE_NOUNS } from './lexicon.ts';
import type { Word } from './tokenize-words.ts';

interface Draft {
  readonly head: string;
  readonly description: string;
  readonly mentions: { start: number; end: number; text: string; sentence: number }[];
}

// Most words are too short or too long to be a source noun, or open with two letters none of them
// opens with ("of" and "Of" alike: | 32 lower-cases an ASCII capital), and are passed over unread.
const SHORTEST_NOUN = Math.min(...[...SOURCE_NOUNS].map((w) => w.length));
const LONGEST_NOUN = Math.max(...[...SOURCE_NOUNS].map((w) => w.length));
const opening = (w: string): number => ((w.charCodeAt(0) | 32) << 16) | (w.charCodeAt(1) | 32);
const OPENINGS = new Set([...SOURCE_NOUNS].map(opening));

const singular = (w: string): string => (w === 'people' ? 'person' : w.replace(/s$/, ''));

/** Every unnamed source, in order of first mention; a definite description joins the last one of its head noun. */
export function findUnnamedSources(text: string, words: readonly Word[], sentences: readonly Sentence[]): UnnamedSource[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = words[i]!;
    if (head.text.length < SHORTEST_NOUN || head.text.length > LONGEST_NOUN || !OPENINGS.has(opening(head.text))) continue;
    const lower = head.text.toLowerCase();
    if (!SOURCE_NOUNS.has(lower)) continue;
    const next = words[i + 1];
    // "spokeswoman Dana Whitlock": a name follows, so the description is a role.
    if (next && text.slice(head.end, next.start) === ' ' && /^\p{Lu}/u.test(next.text)) continue;
    let j = i;
    let determiner: string | null = null;
    while (j > 0 && i - j < 5) {
      const w = words[j - 1]!;
      if (text.slice(w.end, words[j]!.start) !== ' ') break;
      const wl = w.text.toLowerCase();
      if (SOURCE_DETERMINERS.has(wl) && !['senior', 'anonymous', 'unnamed'].includes(wl)) {
        determiner = wl;
        j--;
        break;
      }
      if ((CAPITALISED_FUNCTION_WORDS.has(wl) && !SOURCE_MODIFIERS.has(wl)) || /^then-/i.test(wl) || SOURCE_NOUNS.has(wl)) break;
      j--;
    }
    // Without a determiner only plural sources, described by a name or a known word: "Pentagon
    // officials", "senior aides"; not "make people".
    const plural = BARE_PLURALS.has(lower);
    if (!determiner && !plural) continue;
    if (!determiner && words.slice(j, i).some((w) => !/^\p{Lu}/u.test(w.text) && !SOURCE_ADJECTIVES.has(w.text.toLowerCase()))) continue;
    if (/^then-/i.test(words[j]?.text ?? '') || words.slice(j, i).some((w) => /^then-/i.test(w.text))) continue;
    const from = words[j]!.start;
    const descStart = determiner ? words[j + 1]?.start ?? head.start : from;
    const description = text.slice(descStart, head.end);
    const mention = { start: from, end: head.end, text: text.slice(from, head.end), sentence: sentenceAt(sentences, from) };
    const key = singular(lower);
    const earlier = determiner === 'the' ? [...drafts].reverse().find((d) => d.head === key) : undefined;
    if (earlier) earlier.mentions.push(mention);
    else drafts.push({ head: key, description, mentions: [mention] });
    i = Math.max(i, j);
  }
  return drafts.map((d, n) => ({ id: `u${n + 1}`, description: d.description, mentions: d.mentions }));
}
