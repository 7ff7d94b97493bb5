// Names listed beside a person are people too: "Ayo Qadri and Peter Lam", "Mike Dorsey,
// Wale Adeyemi, Tina Okoro". A name-shaped candidate with no clue against it, joined by a comma
// or "and" to a candidate the text already shows is a person, gets a person clue. Two passes let
// the clue run along a list.
import { isPersonEvidence, otherScore, type Evidence } from './score-evidence.ts';
import type { ScoredCandidate } from './group-people.ts';

const LIST_GAP = /^\s*(?:,|and|or|&|, and)\s*$/;

export function propagateLists(text: string, scored: readonly ScoredCandidate[]): ScoredCandidate[] {
  let current = [...scored];
  for (let pass = 0; pass < 2; pass++) {
    const boosted = new Set<string>();
    current.forEach((s, i) => {
      if (isPersonEvidence(s.evidence) || !s.evidence.shape || otherScore(s.evidence) > 0) return;
      const neighbours = [current[i - 1], current[i + 1]].filter((n): n is ScoredCandidate => n !== undefined);
      const listed = neighbours.some((n) => {
        const [a, b] = n.candidate.start < s.candidate.start ? [n.candidate, s.candidate] : [s.candidate, n.candidate];
        return a.paragraph === b.paragraph && LIST_GAP.test(text.slice(a.end, b.prefix?.start ?? b.start)) && isPersonEvidence(n.evidence) && n.candidate.words.length >= 2;
      });
      if (listed) boosted.add(s.candidate.text);
    });
    if (boosted.size === 0) break;
    current = current.map((s) => (boosted.has(s.candidate.text) ? { ...s, evidence: boost(s.evidence) } : s));
  }
  return current;
}

const boost = (e: Evidence): Evidence => ({ ...e, person: e.person + 2 });
