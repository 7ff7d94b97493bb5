// Sort keys for the chronology: dated entries by the start of their period, then text order
// ("2022-10" before "2022-10-05"); relative entries beside their anchor (before it, or after
// it); entries with no date and no anchor last, in text order.
import { periodStart } from './period-start.ts';
import type { Relation } from './relate-entries.ts';

export interface Orderable {
  readonly id: string;
  readonly value: string | null;
  readonly relation: Relation;
}

const STEP = 1000;
const OFFSET = { before: -100, during: 1, after: 2 } as const;
const LAST = Number.MAX_SAFE_INTEGER / 2;

function startOf(value: string, byValue: Map<string, number | null>): number | null {
  let start = byValue.get(value);
  if (start === undefined) {
    start = periodStart(value)?.toMillis() ?? null;
    byValue.set(value, start);
  }
  return start;
}

/** The 1-based position of each entry (same order as given) in the chronology. */
export function orderEntries(entries: readonly Orderable[]): number[] {
  // A story repeats its dates ("Monday" four times): each value goes through luxon once.
  const byValue = new Map<string, number | null>();
  const starts = entries.map((e) => (e.value === null ? null : startOf(e.value, byValue)));
  const dated = entries
    .map((_, i) => i)
    .filter((i) => starts[i] !== null)
    .sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b);
  const keys = new Map<string, number>();
  dated.forEach((i, rank) => {
    const e = entries[i];
    if (e) keys.set(e.id, (rank + 1) * STEP);
  });
  // The dated entry at the end of each relation chain ("Later" after "he later denied" after
  // "the weeks before the tweet", itself before October): "after" never sorts before that root.
  const roots = new Map<string, number>();
  entries.forEach((e) => {
    if (keys.has(e.id)) {
      roots.set(e.id, keys.get(e.id) ?? LAST);
      return;
    }
    const anchorKey = e.relation ? keys.get(e.relation.entry) : undefined;
    if (anchorKey === undefined || !e.relation) {
      keys.set(e.id, LAST);
      return;
    }
    const root = roots.get(e.relation.entry) ?? anchorKey;
    roots.set(e.id, root);
    const base = e.relation.kind === 'after' ? Math.max(anchorKey, root) : anchorKey;
    keys.set(e.id, base + OFFSET[e.relation.kind]);
  });
  const ranked = entries
    .map((e, i) => ({ i, key: keys.get(e.id) ?? LAST }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  const order: number[] = new Array<number>(entries.length).fill(0);
  ranked.forEach((r, position) => {
    order[r.i] = position + 1;
  });
  return order;
}
