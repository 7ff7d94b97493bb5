// An editor's corrections applied to an extraction: people renamed, merged, hidden or given
// more aliases; quotes given another speaker or hidden. Pure: the extraction (and its cache)
// is never changed, a corrected copy is returned. What cannot be applied is kept in the file
// and reported as a warning, never dropped silently.
import type { Extraction, Mention, Person, Quote, Speaker } from '../pipeline/types.ts';
import { slugify } from '../site/slugify.ts';
import { sentenceAt } from '../pipeline/sentences/sentence-at.ts';
import type { Annotations } from './annotation-schema.ts';

export interface Corrected {
  readonly extraction: Extraction;
  /** Ids (after correction) of the people and quotes an editor changed. */
  readonly editedPeople: ReadonlySet<string>;
  readonly editedQuotes: ReadonlySet<string>;
  /** Roles an editor set, by person id (after correction). */
  readonly editorRoles: ReadonlyMap<string, string>;
  readonly warnings: readonly string[];
}

type MutablePerson = { -readonly [K in keyof Person]: Person[K] };

export function applyCorrections(x: Extraction, annotations: Annotations, file: string): Corrected {
  const warnings: string[] = [];
  const editedPeople = new Set<string>();
  const editedQuotes = new Set<string>();
  const editorRoles = new Map<string, string>();
  let people: MutablePerson[] = x.people.map((p) => ({ ...p }));
  let quotes: Quote[] = [...x.quotes];
  let chronology = [...x.chronology];
  /** Old person id -> new person id, or null when hidden. */
  const moved = new Map<string, string | null>();

  const findPerson = (name: string): MutablePerson | undefined => {
    const key = name.trim().toLowerCase();
    return people.find((p) => p.name.toLowerCase() === key) ?? people.find((p) => p.aliases.some((a) => a.toLowerCase() === key));
  };

  for (const [name, edit] of Object.entries(annotations.people ?? {})) {
    const person = findPerson(name);
    if (!person) {
      warnings.push(`${file}: people: no person "${name}" in the extraction; the correction is kept but not applied`);
      continue;
    }
    if (edit.hide) {
      people = people.filter((p) => p !== person);
      moved.set(person.id, null);
      continue;
    }
    if (edit.aliases) {
      const added = findAliasMentions(x, edit.aliases, people);
      person.mentions = [...person.mentions, ...added].sort((a, b) => a.start - b.start);
      person.aliases = unique([...person.aliases, ...edit.aliases]);
    }
    if (edit.merge) {
      const target = findPerson(edit.merge);
      if (target && target !== person) {
        target.mentions = [...target.mentions, ...person.mentions].sort((a, b) => a.start - b.start);
        target.aliases = unique([...target.aliases, ...person.aliases]);
        target.roles = [...target.roles, ...person.roles];
        target.descriptors = [...target.descriptors, ...person.descriptors];
        people = people.filter((p) => p !== person);
        moved.set(person.id, target.id);
        editedPeople.add(target.id);
        if (edit.role) editorRoles.set(target.id, edit.role);
        continue;
      }
      // Merging into someone the article does not name: that is a rename.
      rename(person, edit.merge);
    }
    if (edit.name) rename(person, edit.name);
    editedPeople.add(person.id);
    if (edit.role) editorRoles.set(person.id, edit.role);
  }

  function rename(person: MutablePerson, name: string): void {
    const id = uniqueId(slugify(name), people.filter((p) => p !== person).map((p) => p.id));
    moved.set(person.id, id);
    for (const [from, to] of moved) if (to === person.id) moved.set(from, id);
    person.id = id;
    person.name = name;
    person.aliases = unique([name, ...person.aliases]);
  }

  const byId = () => new Map(people.map((p) => [p.id, p]));
  const follow = (id: string): string | null => {
    let at: string | null = id;
    for (let i = 0; at !== null && moved.has(at) && i < 20; i++) at = moved.get(at) ?? null;
    return at;
  };
  const remap = (s: Speaker | null): Speaker | null => {
    if (!s || s.kind !== 'person') return s;
    const id = follow(s.id);
    const person = id === null ? undefined : byId().get(id);
    // A hidden "person" was not one: keep the name the text gave, as an organisation.
    return person ? { kind: 'person', id: person.id, name: person.name } : { kind: 'organisation', id: `org-${s.id}`, name: s.name };
  };
  quotes = quotes.map((q) => ({ ...q, speaker: remap(q.speaker), addressee: remap(q.addressee) }));
  chronology = chronology.map((c) => ({
    ...c,
    people: unique(c.people.map(follow).filter((id): id is string => id !== null && byId().has(id))),
  }));

  for (const edit of annotations.quotes ?? []) {
    const matches = quotes.filter((q) => sameOpening(q.text, edit.opening));
    if (matches.length === 0) {
      warnings.push(`${file}: quotes: no quote opens with "${edit.opening}"; the correction is kept but not applied`);
      continue;
    }
    if (matches.length > 1) warnings.push(`${file}: quotes: ${matches.length} quotes open with "${edit.opening}"; the first is corrected (give more words)`);
    const quote = matches[0]!;
    if (edit.hide) {
      quotes = quotes.filter((q) => q !== quote);
      continue;
    }
    if (edit.speaker) {
      const speaker = resolveSpeaker(edit.speaker);
      quotes = quotes.map((q) => (q === quote ? { ...q, speaker, speakerMention: null } : q));
      editedQuotes.add(quote.id);
    }
  }

  /** A name the editor gives: a person, organisation or unnamed source of the article, or a new person. */
  function resolveSpeaker(name: string): Speaker {
    const person = findPerson(name);
    if (person) return { kind: 'person', id: person.id, name: person.name };
    const key = name.toLowerCase().replace(/^the\s+/, '');
    const org = x.organisations.find((o) => o.name.toLowerCase().replace(/^the\s+/, '') === key);
    if (org) return { kind: 'organisation', id: org.id, name: org.name };
    const unnamed = x.unnamed.find((u) => u.description.toLowerCase().replace(/^the\s+/, '') === key);
    if (unnamed) return { kind: 'unnamed', id: unnamed.id, name: unnamed.description };
    const id = uniqueId(slugify(name), people.map((p) => p.id));
    people.push({ id, name, aliases: [name], mentions: [], roles: [], descriptors: [] });
    editedPeople.add(id);
    return { kind: 'person', id, name };
  }

  return {
    extraction: { ...x, people, quotes, chronology },
    editedPeople,
    editedQuotes,
    editorRoles: new Map([...editorRoles].map(([id, role]) => [follow(id) ?? id, role])),
    warnings,
  };
}

/** Mentions of the given alias strings, as whole words, that no person mention covers yet. */
export function findAliasMentions(x: Extraction, aliases: readonly string[], people: readonly Person[]): Mention[] {
  const taken = people.flatMap((p) => p.mentions);
  const out: Mention[] = [];
  for (const alias of aliases) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of x.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end) || out.some((t) => t.start < end && start < t.end)) continue;
      out.push({ start, end, text: m[0], sentence: sentenceAt(x.sentences, start) });
    }
  }
  return out;
}

/** Whether a quote opens with the editor's words: case, quote marks and apostrophes aside. */
export function sameOpening(quote: string, opening: string): boolean {
  const norm = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/[“”„]/g, '"').replace(/^["'\s]+/, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(quote).startsWith(norm(opening));
}

function uniqueId(base: string, taken: readonly string[]): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
