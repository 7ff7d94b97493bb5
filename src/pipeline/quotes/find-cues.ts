// Attribution cues: the verb phrase that says someone spoke. "is quoted as saying", "told",
// "recalled telling", "said in a statement", "has repeatedly said", "according to".
import type { Span } from '../types.ts';
import { matchesIn } from '../matches-in.ts';
import { CUE_ADVERBS, CUE_TAILS, JUDGING_VERBS, SPEECH_VERBS } from './lexicon.ts';

const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// "Okafor is calling the plan “a disgrace”": a progressive is a finite verb, not a participle
// (in the present only: "were calling every hour" is more often the telephone).
const PROGRESSIVE = SPEECH_VERBS.filter((v) => /ing$/.test(v));

// Built once from the word lists; every part is a fixed word, so matching stays linear.
const CUE = new RegExp(
  String.raw`(?<![\p{L}’'-])(?:(?:is|was|were|are|has been|had been|have been|being) quoted as (?:saying|telling)|[Aa]ccording to|(?:(?:is|are) (?:${alternation(PROGRESSIVE)}))|(?:(?:${alternation(CUE_ADVERBS)}) ){0,2}(?:${alternation([...SPEECH_VERBS, ...JUDGING_VERBS])})(?: (?:telling|saying))?(?: (?:${alternation(CUE_TAILS)}))?)(?![\p{L}’'-])`,
  // Case matters: "the United States has become" holds no cue.
  'gu',
);

/** Every cue in text[from, to), in order. */
export function findCues(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const m of matchesIn(CUE, text.slice(from, to))) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether a cue is a participle ("saying", "telling"), whose speaker is the clause's subject. */
export function isParticiple(cue: Span): boolean {
  return /ing$/.test(cue.text) && !/^(?:is|are) /.test(cue.text);
}

const JUDGING: ReadonlySet<string> = new Set(JUDGING_VERBS);

/** Whether a cue's verb is one of judging ("likened"), which never stands before its subject. */
export function isJudging(cue: Span): boolean {
  const words = cue.text.split(' ');
  return JUDGING.has(words[words.length - 1] ?? '') || JUDGING.has(words.slice(-2).join(' '));
}
