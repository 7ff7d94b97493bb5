// The people registry: content/people/<id>.md, one file per person, optional. It is the shared
// identity across briefings: a person extracted under any of its names becomes that person in
// every briefing, its aliases ("the billionaire") link mentions wherever the person is named,
// and its profile heads the person's page.
import { z } from 'zod';
import type { Extraction, Mention, Person } from '../pipeline/types.ts';
import { findAliasMentions } from './apply-corrections.ts';

export const RegistrySchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty'),
    aliases: z.array(z.string().trim().min(1)).default([]),
    roles: z.array(z.string().trim().min(1)).default([]),
    links: z.array(z.string().regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL')).default([]),
  })
  .strict();

export interface RegistryEntry {
  /** The page id: the file name without `.md` (`elon-musk`). */
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly links: readonly string[];
  /** The profile, Markdown. */
  readonly profile: string;
}

export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** Lower-cased name or alias -> entry. */
  readonly byName: ReadonlyMap<string, RegistryEntry>;
}

export function buildRegistry(entries: readonly RegistryEntry[]): Registry {
  const byName = new Map<string, RegistryEntry>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e);
  return { entries, byName };
}

/** The registry entry a person of an article is, by canonical name first, then by alias. */
export function registryEntryOf(registry: Registry, person: Person): RegistryEntry | undefined {
  return registry.byName.get(person.name.toLowerCase()) ?? person.aliases.map((a) => registry.byName.get(a.toLowerCase())).find(Boolean);
}

/**
 * People of an article who are registry entries take the entry's name, and the entry's aliases
 * link their mentions; two extracted people who are the same entry become one.
 */
export function applyRegistry(x: Extraction, registry: Registry): Extraction {
  if (registry.entries.length === 0) return x;
  const merged = new Map<string, Person>();
  const moved = new Map<string, string>();
  const others: Person[] = [];
  for (const p of x.people) {
    const entry = registryEntryOf(registry, p);
    if (!entry) {
      others.push(p);
      continue;
    }
    const into = merged.get(entry.id);
    moved.set(p.id, entry.id);
    merged.set(entry.id, into
      ? { ...into, aliases: [...new Set([...into.aliases, ...p.aliases])], mentions: [...into.mentions, ...p.mentions], roles: [...into.roles, ...p.roles], descriptors: [...into.descriptors, ...p.descriptors] }
      : { ...p, id: entry.id, name: entry.name, aliases: [...new Set([entry.name, ...p.aliases])] });
  }
  if (merged.size === 0) return x;
  const people = [...others];
  for (const [id, p] of merged) {
    const entry = registry.entries.find((e) => e.id === id)!;
    const extra: Mention[] = findAliasMentions(x, entry.aliases, [...people, ...merged.values()]);
    people.push({ ...p, mentions: [...p.mentions, ...extra].sort((a, b) => a.start - b.start) });
  }
  const follow = <T extends { kind: string; id: string } | null>(s: T): T =>
    s && s.kind === 'person' && moved.has(s.id) ? ({ ...s, id: moved.get(s.id)!, name: merged.get(moved.get(s.id)!)!.name } as T) : s;
  return {
    ...x,
    people: people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)),
    quotes: x.quotes.map((q) => ({ ...q, speaker: follow(q.speaker), addressee: follow(q.addressee) })),
    chronology: x.chronology.map((c) => ({ ...c, people: [...new Set(c.people.map((id) => moved.get(id) ?? id))] })),
  };
}
