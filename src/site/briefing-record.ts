// One article and its extraction -> the briefing's data record: who's who, quotes, chronology,
// summary and the annotated source, every item linked to its sentence.
import type { Article } from '../content/parse-article.ts';
import type { ChronologyEntry, Extraction, Speaker } from '../pipeline/types.ts';
import type {
  BriefingEntity, BriefingPerson, BriefingRecord, ChronologyRecord, QuoteRecord, QuoteSpeaker, SentenceRef,
  SourceParagraph, SourceSentence,
} from './site-types.ts';
import { nestMarks, type Mark } from './source-nodes.ts';
import { htmlDatetime } from './html-datetime.ts';
import { buildTimeline } from './timeline.ts';
import { buildSpeakerGraph, type GraphLink } from './speaker-graph.ts';
import { formatPublished, timexPeriod } from './timex-period.ts';
import { slugify } from './slugify.ts';
import { briefingChronologyUrl, briefingQuotesUrl, briefingUrl, personUrl, sentenceUrl } from './urls.ts';

/** The site-wide id of a person: the slug of the canonical name, so the same name joins across briefings. */
export const personKey = (name: string): string => slugify(name);

export function buildBriefingRecord(article: Article, x: Extraction, warnings: readonly string[]): BriefingRecord {
  const slug = article.slug;
  const ref = (sentence: number): SentenceRef => ({ briefing: slug, n: sentence + 1, href: sentenceUrl(slug, sentence + 1) });
  const briefing = { slug, name: article.title, href: briefingUrl(slug) };
  const personIds = new Map(x.people.map((p) => [p.id, personKey(p.name)]));

  const speakerOf = (s: Speaker | null): QuoteSpeaker | null =>
    s && (s.kind === 'person'
      ? { id: personIds.get(s.id) ?? personKey(s.name), name: s.name, kind: s.kind, href: personUrl(personIds.get(s.id) ?? personKey(s.name)) }
      : { id: null, name: s.name, kind: s.kind, href: null });

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
    };
  });

  const chronology = chronologyRecords(x, slug, briefing, ref, personIds);

  const people: BriefingPerson[] = x.people.map((p) => {
    const id = personIds.get(p.id)!;
    return {
      id,
      name: p.name,
      href: personUrl(id),
      aliases: p.aliases,
      roles: p.roles.map((r) => ({ text: r.text, source: ref(r.sentence) })),
      descriptors: [...new Set(p.descriptors.map((d) => d.text))],
      mentions: p.mentions.length,
      quotes: x.quotes.filter((q) => q.speaker?.kind === 'person' && q.speaker.id === p.id).length,
      firstMention: ref(p.mentions[0]?.sentence ?? 0),
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
    paragraphs: annotateSource(x, slug, personIds),
    timeline: buildTimeline(chronology),
    graph: buildSpeakerGraph(speakerLinks(x, personIds)),
    warnings,
  };
}

/** Each quote's speaker to the people its words name ("about") and the person addressed ("to"). */
function speakerLinks(x: Extraction, personIds: ReadonlyMap<string, string>): GraphLink[] {
  const node = (s: Speaker) => ({ key: s.kind === 'person' ? `person:${personIds.get(s.id) ?? s.id}` : `${s.kind}:${s.id}`, name: s.name });
  const mentions = x.people.flatMap((p) => p.mentions.map((m) => ({ m, p })));
  return x.quotes.flatMap((q) => {
    if (!q.speaker) return [];
    const from = node(q.speaker);
    const about = mentions
      .filter(({ m }) => m.start >= q.start && m.end <= q.end)
      .map(({ p }) => ({ from, to: { key: `person:${personIds.get(p.id)}`, name: p.name }, kind: 'about' as const }));
    const to = q.addressee ? [{ from, to: node(q.addressee), kind: 'to' as const }] : [];
    return [...to, ...about];
  });
}

const RELATION_WORDS = { before: 'Before', after: 'After', during: 'At the time of' } as const;

/**
 * How an undated entry stands in time, through the entries it hangs on: "after" an entry that
 * is itself "after" October 2022 is "After October 2022"; a chain that turns direction says
 * only that the date is not stated. Never a made-up date.
 */
function relativeLabel(c: ChronologyEntry, byId: ReadonlyMap<string, ChronologyEntry>, labelOf: (c: ChronologyEntry) => string): string {
  let kind: 'before' | 'after' | 'during' | null = null;
  const seen = new Set<string>();
  for (let at: ChronologyEntry | undefined = c; at?.relation && !seen.has(at.id); at = byId.get(at.relation.entry)) {
    seen.add(at.id);
    const step = at.relation.kind;
    if (kind === null || kind === 'during') kind = step;
    else if (step !== 'during' && step !== kind) return 'Date not stated';
    const anchor = byId.get(at.relation.entry);
    if (anchor?.value) return `${RELATION_WORDS[kind]} ${labelOf(anchor)}`;
  }
  return 'Date not stated';
}

function chronologyRecords(
  x: Extraction,
  slug: string,
  briefing: { slug: string; name: string; href: string },
  ref: (sentence: number) => SentenceRef,
  personIds: ReadonlyMap<string, string>,
): ChronologyRecord[] {
  const names = new Map(x.people.map((p) => [p.id, p.name]));
  const byId = new Map(x.chronology.map((c) => [c.id, c]));
  const expression = new Map(x.temporal.map((t) => [t.id, t.text]));
  const labelOf = (c: ChronologyEntry): string => (c.value && timexPeriod(c.value)?.label) ?? c.value ?? 'Date not stated';
  return [...x.chronology]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const period = c.value ? timexPeriod(c.value) : null;
      const anchor = c.relation ? byId.get(c.relation.entry) : undefined;
      const relation = c.relation && {
        kind: c.relation.kind,
        entry: c.relation.entry,
        label: anchor ? `${RELATION_WORDS[c.relation.kind]} “${anchor.what.text}”` : `${RELATION_WORDS[c.relation.kind]} an earlier event`,
      };
      return {
        key: `${slug}/${c.id}`,
        id: c.id,
        briefing,
        value: c.value,
        precision: c.precision,
        label: period?.label ?? c.value ?? relativeLabel(c, byId, labelOf),
        datetime: htmlDatetime(c.value),
        start: period?.start ?? null,
        end: period?.end ?? null,
        expression: expression.get(c.temporal) ?? '',
        what: c.what.text,
        sentenceText: x.sentences[c.sentence]?.text ?? '',
        people: c.people.map((id) => {
          const key = personIds.get(id) ?? id;
          return { id: key, name: names.get(id) ?? id, href: personUrl(key) };
        }),
        relation,
        source: ref(c.sentence),
      };
    });
}

function annotateSource(x: Extraction, slug: string, personIds: ReadonlyMap<string, string>): SourceParagraph[] {
  const marks: Mark[] = [];
  const entryOf = new Map(x.chronology.map((c) => [c.temporal, c.id]));
  for (const q of x.quotes) {
    marks.push({
      start: q.start, end: q.end, mark: 'quote', id: q.id, href: `${briefingQuotesUrl(slug)}#${q.id}`,
      title: q.speaker ? `Quote: ${q.speaker.name}` : 'Quote: speaker not stated', datetime: null, rank: 0,
    });
  }
  for (const p of x.people) {
    for (const m of p.mentions) {
      marks.push({ start: m.start, end: m.end, mark: 'person', id: null, href: personUrl(personIds.get(p.id)!), title: p.name, datetime: null, rank: 1 });
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
  return [...paragraphs.values()].map((sentences) => ({ sentences }));
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
