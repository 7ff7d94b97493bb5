// Briefing records -> the cross-briefing indexes: one person record gathering that person's
// roles, quotes and chronology entries across every briefing; all quotes; one chronology.
// Each join is done once here, in one pass over the records, so no page ever searches.
import type { BriefingRecord, ChronologyRecord, NoteRecord, PersonProfile, PersonRecord, QuoteRecord, SiteData, SpeakerQuotes } from './site-types.ts';
import { slugify } from './slugify.ts';
import { personUrl } from './urls.ts';
import { buildTimeline } from './timeline.ts';
import type { SiteSettings } from '../content/site-settings.ts';

/** Briefings in the Atom and JSON feeds: the newest, as feed readers expect, not the whole archive. */
export const FEED_SIZE = 50;

export function buildSiteData(
  records: readonly BriefingRecord[],
  settings: SiteSettings,
  profiles: ReadonlyMap<string, PersonProfile> = new Map(),
): SiteData {
  const briefings = [...records].sort(newestFirst);
  const people = new Map<string, {
    id: string; name: string; aliases: Set<string>; roles: PersonRecord['roles'][number][];
    briefings: PersonRecord['briefings'][number][]; quotes: QuoteRecord[]; chronology: ChronologyRecord[]; mentions: number; notes: NoteRecord[];
  }>();
  for (const b of briefings) {
    const link = { name: b.title, href: b.href };
    for (const p of b.people) {
      const person = people.get(p.id) ?? {
        id: p.id, name: p.name, aliases: new Set<string>(), roles: [], briefings: [], quotes: [], chronology: [], mentions: 0, notes: [],
      };
      people.set(p.id, person);
      for (const a of p.aliases) person.aliases.add(a);
      for (const r of p.roles) person.roles.push({ text: r.text, briefing: link, source: r.source });
      person.briefings.push({ ...link, slug: b.slug, mentions: p.mentions, firstMention: p.firstMention });
      person.mentions += p.mentions;
      person.notes.push(...p.notes);
    }
    for (const q of b.quotes) {
      if (q.speaker?.id) people.get(q.speaker.id)?.quotes.push(q);
    }
    for (const c of b.chronology) {
      for (const who of new Set(c.people.map((p) => p.id))) people.get(who)?.chronology.push(c);
    }
  }
  const chronology = briefings.flatMap((b) => b.chronology);
  const ordered = [...chronology.filter((c) => c.start !== null).sort(byDate), ...chronology.filter((c) => c.start === null)];
  const site = {
    settings,
    briefings,
    people: [...people.values()]
      .map((p) => ({
        id: p.id,
        name: p.name,
        href: personUrl(p.id),
        aliases: [...p.aliases],
        roles: p.roles,
        briefings: p.briefings,
        quotes: p.quotes,
        chronology: [...p.chronology].sort(byDate),
        timeline: buildTimeline(p.chronology),
        mentions: p.mentions,
        notes: p.notes,
        profile: profiles.get(p.id) ?? null,
      }))
      .sort((a, b) => sortName(a.name).localeCompare(sortName(b.name), 'en') || a.id.localeCompare(b.id)),
    quotes: briefings.flatMap((b) => b.quotes),
    quotesBySpeaker: groupBySpeaker(briefings.flatMap((b) => b.quotes)),
    chronology: ordered,
    timeline: buildTimeline(ordered),
  };
  return { ...site, latest: briefings.slice(0, FEED_SIZE), render: { briefings: site.briefings, people: site.people } };
}

/** Quotes grouped by who said them: people by name, then organisations and unnamed sources, then "not stated". */
function groupBySpeaker(quotes: readonly QuoteRecord[]): SpeakerQuotes[] {
  const groups = new Map<string, { name: string; kind: SpeakerQuotes['kind']; href: string | null; quotes: QuoteRecord[] }>();
  for (const q of quotes) {
    const s = q.speaker;
    const key = s ? `${s.kind}:${s.id ?? s.name.toLowerCase()}` : 'none';
    const group = groups.get(key) ?? { name: s?.name ?? 'Speaker not stated', kind: s?.kind ?? 'none', href: s?.href ?? null, quotes: [] };
    groups.set(key, group);
    group.quotes.push(q);
  }
  const rank = { person: 0, organisation: 1, unnamed: 2, none: 3 } as const;
  const anchors = new Set<string>();
  return [...groups.values()]
    .sort((a, b) => rank[a.kind] - rank[b.kind] || sortName(a.name).localeCompare(sortName(b.name), 'en'))
    .map((g) => {
      let anchor = `by-${slugify(g.name)}`;
      for (let n = 2; anchors.has(anchor); n++) anchor = `by-${slugify(g.name)}-${n}`;
      anchors.add(anchor);
      return { anchor, ...g };
    });
}

function newestFirst(a: BriefingRecord, b: BriefingRecord): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
}

/** Dated entries by the start of their period, the shorter period first; the sort is stable. */
function byDate(a: ChronologyRecord, b: ChronologyRecord): number {
  if (a.start === null || b.start === null) return a.start === b.start ? 0 : a.start === null ? 1 : -1;
  return a.start.localeCompare(b.start) || (a.end ?? '').localeCompare(b.end ?? '');
}

/** "Elon Musk" sorts under M. */
function sortName(name: string): string {
  const parts = name.split(/\s+/);
  return `${parts[parts.length - 1]} ${name}`.toLowerCase();
}
