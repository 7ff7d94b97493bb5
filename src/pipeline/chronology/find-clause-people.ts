// The people a chronology entry names: persons with a name mention inside the entry's region
// (the date's clause and its event phrase). Pronouns are not resolved here.
import type { Person } from '../types.ts';
import type { Clause } from './find-clause.ts';
import { flatMap } from '../flat-map.ts';

export interface MentionIndex {
  /** Every person mention, sorted by start. */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly id: string }[];
}

/** Index the people's mentions once, so each entry's lookup is a binary search. */
export function indexMentions(people: readonly Person[]): MentionIndex {
  const mentions = flatMap(people, (p) => p.mentions.map((m) => ({ start: m.start, end: m.end, id: p.id })));
  return { mentions: mentions.sort((a, b) => a.start - b.start) };
}

/** Ids of the people named in `region`, in order of first mention, each once. */
export function findClausePeople(index: MentionIndex, region: Clause): string[] {
  const { mentions } = index;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < region.start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= region.end) break;
    if (m.end <= region.end && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}
