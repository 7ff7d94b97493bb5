// Quoted stretches of text from their marks: “curly” and "straight" double quotes, ‘single’
// quotes nested inside them (or standing alone, as headlines use them). An apostrophe is not a
// mark: "doesn’t", "Starlink’s", "officials’". A paragraph that ends inside a quote closes it
// there; when the next paragraph opens with a mark, the quote goes on in it.
import type { Span } from '../types.ts';

export interface MarkedQuote extends Span {
  /** Offset of the opening mark; the content starts after it. */
  readonly open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  readonly close: number;
  /** 0 for a top-level quote, 1 for a quote inside another. */
  readonly depth: number;
  /** Index (in the returned list) of the quote that holds this one. */
  readonly parent: number | null;
  /** Whether the paragraph ended with this quote still open. */
  readonly runsOn: boolean;
}

interface Open {
  readonly at: number;
  readonly mark: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Every quote of the text with its content span (marks excluded, spaces trimmed), in order of opening. */
export function findQuoteMarks(text: string): MarkedQuote[] {
  const found: { open: number; contentEnd: number; close: number; depth: number; parentOpen: number | null; runsOn: boolean }[] = [];
  let outer: Open | null = null;
  let inner: Open | null = null;
  const closeOuter = (contentEnd: number, close: number, runsOn: boolean): void => {
    if (!outer) return;
    found.push({ open: outer.at, contentEnd, close, depth: 0, parentOpen: null, runsOn });
    outer = null;
    inner = null;
  };
  // Only marks and line breaks matter: jump from one to the next.
  const MARKS = /[\n“”"‘’']/g;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    if (c === '\n') {
      if (outer) closeOuter(i, i, true);
      inner = null;
      continue;
    }
    // "The agency is not about “Fair Play” anymore": the other double mark nests.
    if (outer && outer.mark === '"' && (c === '“' || (c === '”' && inner?.mark === '“'))) {
      if (c === '“' && !inner) inner = { at: i, mark: c };
      else if (c === '”' && inner) {
        found.push({ open: inner.at, contentEnd: i, close: i + 1, depth: 1, parentOpen: outer.at, runsOn: false });
        inner = null;
      }
      continue;
    }
    if (outer && outer.mark === '“' && c === '"') {
      // “The ferry is late," she said. "Again.”: a straight mark after the words, with
      // nothing nested open, closes the curly quote (the writer mixed the marks).
      if (!inner && !/\s/.test(prev) && !LETTER.test(next) && i > outer.at + 1) {
        closeOuter(i, i + 1, false);
        continue;
      }
      if (!inner && /\s/.test(prev) && LETTER.test(next)) inner = { at: i, mark: c };
      else if (inner?.mark === '"') {
        found.push({ open: inner.at, contentEnd: i, close: i + 1, depth: 1, parentOpen: outer.at, runsOn: false });
        inner = null;
      }
      continue;
    }
    if (c === '“' || c === '”' || c === '"') {
      // “It is unusual,“ said Ada: an opening mark right after the words, before a space, closes.
      const typoClose = c === '“' && outer?.mark === '“' && !/\s/.test(prev) && /[\s]/.test(next) && i > outer.at + 1;
      const opening = !typoClose && (c === '“' || (c === '"' && !outer && !/\s/.test(next)));
      if (outer && !opening) {
        if (inner) inner = null;
        closeOuter(i, i + 1, false);
      } else if (opening) {
        // “A “B: a second opening mark with no closing one ends the first quote here.
        if (outer) closeOuter(i, i, false);
        outer = { at: i, mark: c };
      }
      continue;
    }
    if (c === '‘' || (c === "'" && !LETTER.test(prev) && LETTER.test(next)) || (c === '’' && !outer && !inner && !LETTER.test(prev) && /\p{Lu}/u.test(next))) {
      if (inner === null && !LETTER.test(prev) && !/\s/.test(next)) {
        if (outer) inner = { at: i, mark: c };
        else if (c !== "'") outer = { at: i, mark: c };
      }
      continue;
    }
    if ((c === '’' || c === "'") && !LETTER.test(next) && !/\s/.test(prev)) {
      // A closing single mark, or an apostrophe after a plural ("officials’ ") when nothing is open.
      if (inner) {
        found.push({ open: inner.at, contentEnd: i, close: i + 1, depth: 1, parentOpen: outer ? outer.at : null, runsOn: false });
        inner = null;
      } else if (outer && (outer.mark === '‘' || outer.mark === '’')) {
        closeOuter(i, i + 1, false);
      }
    }
  }
  if (outer) closeOuter(text.length, text.length, true);
  found.sort((a, b) => a.open - b.open);
  const indexOfOpen = new Map(found.map((f, n) => [f.open, n]));
  const out: MarkedQuote[] = [];
  for (const f of found) {
    let start = f.open + 1;
    let end = f.contentEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (!LETTER.test(text.slice(start, end))) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      open: f.open,
      close: f.close,
      depth: f.depth,
      parent: f.parentOpen === null ? null : indexOfOpen.get(f.parentOpen) ?? null,
      runsOn: f.runsOn,
    });
  }
  // Parents were indexed before empty quotes were dropped: map them again by opening offset.
  const byOpen = new Map(out.map((q, n) => [q.open, n]));
  return out.map((q) => (q.parent === null ? q : withParent(q, byOpen.get(found[q.parent]!.open) ?? null)));
}

/** The quote with another parent index; field by field, as a copy by spread costs far more on Node 20. */
export function withParent(q: MarkedQuote, parent: number | null): MarkedQuote {
  return { start: q.start, end: q.end, text: q.text, open: q.open, close: q.close, depth: q.depth, parent, runsOn: q.runsOn };
}
