// The people a chronology entry names: persons with a name mention inside the entry's region
// (the date's clause and its event phrase). Pronouns are not resolved here.
import type { Person } from '../types.ts';
import type { Clause } from './find-clause.ts';

export function findClausePeople(people: readonly Person[], region: Clause): string[] {
  return people
    .filter((p) => p.mentions.some((m) => m.start >= region.start && m.end <= region.end))
    .map((p) => p.id);
}
