// The extraction in the shape the evaluation kit scores (and pipelines consume): one JSON
// object per article with people, quotes, temporal expressions and summary, each with offsets.
import type { Extraction, Span } from '../pipeline/types.ts';

export interface EvalRecord {
  readonly id: string;
  readonly people: readonly { name: string; aliases: readonly string[]; roles: readonly string[]; mentions: readonly Span[] }[];
  readonly quotes: readonly {
    start: number; end: number; text: string; kind: string;
    speaker: string | null; speakerKind: string | null; speakerMention: Span | null; cue: Span | null;
  }[];
  readonly temporal: readonly { start: number; end: number; text: string; type: string; value: string | null; mod: string | null }[];
  readonly summary: readonly Span[];
  readonly chronology: readonly {
    id: string; date: string | null; precision: string | null; what: string; sentence: number; people: readonly string[];
    relation: { kind: string; entry: string } | null;
  }[];
}

const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

export function toEvalRecord(id: string, x: Extraction): EvalRecord {
  const names = new Map(x.people.map((p) => [p.id, p.name]));
  return {
    id,
    people: x.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: p.roles.map((r) => r.text),
      mentions: p.mentions.map(span),
    })),
    quotes: x.quotes.map((q) => ({
      ...span(q),
      kind: q.kind,
      speaker: q.speaker?.name ?? null,
      speakerKind: q.speaker?.kind ?? null,
      speakerMention: q.speakerMention && span(q.speakerMention),
      cue: q.cue && span(q.cue),
    })),
    temporal: x.temporal.map((t) => ({ ...span(t), type: t.type, value: t.value, mod: t.mod })),
    summary: x.summary.map((i) => span(x.sentences[i]!)),
    // In story order; an undated entry says which entry it stands before, after or during.
    chronology: [...x.chronology].sort((a, b) => a.order - b.order).map((c) => ({
      id: c.id,
      relation: c.relation && { kind: c.relation.kind, entry: c.relation.entry },
      date: c.value,
      precision: c.precision,
      what: c.what.text,
      sentence: c.sentence + 1,
      people: c.people.map((p) => names.get(p) ?? p),
    })),
  };
}
