// A headline names its speaker in headline style, before the quote and without a lower-case cue:
// colon  Okafor: Ferry Fares Are ‘Far Too High’            -> "Okafor"
// verb   Ada Okafor Calls the Ferry Plan ‘A Costly Mistake’ -> "Ada Okafor" (the verb capitalised)
// The headline is the text's first line, when it is short and has more lines after it.
import type { Span } from '../types.ts';
import { CAPITALISED_FUNCTION_WORDS } from '../people/lexicon.ts';
import { JUDGING_VERBS, SPEECH_VERBS } from './lexicon.ts';

const MAX_HEADLINE = 200;
const COLON = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4}):\s/u;
const HEADLINE_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...JUDGING_VERBS].filter((v) => /s$/.test(v) && !v.includes(' ')).map((v) => v[0]!.toUpperCase() + v.slice(1)));
const MAX_NAME_WORDS = 5;

/** Where the headline ends, or -1 when the text opens with no headline. */
export function headlineEnd(text: string): number {
  const lineEnd = text.indexOf('\n');
  return lineEnd > MAX_HEADLINE ? -1 : lineEnd;
}

/** The name a headline gives as the speaker of the quote opening at `open`, or null. */
export function findHeadlineSpeaker(text: string, open: number): Span | null {
  const lineEnd = headlineEnd(text);
  if (lineEnd < 0 || open > lineEnd) return null;
  const colon = COLON.exec(text.slice(0, lineEnd));
  if (colon && colon[1] !== undefined && colon[0].length <= open) return nameSpan(colon[1]);
  // Every word up to the verb is capitalised, so the name is the words before the first speech verb.
  const words = text.slice(0, open).split(' ');
  const at = words.findIndex((w) => HEADLINE_VERBS.has(w));
  if (at < 1 || at > MAX_NAME_WORDS || !words.slice(0, at).every((w) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w))) return null;
  return nameSpan(words.slice(0, at).join(' '));
}

/** "The Latest", "Report": a label, not a name, when it opens with a function word. */
function nameSpan(name: string): Span | null {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  if (CAPITALISED_FUNCTION_WORDS.has(first)) return null;
  return { start: 0, end: name.length, text: name };
}
