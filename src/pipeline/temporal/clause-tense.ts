// Whether the clause around a temporal expression talks about the future: "will meet on Friday"
// resolves Friday forwards, "met on Friday" backwards. A clause ends at , ; : or the sentence.
import { FUTURE_MARKERS } from './constants.ts';
import { matchesIn } from '../matches-in.ts';
import { alternation, wordRegex } from './word-pattern.ts';

const FUTURE = wordRegex(alternation(FUTURE_MARKERS), 'iu');
const CLAUSE_BREAK = /[.;:!?\n]|,\s+(?:but|and|while|although|as|after|before|when)\b/g;

export type Tense = 'past' | 'future';

export function clauseTense(text: string, start: number, end: number): Tense {
  // The verb usually comes before the date ("will meet on Friday"); after it, only the verb
  // right behind counts ("Friday will see"), so a later "that ... would" does not.
  const clause = clauseAround(text, start, end);
  const at = clause.indexOf(text.slice(start, end));
  const before = clause.slice(Math.max(0, at - 60), at);
  const after = clause.slice(at + (end - start), at + (end - start) + 16);
  return FUTURE.test(before) || /^,?\s+(?:will|is\s+due|is\s+set|are\s+due)\b/i.test(after) ? 'future' : 'past';
}

/** The text of the clause holding [start, end), at most 120 characters either side. */
export function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 120);
  const to = Math.min(text.length, end + 120);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  let left = 0;
  for (const m of matchesIn(CLAUSE_BREAK, before)) left = m.index + m[0].length;
  const stop = /[.;:!?\n]/.exec(after);
  return before.slice(left) + text.slice(start, end) + (stop ? after.slice(0, stop.index) : after);
}
