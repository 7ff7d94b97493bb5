// The annotated source: every sentence of the article as nested nodes, with people, quotes,
// dates, organisations, unnamed sources and editors' notes marked and linked.
import type { Extraction } from '../pipeline/types.ts';
import type { SourceParagraph, SourceSentence } from './site-types.ts';
import type { AnchoredNote } from './editorial-notes.ts';
import { nestMarks, type Mark } from './source-nodes.ts';
import { htmlDatetime } from './html-datetime.ts';
import { timexPeriod } from './timex-period.ts';
import { briefingChronologyUrl, briefingQuotesUrl, personUrl } from './urls.ts';

export function annotateSource(
  x: Extraction,
  slug: string,
  personIds: ReadonlyMap<string, string>,
  notes: readonly AnchoredNote[],
  chronologyIds: ReadonlySet<string>,
): SourceParagraph[] {
  const marks: Mark[] = [];
  const entryOf = new Map(x.chronology.filter((c) => chronologyIds.has(c.id)).map((c) => [c.temporal, c.id]));
  for (const n of notes) {
    if (n.start === null || n.end === null) continue;
    marks.push({ start: n.start, end: n.end, mark: 'note', id: `on-${n.record.id}`, href: `#${n.record.id}`, title: 'Editor’s note', datetime: null, rank: -1 });
  }
  for (const q of x.quotes) {
    marks.push({
      start: q.start, end: q.end, mark: 'quote', id: q.id, href: `${briefingQuotesUrl(slug)}#${q.id}`,
      title: q.speaker ? `Quote: ${q.speaker.name}` : 'Quote: speaker not stated', datetime: null, rank: 0,
    });
  }
  for (const p of x.people) {
    for (const m of p.mentions) {
      marks.push({ start: m.start, end: m.end, mark: 'person', id: null, href: personUrl(personIds.get(p.id) ?? p.id), title: p.name, datetime: null, rank: 1 });
    }
  }
  for (const o of x.organisations) {
    for (const m of o.mentions) marks.push({ start: m.start, end: m.end, mark: 'organisation', id: null, href: null, title: `${o.kind}: ${o.name}`, datetime: null, rank: 1 });
  }
  for (const u of x.unnamed) {
    for (const m of u.mentions) marks.push({ start: m.start, end: m.end, mark: 'unnamed', id: null, href: null, title: `Unnamed source: ${u.description}`, datetime: null, rank: 1 });
  }
  for (const t of x.temporal) {
    const entry = entryOf.get(t.id);
    const isDate = t.type === 'DATE' || t.type === 'TIME';
    const label = t.value ? (timexPeriod(t.value)?.label ?? t.value) : 'no calendar date';
    marks.push({
      start: t.start, end: t.end, mark: isDate ? 'date' : 'duration', id: t.id,
      href: entry ? `${briefingChronologyUrl(slug)}#${entry}` : null,
      title: `${t.type.toLowerCase()}: ${label}`, datetime: htmlDatetime(t.value), rank: 2,
    });
  }
  // Each mark goes to the sentences it touches, so the work stays linear in the text's length.
  const buckets: Mark[][] = x.sentences.map(() => []);
  for (const m of marks) {
    for (let i = firstSentenceEndingAfter(x, m.start); i < x.sentences.length && x.sentences[i]!.start < m.end; i++) {
      buckets[i]!.push(m);
    }
  }
  const paragraphs = new Map<number, SourceSentence[]>();
  for (const s of x.sentences) {
    const sentence = { n: s.index + 1, anchor: `s${s.index + 1}`, nodes: nestMarks(x.text, s.start, s.end, buckets[s.index]!) };
    const list = paragraphs.get(s.paragraph);
    if (list) list.push(sentence);
    else paragraphs.set(s.paragraph, [sentence]);
  }
  return [...paragraphs].map(([paragraph, sentences]) => ({
    sentences,
    notes: notes.filter((n) => n.paragraph === paragraph).map((n) => n.record),
  }));
}

/** Binary search: the first sentence whose end is after `offset`. */
function firstSentenceEndingAfter(x: Extraction, offset: number): number {
  let lo = 0;
  let hi = x.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x.sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
