// Who a speaker phrase names. A name or title+name is the person it mentions ("Mr Kahl");
// a description is the unnamed source it mentions ("the senior defence official"); an
// organisation is itself ("the Pentagon"); "he"/"she" is the last person named before it
// outside quotes, of a gender that agrees, not too far back. Anything else is no one: null,
// never a guess.
import type { Span, Speaker } from '../types.ts';
import type { Entities } from '../people/find-entities.ts';
import { RELATIVE_PRONOUNS, SPEAKER_PRONOUNS } from './lexicon.ts';
import type { Gender } from '../people/given-names.ts';

/** How far back (in characters) "he" or "she" may look for the person it stands for. */
const PRONOUN_REACH = 1500;

interface Named {
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker;
  /** For people: their gender, for pronouns to agree with. */
  readonly gender: 'male' | 'female' | 'unknown' | null;
}

export interface SpeakerIndex {
  /** Every mention of a person, organisation or unnamed source, by start. */
  readonly named: readonly Named[];
  /** Person mentions outside quotes, by start: the antecedents a pronoun can take. */
  readonly antecedents: readonly Named[];
}

/** Build once per article. `insideQuote` tells whether an offset lies in quoted words. */
export function indexSpeakers(entities: Entities, genders: ReadonlyMap<string, Gender>, insideQuote: (offset: number) => boolean): SpeakerIndex {
  const named: Named[] = [];
  for (const p of entities.people) {
    const speaker: Speaker = { kind: 'person', id: p.id, name: p.name };
    const gender = genders.get(p.id) ?? 'unknown';
    for (const m of p.mentions) named.push({ start: m.start, end: m.end, speaker, gender });
  }
  // A source is named as the attribution describes it: "the senior defence official" is the
  // "senior defence official", though the text first met them as "a senior official".
  for (const u of entities.unnamed) {
    for (const m of u.mentions) {
      const name = m.text.replace(/^(?:a|an|the|another|one)\s+/i, '') || u.description;
      named.push({ start: m.start, end: m.end, speaker: { kind: 'unnamed', id: u.id, name }, gender: null });
    }
  }
  for (const o of entities.organisations) {
    const speaker: Speaker = { kind: 'organisation', id: o.id, name: o.name };
    for (const m of o.mentions) named.push({ start: m.start, end: m.end, speaker, gender: null });
  }
  named.sort((a, b) => a.start - b.start);
  const antecedents = named.filter((n) => n.speaker.kind === 'person' && !insideQuote(n.start));
  return { named, antecedents };
}

/** Index of the first item starting at or after `offset`. */
function firstFrom(items: readonly Named[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The head of a phrase: the words before "for", "of", "at"...: "a spokesman for Mr Trump" -> "a spokesman". */
function headOf(phrase: Span): Span {
  const m = / (?:for|of|at|with|from|to|on|in)\b/.exec(phrase.text);
  if (!m) return phrase;
  return { start: phrase.start, end: phrase.start + m.index, text: phrase.text.slice(0, m.index) };
}

const RANK: Readonly<Record<Speaker['kind'], number>> = { person: 0, unnamed: 1, organisation: 2 };

export function resolveSpeaker(phrase: Span, index: SpeakerIndex): Speaker | null {
  const pronoun = SPEAKER_PRONOUNS.get(phrase.text.toLowerCase());
  if (pronoun !== undefined) return pronoun === null ? null : resolvePronoun(phrase.start, pronoun, index);
  if (RELATIVE_PRONOUNS.has(phrase.text.toLowerCase())) return resolveRelative(phrase.start, index);
  const head = headOf(phrase);
  // Mentions inside the head: a person first (the last one named), then a source, then an organisation.
  let best: Named | undefined;
  for (let i = Math.max(0, firstFrom(index.named, head.start) - 8); i < index.named.length && index.named[i]!.start < head.end; i++) {
    const n = index.named[i]!;
    if (n.end <= head.start) continue;
    // "Okafor’s spokesman": the possessor is not the speaker.
    if (n.end + 2 < head.end && /^[’']s\s/.test(head.text.slice(n.end - head.start, n.end - head.start + 3))) continue;
    if (!best || RANK[n.speaker.kind] < RANK[best.speaker.kind] || (RANK[n.speaker.kind] === RANK[best.speaker.kind] && n.start > best.start)) best = n;
  }
  return best ? best.speaker : null;
}

/** How far before "who" its antecedent may end: ", " or " — ". */
const RELATIVE_GAP = 3;

/** "Okafor, who said": whoever is named right before the relative pronoun, if anyone is. */
function resolveRelative(at: number, index: SpeakerIndex): Speaker | null {
  let best: Named | undefined;
  const from = firstFrom(index.named, at);
  for (let i = from - 1; i >= 0 && i >= from - 8; i--) {
    const n = index.named[i]!;
    if (n.end > at || at - n.end > RELATIVE_GAP) continue;
    if (!best || RANK[n.speaker.kind] < RANK[best.speaker.kind]) best = n;
  }
  return best ? best.speaker : null;
}

function resolvePronoun(at: number, gender: 'male' | 'female', index: SpeakerIndex): Speaker | null {
  for (let i = firstFrom(index.antecedents, at) - 1; i >= 0; i--) {
    const n = index.antecedents[i]!;
    if (at - n.start > PRONOUN_REACH) return null;
    if (n.gender === 'unknown' || n.gender === gender) return n.speaker;
  }
  return null;
}

/** The person or organisation a phrase names, for an addressee ("told Mr Musk"); null otherwise. */
export function resolveAddressee(phrase: Span, index: SpeakerIndex): Speaker | null {
  if (SPEAKER_PRONOUNS.has(phrase.text.toLowerCase())) return null;
  const speaker = resolveSpeaker(phrase, index);
  return speaker && speaker.kind !== 'unnamed' ? speaker : null;
}
