// Hang each event-relative entry on another entry: "at the time" -> during the last dated entry;
// "Later" -> after the previous entry; "the weeks leading up to his tweet" -> before the last
// dated entry. Dates in a reporting clause ("a report on Monday") are when the story was told,
// so they never serve as an anchor.
import { RELATION_PATTERNS } from './constants.ts';

export interface Relatable {
  readonly id: string;
  readonly text: string;
  readonly dated: boolean;
  readonly relative: boolean;
  readonly report: boolean;
}

export type Relation = { readonly kind: 'before' | 'after' | 'during'; readonly entry: string } | null;

export function relateEntries(entries: readonly Relatable[]): Relation[] {
  // One pass each way keeps this linear: the last usable entry before, the first dated after.
  const nextDated: (Relatable | null)[] = new Array<Relatable | null>(entries.length).fill(null);
  let following: Relatable | null = null;
  for (let i = entries.length - 1; i >= 0; i--) {
    nextDated[i] = following;
    const e = entries[i];
    if (e && !e.report && e.dated) following = e;
  }
  let lastDated: Relatable | null = null;
  let lastAny: Relatable | null = null;
  return entries.map((entry, i) => {
    const relation = relationOf(entry, lastDated, lastAny, nextDated[i] ?? null);
    if (!entry.report && entry.dated) lastDated = entry;
    if (!entry.report && (entry.dated || relation !== null)) lastAny = entry;
    return relation;
  });
}

function relationOf(entry: Relatable, lastDated: Relatable | null, lastAny: Relatable | null, nextDated: Relatable | null): Relation {
  if (!entry.relative) return null;
  const pattern = RELATION_PATTERNS.find((p) => p.test.test(entry.text));
  if (!pattern) return null;
  // Nothing before it: the first dated entry after it is the best guess left.
  const anchor = (pattern.dated ? lastDated : lastAny) ?? nextDated;
  return anchor ? { kind: pattern.kind, entry: anchor.id } : null;
}
