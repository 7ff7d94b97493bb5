// Nest marked spans into a tree of nodes over one stretch of text. Marks are clipped to the
// stretch; a mark that crosses the end of an enclosing one is cut there, so the result is
// always well nested and its text, read in order, is exactly the stretch.
import type { SourceNode } from './site-types.ts';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly mark: Extract<SourceNode, { mark: string }>['mark'];
  readonly id: string | null;
  readonly href: string | null;
  readonly title: string;
  readonly datetime: string | null;
  /** Lower nests outside higher when two marks cover the same text. */
  readonly rank: number;
}

/** Nodes for text[from, to) with the marks that touch it. */
export function nestMarks(text: string, from: number, to: number, marks: readonly Mark[]): SourceNode[] {
  const inside: Mark[] = [];
  for (const m of marks) {
    // A mark within the stretch is kept as it is; only one that crosses an end is copied, clipped.
    if (m.start >= from && m.end <= to) {
      if (m.start < m.end) inside.push(m);
    } else {
      const start = Math.max(m.start, from);
      const end = Math.min(m.end, to);
      if (start < end) inside.push({ ...m, id: m.start < from ? null : m.id, start, end });
    }
  }
  inside.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  return build(text, from, to, inside);
}

function build(text: string, from: number, to: number, marks: readonly Mark[]): SourceNode[] {
  const nodes: SourceNode[] = [];
  let at = from;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i]!;
    if (m.start < at) {
      i++; // overlaps a sibling already placed: the earlier mark wins
      continue;
    }
    if (m.start > at) nodes.push({ text: text.slice(at, m.start) });
    const children: Mark[] = [];
    let j = i + 1;
    for (; j < marks.length && marks[j]!.start < m.end; j++) {
      const c = marks[j]!;
      children.push(c.end > m.end ? { ...c, end: m.end, id: null } : c);
    }
    nodes.push({
      mark: m.mark,
      id: m.id,
      href: m.href,
      title: m.title,
      datetime: m.datetime,
      children: build(text, m.start, m.end, children),
    });
    at = m.end;
    i = j;
  }
  if (at < to) nodes.push({ text: text.slice(at, to) });
  return nodes;
}
