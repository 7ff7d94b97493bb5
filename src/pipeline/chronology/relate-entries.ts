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
  return entries.map((entry, i) => {
    if (!entry.relative) return null;
    const pattern = RELATION_PATTERNS.find((p) => p.test.test(entry.text));
    if (!pattern) return null;
    const usable = (e: Relatable): boolean => !e.report && (pattern.dated ? e.dated : e.dated || e.relative);
    const previous = entries.slice(0, i).reverse().find(usable);
    // Nothing before it: the first dated entry after it is the best guess left.
    const anchor = previous ?? entries.slice(i + 1).find((e) => !e.report && e.dated);
    return anchor ? { kind: pattern.kind, entry: anchor.id } : null;
  });
}
