// One article and its (corrected) extraction -> the briefing's data record: who's who, quotes,
// chronology, summary, editors' notes and the annotated source, every item linked to its sentence.
import type { Article } from '../content/parse-article.ts';
import type { Annotations } from '../annotations/annotation-schema.ts';
import type { Extraction, Person, Speaker } from '../pipeline/types.ts';
import type { BriefingEntity, BriefingPerson, BriefingRecord, NoteRecord, QuoteRecord, QuoteSpeaker, SentenceRef } from './site-types.ts';
import { annotateSource } from './annotate-source.ts';
import { applyChronologyEdits, chronologyRecords } from './chronology-records.ts';
import { anchorNotes } from './editorial-notes.ts';
import { buildTimeline } from './timeline.ts';
import { buildSpeakerGraph, type GraphLink } from './speaker-graph.ts';
import { formatPublished } from './timex-period.ts';
import { slugify } from './slugify.ts';
import { remembered } from './remembered.ts';
import { briefingUrl, personUrl, sentenceUrl } from './urls.ts';

/** What an editor's annotation file changed, for the record to show and flag. */
export interface Editorial {
  readonly file: string;
  readonly annotations: Annotations;
  readonly editedPeople: ReadonlySet<string>;
  readonly editedQuotes: ReadonlySet<string>;
  readonly editorRoles: ReadonlyMap<string, string>;
}

export interface RecordOptions {
  /** Warnings already found for this article (front matter, corrections). */
  readonly warnings: readonly string[];
  readonly editorial: Editorial | null;
  /** The site-wide id of a person of this article; by default the slug of the name. */
  readonly personKey?: (person: Person) => string;
}

/** The site-wide id of a person: the slug of the canonical name, so the same name joins across briefings. */
export const personKey = (name: string): string => remembered(personKeys, name, slugify);

// Slugs of names already made: an archive's articles share a few thousand names.
const personKeys = new Map<string, string>();

export function buildBriefingRecord(article: Article, x: Extraction, options: RecordOptions): BriefingRecord {
  const slug = article.slug;
  const editorial = options.editorial;
  const warnings = [...options.warnings];
  const ref = (sentence: number): SentenceRef => ({ briefing: slug, n: sentence + 1, href: sentenceUrl(slug, sentence + 1) });
  const briefing = { slug, name: article.title, href: briefingUrl(slug) };
  const keyOf = options.personKey ?? ((p: Person) => personKey(p.name));
  const personIds = new Map(x.people.map((p) => [p.id, keyOf(p)]));
  const ctx = { slug, briefing, ref, personIds };

  const anchored = anchorNotes(x, editorial?.annotations.notes ?? [], ctx, editorial?.file ?? '');
  warnings.push(...anchored.warnings);
  const notes = anchored.notes.map((n) => n.record);
  const notesOn = (kind: 'people' | 'quotes' | 'chronology', id: string): NoteRecord[] => notes.filter((n) => n[kind].includes(id));

  const speakerOf = (s: Speaker | null): QuoteSpeaker | null => {
    if (!s) return null;
    if (s.kind !== 'person') return { id: null, name: s.name, kind: s.kind, href: null };
    const id = personIds.get(s.id) ?? personKey(s.name);
    return { id, name: s.name, kind: s.kind, href: personUrl(id) };
  };

  const quotes: QuoteRecord[] = x.quotes.map((q) => {
    const attribution = q.speakerMention && q.cue
      ? x.text.slice(Math.min(q.speakerMention.start, q.cue.start), Math.max(q.speakerMention.end, q.cue.end))
      : null;
    return {
      key: `${slug}/${q.id}`,
      id: q.id,
      briefing,
      text: q.text,
      kind: q.kind,
      speaker: speakerOf(q.speaker),
      attribution: attribution && attribution.length <= 80 ? attribution : null,
      cue: q.cue?.text ?? null,
      addressee: speakerOf(q.addressee),
      source: ref(q.sentence),
      edited: editorial?.editedQuotes.has(q.id) ?? false,
      notes: notesOn('quotes', q.id),
    };
  });

  const edited = applyChronologyEdits(chronologyRecords(x, ctx), editorial?.annotations.chronology ?? [], x, ctx, editorial?.file ?? '');
  warnings.push(...edited.warnings);
  const chronology = edited.records.map((c) => ({ ...c, notes: notesOn('chronology', c.id) }));

  // Quotes per speaker, counted in one pass rather than one scan of the quotes per person.
  const quotesBy = new Map<string, number>();
  for (const q of x.quotes) if (q.speaker?.kind === 'person') quotesBy.set(q.speaker.id, (quotesBy.get(q.speaker.id) ?? 0) + 1);
  const people: BriefingPerson[] = x.people.map((p) => {
    const id = personIds.get(p.id)!;
    const editorRole = editorial?.editorRoles.get(p.id);
    return {
      id,
      name: p.name,
      href: personUrl(id),
      aliases: p.aliases,
      roles: editorRole ? [{ text: editorRole, source: null }] : p.roles.map((r) => ({ text: r.text, source: ref(r.sentence) })),
      descriptors: [...new Set(p.descriptors.map((d) => d.text))],
      mentions: p.mentions.length,
      quotes: quotesBy.get(p.id) ?? 0,
      firstMention: p.mentions[0] ? ref(p.mentions[0].sentence) : null,
      edited: editorial?.editedPeople.has(p.id) ?? false,
      notes: notesOn('people', id),
    };
  });
  const entity = (name: string, kind: string, mentions: readonly { sentence: number }[]): BriefingEntity => ({
    name, kind, mentions: mentions.length, firstMention: ref(mentions[0]?.sentence ?? 0),
  });

  const dated = x.temporal.filter((t) => t.type === 'DATE' || t.type === 'TIME');
  return {
    slug,
    href: briefing.href,
    file: article.file,
    title: article.title,
    published: article.published,
    publishedLabel: article.published && formatPublished(article.published),
    source: article.source,
    url: article.url,
    credit: article.credit,
    summary: x.summary.map((i) => ({ text: x.sentences[i]!.text, source: ref(i) })),
    counts: { people: people.length, quotes: quotes.length, dates: dated.length, sentences: x.sentences.length },
    people,
    organisations: x.organisations.map((o) => entity(o.name, o.kind, o.mentions)),
    unnamed: x.unnamed.map((u) => entity(u.description, 'unnamed', u.mentions)),
    quotes,
    chronology,
    durations: x.temporal
      .filter((t) => t.type === 'DURATION' || t.type === 'SET')
      .map((t) => ({ text: t.text, value: t.value, source: ref(t.sentence) })),
    paragraphs: annotateSource(x, slug, personIds, anchored.notes, new Set(chronology.map((c) => c.id))),
    detachedNotes: notes.filter((n) => n.source === null),
    annotations: editorial?.file ?? null,
    timeline: buildTimeline(chronology),
    graph: buildSpeakerGraph(speakerLinks(x, personIds)),
    warnings,
  };
}

/** Each quote's speaker to the people its words name ("about") and the person addressed ("to"). */
function speakerLinks(x: Extraction, personIds: ReadonlyMap<string, string>): GraphLink[] {
  const node = (s: Speaker) => ({ key: s.kind === 'person' ? `person:${personIds.get(s.id) ?? s.id}` : `${s.kind}:${s.id}`, name: s.name });
  // Loops, not flatMap: this runs for every article, and flatMap is many times slower on Node 20.
  const links: GraphLink[] = [];
  for (const q of x.quotes) {
    if (!q.speaker) continue;
    const from = node(q.speaker);
    if (q.addressee) links.push({ from, to: node(q.addressee), kind: 'to' });
    for (const p of x.people) {
      for (const m of p.mentions) {
        if (m.start >= q.start && m.end <= q.end) links.push({ from, to: { key: `person:${personIds.get(p.id)}`, name: p.name }, kind: 'about' });
      }
    }
  }
  return links;
}
