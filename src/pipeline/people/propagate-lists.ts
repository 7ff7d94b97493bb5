// Names listed beside people are people too: "Ayo Qadri and Peter Lam", "Mike Dorsey,
// Wale Adeyemi, Tina Okoro". A name-shaped candidate with no clue against it, joined by a comma
// or "and" to a candidate the text already shows is a person, gets a person clue. The clue runs
// along the whole list, one pass each way, and across a line break after a comma, as rosters
// are written ("Ana Ruiz , Femi Lawal ,\nTunde Ojo , ...").
import { isPersonEvidence, otherScore, type Evidence } from './score-evidence.ts';
import type { ScoredCandidate } from './group-people.ts';

// A bracketed aside may stand after a name in the list: "Ana Ruiz ( captain ) , Femi Lawal".
const LIST_GAP = /^\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|and|or|&|, and)\s*$/;
const LINE_GAP = /^\s*(?:\([^()\n]{1,30}\)\s*)?,[^\S\n]*\n\s*$/;

export function propagateLists(text: string, scored: readonly ScoredCandidate[]): ScoredCandidate[] {
  const boosted = new Set<string>();
  const isPerson = (s: ScoredCandidate): boolean => s.candidate.words.length >= 2 && (isPersonEvidence(s.evidence) || boosted.has(s.candidate.text));
  const eligible = (s: ScoredCandidate): boolean => !isPersonEvidence(s.evidence) && s.evidence.shape && otherScore(s.evidence) === 0;
  const listed = (a: ScoredCandidate, b: ScoredCandidate): boolean => {
    const gap = text.slice(a.candidate.end, b.candidate.prefix?.start ?? b.candidate.start);
    return a.candidate.paragraph === b.candidate.paragraph ? LIST_GAP.test(gap) : LINE_GAP.test(gap);
  };
  for (let i = 1; i < scored.length; i++) {
    const s = scored[i]!;
    if (eligible(s) && isPerson(scored[i - 1]!) && listed(scored[i - 1]!, s)) boosted.add(s.candidate.text);
  }
  for (let i = scored.length - 2; i >= 0; i--) {
    const s = scored[i]!;
    if (eligible(s) && isPerson(scored[i + 1]!) && listed(s, scored[i + 1]!)) boosted.add(s.candidate.text);
  }
  if (boosted.size === 0) return [...scored];
  return scored.map((s) => (boosted.has(s.candidate.text) ? { ...s, evidence: boost(s.evidence) } : s));
}

const boost = (e: Evidence): Evidence => ({ ...e, person: e.person + 2 });
