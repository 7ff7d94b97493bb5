// Organisations, publications and places: names whose clues say "not a person" ("the Pentagon",
// "Space Exploration Technologies Corp", "the New Yorker", "in Ukraine"). A name with no clue
// either way is left out rather than guessed.
import type { Organisation, OrganisationKind } from '../types.ts';
import { otherScore, personScore, type Evidence } from './score-evidence.ts';
import type { ScoredCandidate } from './group-people.ts';

/** One organisation per distinct name, in order of first mention. */
export function buildOrganisations(
  text: string,
  scored: readonly ScoredCandidate[],
  isPersonMention: (start: number) => boolean,
  sentenceOf: (offset: number) => number,
  slug: (name: string) => string,
): Organisation[] {
  const groups = new Map<string, ScoredCandidate[]>();
  for (const s of scored) {
    if (isPersonMention(s.candidate.start)) continue;
    const e = s.evidence;
    if (otherScore(e) === 0 || personScore(e) > otherScore(e)) continue;
    const key = s.candidate.text;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  // "the Pentagon", "the New Yorker": a name the text mostly writes after "the" keeps it.
  const withArticle = (name: string, list: readonly ScoredCandidate[]): string => {
    const after = list.filter((s) => /\bthe\s+$/.test(text.slice(Math.max(0, s.candidate.start - 4), s.candidate.start))).length;
    return after * 2 >= list.length ? `the ${name}` : name;
  };
  return [...groups.entries()].map(([name, list]) => ({
    id: slug(name),
    name: withArticle(name, list),
    kind: kindOf(list[0]!.evidence),
    mentions: list.map((s) => ({ start: s.candidate.start, end: s.candidate.end, text: s.candidate.text, sentence: sentenceOf(s.candidate.start) })),
  }));
}

function kindOf(e: Evidence): OrganisationKind {
  if (e.publication > 0 && e.publication >= e.organisation) return 'publication';
  if (e.place > 0 && e.organisation === 0) return 'place';
  return 'organisation';
}
