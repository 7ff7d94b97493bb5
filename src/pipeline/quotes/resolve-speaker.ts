// Who a speaker phrase names. A name or title+name is the person it mentions ("Mr Kahl");
// a description is the unnamed source it mentions ("the senior defence official"); an
// organisation is itself ("the Pentagon"); "he"/"she" is the last person named before it
// outside quotes, of a gender that agrees. Anything else is no one: null, never a guess.
import type { Person, Span, Speaker } from '../types.ts';
import type { Entities } from '../people/find-entities.ts';
import { SPEAKER_PRONOUNS } from './lexicon.ts';
import { personGender } from './person-gender.ts';

export interface SpeakerIndex {
  readonly entities: Entities;
  /** Person mentions outside quotes, in text order. */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly person: Person }[];
  readonly genders: ReadonlyMap<string, 'male' | 'female' | 'unknown'>;
}

/** Build once per article. `insideQuote` tells whether an offset lies in quoted words. */
export function indexSpeakers(entities: Entities, insideQuote: (offset: number) => boolean): SpeakerIndex {
  const mentions = entities.people
    .flatMap((person) => person.mentions.filter((m) => !insideQuote(m.start)).map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  return { entities, mentions, genders: new Map(entities.people.map((p) => [p.id, personGender(p)])) };
}

const overlaps = (a: Span, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The head of a phrase: the words before "for", "of", "at"...: "a spokesman for Mr Trump" -> "a spokesman". */
function headOf(phrase: Span): Span {
  const m = / (?:for|of|at|with|from|to|on|in)\b/.exec(phrase.text);
  if (!m) return phrase;
  return { start: phrase.start, end: phrase.start + m.index, text: phrase.text.slice(0, m.index) };
}

export function resolveSpeaker(phrase: Span, index: SpeakerIndex): Speaker | null {
  const pronoun = SPEAKER_PRONOUNS.get(phrase.text.toLowerCase());
  if (pronoun !== undefined) return pronoun === null ? null : resolvePronoun(phrase.start, pronoun, index);
  const head = headOf(phrase);
  const { people, organisations, unnamed } = index.entities;
  let person: Person | undefined;
  let at = -1;
  for (const p of people) {
    for (const m of p.mentions) if (overlaps(head, m) && m.start > at) {
      person = p;
      at = m.start;
    }
  }
  if (person) return { kind: 'person', id: person.id, name: person.name };
  const source = unnamed.find((u) => u.mentions.some((m) => overlaps(head, m)));
  if (source) return { kind: 'unnamed', id: source.id, name: source.description };
  const organisation = organisations.find((o) => o.mentions.some((m) => overlaps(head, m)));
  if (organisation) return { kind: 'organisation', id: organisation.id, name: organisation.name };
  return null;
}

function resolvePronoun(at: number, gender: 'male' | 'female', index: SpeakerIndex): Speaker | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start >= at) continue;
    const g = index.genders.get(m.person.id) ?? 'unknown';
    if (g === 'unknown' || g === gender) return { kind: 'person', id: m.person.id, name: m.person.name };
  }
  return null;
}

/** The person or organisation a phrase names, for an addressee ("told Mr Musk"); null otherwise. */
export function resolveAddressee(phrase: Span, index: SpeakerIndex): Speaker | null {
  if (SPEAKER_PRONOUNS.has(phrase.text.toLowerCase())) return null;
  const speaker = resolveSpeaker(phrase, index);
  return speaker && speaker.kind !== 'unnamed' ? speaker : null;
}
