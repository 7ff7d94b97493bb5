// The summary: the few sentences that carry the story, in article order, short enough to read
// in about twenty seconds. A sentence scores by its centrality (how much of its vocabulary the
// rest of the article shares), by the people, quotes and dates it holds, and a little by its
// position, since news puts the story first; sentences that lean on the one before them
// ("But he later denied...") and near-duplicates of an already chosen sentence are held back.
import type { Person, Quote, Sentence, TemporalMention } from '../types.ts';
import { DEPENDENT_OPENERS, STOPWORDS } from './stopwords.ts';

/** About twenty seconds of reading at news pace. */
export const SUMMARY_WORD_BUDGET = 85;

export interface SummaryInput {
  readonly sentences: readonly Sentence[];
  readonly people: readonly Person[];
  readonly quotes: readonly Quote[];
  readonly temporal: readonly TemporalMention[];
}

/** Indexes of the summary sentences, ascending. */
export function summarise(input: SummaryInput, budget = SUMMARY_WORD_BUDGET): number[] {
  const { sentences } = input;
  if (sentences.length === 0) return [];
  const words = sentences.map((s) => contentWords(s.text));
  const scores = scoreSentences(input, words);
  const ranked = sentences
    .map((s) => s.index)
    .filter((i) => wordCount(sentences[i]!.text) >= 4 || sentences.length === 1)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  let used = 0;
  for (const i of ranked) {
    const length = wordCount(sentences[i]!.text);
    if (chosen.length > 0 && used + length > budget) continue;
    if (chosen.some((j) => overlap(words[i]!, words[j]!) > 0.6)) continue;
    chosen.push(i);
    used += length;
    if (used >= budget * 0.8) break;
  }
  return chosen.sort((a, b) => a - b);
}

function scoreSentences(input: SummaryInput, words: readonly string[][]): number[] {
  const { sentences } = input;
  const documentFrequency = new Map<string, number>();
  for (const list of words) for (const w of new Set(list)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const perSentence = (items: readonly { sentence: number }[]) => {
    const counts = new Array<number>(sentences.length).fill(0);
    for (const item of items) counts[item.sentence] = (counts[item.sentence] ?? 0) + 1;
    return counts;
  };
  const peopleIn = perSentence(input.people.flatMap((p) => p.mentions));
  const quotesIn = perSentence(input.quotes);
  const datesIn = perSentence(input.temporal.filter((t) => t.type === 'DATE' && t.value !== null));
  const n = sentences.length;
  return sentences.map((s, i) => {
    const list = words[i]!;
    // Centrality: the share of the article's other sentences that use each word, averaged.
    const unique = [...new Set(list)];
    const centrality = unique.length === 0
      ? 0
      : unique.reduce((sum, w) => sum + ((documentFrequency.get(w) ?? 1) - 1) / Math.max(1, n - 1), 0) / Math.sqrt(unique.length);
    const position = 1 / Math.sqrt(i + 1);
    const entities = Math.min(2, peopleIn[i]!) * 0.15 + Math.min(1, datesIn[i]!) * 0.1 + Math.min(1, quotesIn[i]!) * 0.05;
    const opener = (/^[\p{L}']+/u.exec(s.text.replace(/^[“"‘']+/, ''))?.[0] ?? '').toLowerCase();
    const dependent = DEPENDENT_OPENERS.has(opener) ? 0.3 : 0;
    return centrality + position + entities - dependent;
  });
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Share of the shorter list's words that the other list has too. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const small = new Set(a.length < b.length ? a : b);
  const big = new Set(a.length < b.length ? b : a);
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size;
}
