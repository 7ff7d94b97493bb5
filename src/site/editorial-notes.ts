// Editors' notes, anchored to their passages: each note knows its sentence and what it
// touches (people, quotes, chronology entries), so it shows beside the passage and on the page
// of everything it concerns. A note whose passage is gone is detached and reported, not dropped.
import type { AnnotationNote } from '../annotations/annotation-schema.ts';
import { anchorNote } from '../annotations/anchor-note.ts';
import type { Extraction } from '../pipeline/types.ts';
import type { NoteRecord, SentenceRef } from './site-types.ts';
import { renderMarkdown } from './render-markdown.ts';
import { sentenceAt } from '../pipeline/sentences/sentence-at.ts';

export interface AnchoredNote {
  readonly record: NoteRecord;
  /** Offsets of the passage; null when detached. */
  readonly start: number | null;
  readonly end: number | null;
  readonly paragraph: number | null;
}

interface Context {
  readonly briefing: { slug: string; name: string; href: string };
  readonly ref: (sentence: number) => SentenceRef;
  readonly personIds: ReadonlyMap<string, string>;
}

export function anchorNotes(x: Extraction, notes: readonly AnnotationNote[], ctx: Context, file: string): { notes: AnchoredNote[]; warnings: string[] } {
  const warnings: string[] = [];
  const anchored = notes.map((note, i): AnchoredNote => {
    const id = `n${i + 1}`;
    const anchor = anchorNote(x.text, note);
    const base = { id, html: renderMarkdown(note.note), exact: note.exact, briefing: { ...ctx.briefing } };
    if (!anchor) {
      warnings.push(`${file}: note ${i + 1} ("${short(note.exact)}") no longer matches the article; it is shown as detached`);
      return { record: { ...base, source: null, people: [], quotes: [], chronology: [] }, start: null, end: null, paragraph: null };
    }
    if (anchor.matches > 1) warnings.push(`${file}: note ${i + 1} ("${short(note.exact)}") matches ${anchor.matches} passages; it is attached to the first (add a prefix or suffix)`);
    const { start, end } = anchor;
    const overlaps = (s: { start: number; end: number }) => s.start < end && start < s.end;
    const sentence = x.sentences.length > 0 ? sentenceAt(x.sentences, start) : -1;
    const temporal = new Map(x.temporal.map((t) => [t.id, t]));
    return {
      record: {
        ...base,
        source: sentence >= 0 ? ctx.ref(sentence) : null,
        people: [...new Set(x.people.filter((p) => p.mentions.some(overlaps)).map((p) => ctx.personIds.get(p.id) ?? p.id))],
        quotes: x.quotes.filter(overlaps).map((q) => q.id),
        chronology: x.chronology
          .filter((c) => overlaps(c.what) || (temporal.has(c.temporal) && overlaps(temporal.get(c.temporal)!)))
          .map((c) => c.id),
      },
      start,
      end,
      paragraph: sentence >= 0 ? x.sentences[sentence]!.paragraph : null,
    };
  });
  return { notes: anchored, warnings };
}

const short = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
