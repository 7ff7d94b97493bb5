// Definite descriptions that refer back to a person: "Mr Musk’s comments ... a discussion the
// billionaire had" -> Elon Musk. Only where it is safe: the person is named earlier in the same
// sentence, or is the only person named in the sentence before.
import type { Mention } from '../types.ts';
import { DESCRIPTOR_NOUNS } from './lexicon.ts';
import type { Word } from './tokenize-words.ts';

export interface PlacedMention {
  readonly personIndex: number;
  readonly start: number;
  readonly sentence: number;
}

/** Descriptor mentions per person index. */
export function findDescriptors(
  text: string,
  words: readonly Word[],
  mentions: readonly PlacedMention[],
  sentenceOf: (offset: number) => number,
): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  // Person mentions by sentence, so each description looks at its own sentence and the one before.
  const bySentence = new Map<number, PlacedMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const the = words[i]!;
    const noun = words[i + 1]!;
    if (!isThe(the.text) || !DESCRIPTOR_NOUNS.has(noun.text) || text.slice(the.end, noun.start) !== ' ') continue;
    const after = words[i + 2];
    // "the president of Russia", "the senator Bob Smith": another person, or a name follows.
    if (after && text.slice(noun.end, after.start) === ' ' && (after.text === 'of' || /^\p{Lu}/u.test(after.text))) continue;
    const sentence = sentenceOf(the.start);
    const earlier = (bySentence.get(sentence) ?? []).filter((m) => m.start < the.start).sort((a, b) => a.start - b.start);
    let person: number | undefined = earlier[earlier.length - 1]?.personIndex;
    if (person === undefined && sentence > 0) {
      const previous = new Set((bySentence.get(sentence - 1) ?? []).map((m) => m.personIndex));
      if (previous.size === 1) person = [...previous][0];
    }
    if (person === undefined) continue;
    const list = out.get(person) ?? [];
    list.push({ start: the.start, end: noun.end, text: text.slice(the.start, noun.end), sentence });
    out.set(person, list);
  }
  return out;
}

/** "the" or "The" (or "THE"); told without lower-casing every word of the article. */
function isThe(word: string): boolean {
  return word.length === 3 && (word === 'the' || word.toLowerCase() === 'the');
}
