// The gender a pronoun must agree with, from the text's own clues: a gendered title ("Mr Musk",
// "Mrs May") or a given name from the lexicon ("Hillary"). Unknown when they say nothing or disagree.
import type { Person } from '../types.ts';
import { GIVEN_NAMES, type Gender } from '../people/given-names.ts';
import { GENDERED_TITLES } from '../people/lexicon.ts';

export function personGender(person: Person): Gender {
  const clues = new Set<Gender>();
  for (const alias of person.aliases) {
    const title = alias.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    const g = alias.includes(' ') ? GENDERED_TITLES.get(title) : undefined;
    if (g) clues.add(g);
  }
  const given = person.name.includes(' ') ? GIVEN_NAMES.get(person.name.split(/\s+/)[0]!.toLowerCase()) : undefined;
  if (given && given !== 'unknown' && clues.size === 0) clues.add(given);
  return clues.size === 1 ? [...clues][0]! : 'unknown';
}
