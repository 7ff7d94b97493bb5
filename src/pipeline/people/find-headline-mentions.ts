// Names in headlines and capitalised lines, taken only when the body names the same person:
// "MUSK SAYS HE SPOKE TO PUTIN" -> Musk, Putin, if the article names Elon Musk and Vladimir Putin.
import type { Person } from '../types.ts';
import type { Word } from './tokenize-words.ts';

/** The people with their headline mentions added, mentions kept in text order. */
export function findHeadlineMentions(
  text: string,
  words: readonly Word[],
  headlines: ReadonlySet<number>,
  people: readonly Person[],
  sentenceOf: (offset: number) => number,
): Person[] {
  if (headlines.size === 0) return [...people];
  // Each alias as its lower-cased words, longest first so "Elon Musk" wins over "Musk".
  const forms = people
    .flatMap((p, index) => [...new Set([p.name, p.name.split(/\s+/).at(-1) ?? p.name])].map((a) => ({ index, parts: a.toLowerCase().split(/\s+/) })))
    .sort((a, b) => b.parts.length - a.parts.length);
  const added = people.map(() => [] as { start: number; end: number; text: string; sentence: number }[]);
  for (let i = 0; i < words.length; i++) {
    if (!headlines.has(words[i]!.paragraph)) continue;
    for (const form of forms) {
      const span = words.slice(i, i + form.parts.length);
      if (span.length !== form.parts.length) continue;
      if (!span.every((w, k) => w.text.toLowerCase().replace(/['’]s$/, '') === form.parts[k] && w.paragraph === words[i]!.paragraph)) continue;
      if (!span.slice(1).every((w, k) => text.slice(span[k]!.end, w.start) === ' ')) continue;
      const start = span[0]!.start;
      const last = span[span.length - 1]!;
      const end = last.start + last.text.replace(/['’]s$/, '').length;
      added[form.index]!.push({ start, end, text: text.slice(start, end), sentence: sentenceOf(start) });
      i += form.parts.length - 1;
      break;
    }
  }
  return people.map((p, index) => ({
    ...p,
    mentions: [...p.mentions, ...added[index]!].sort((a, b) => a.start - b.start),
  }));
}
