// A given name that opens a firm's or a product's name, and that the article also writes alone,
// is the firm's name there, not a given name: "Ford Motor Company ... Ford will rename ... the Ford
// Taurus", "the Zenith Harlow KC-9 ... towards Zenith". Only the name's own words mark the firm:
// an organisation word or suffix at its end, a country in it ("Ford Australia"), or a model
// number; never the clues around it. Places and prizes named after people do not count ("the Ruth
// Leff Siegel Awards", "the Muhammad Ali Center").
import { GIVEN_NAMES } from './given-names.ts';
import { NAMED_AFTER_PEOPLE, ORGANISATION_WORDS } from './lexicon.ts';
import { PLACES } from './places.ts';
import type { NameCandidate } from './split-name-run.ts';

const MODEL_NUMBER = /^(?:\p{Lu}+-?\d+\p{Lu}*|\d+)$/u;

/** The lower-cased given names that are firms' names in this article. */
export function findBrandNames(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  const opening = new Set<string>();
  const alone = new Set<string>();
  for (const c of candidates) {
    const first = c.words[0]!.text.toLowerCase();
    if (!GIVEN_NAMES.has(first)) continue;
    if (c.words.length === 1) {
      if (!c.prefix) alone.add(first);
      continue;
    }
    const rest = c.words.slice(1);
    const last = rest[rest.length - 1]!;
    const lastLower = c.lowerWords[c.lowerWords.length - 1]!;
    const firm = ORGANISATION_WORDS.has(lastLower) && !NAMED_AFTER_PEOPLE.has(lastLower);
    if (firm || MODEL_NUMBER.test(last.text) || rest.some((w) => PLACES.has(w.text.toLowerCase()))) {
      opening.add(first);
    }
  }
  return new Set([...opening].filter((w) => alone.has(w)));
}
