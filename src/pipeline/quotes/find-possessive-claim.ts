// A fragment inside what a named person's claim says has that person as its speaker:
//   The paper checked Okafor’s claim that there were “thousands of crossings” last year.
// Only a claim's content counts ("claim that ...", "claim “...”"), not words about the claim:
// Okafor’s statement was “true” is the checker's verdict.
import type { Attribution } from './find-attribution.ts';
import { matchesIn } from '../matches-in.ts';
import { findCues } from './find-cues.ts';
import { CLAIM_NOUNS } from './lexicon.ts';

const CLAIM = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}[’']s) (?:[\p{Ll}-]+ )?(${[...CLAIM_NOUNS].join('|')})(?: that |,? (?=[“"‘]))`, 'gu');
const WINDOW = 160;

/** The possessor whose claim holds the fragment opening at `open` (the claim noun as its cue), or null. */
export function findPossessiveClaim(text: string, from: number, open: number): Attribution | null {
  const start = Math.max(from, open - WINDOW);
  let found: Attribution | null = null;
  for (const m of matchesIn(CLAIM, text.slice(start, open))) {
    if (m[1] === undefined || m[2] === undefined) continue;
    const at = start + m.index;
    const cueAt = at + m[0].lastIndexOf(m[2]);
    const cue = { start: cueAt, end: cueAt + m[2].length, text: m[2] };
    found = { speaker: { start: at, end: at + m[1].length, text: m[1] }, cue, addressee: null, end: cue.end };
  }
  if (!found) return null;
  // Within the claim's own clause: no full stop or semicolon, and no speech verb of someone else.
  const between = text.slice(found.end, open);
  if (/[.;!?]\s/.test(between) || findCues(text, found.end, open).length > 0) return null;
  return found;
}
