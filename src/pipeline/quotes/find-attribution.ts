// Where a quote says who said it. Three places, tried in the order the quote's shape suggests:
// after   “...,” Mr Kahl told the outlet.      “...,” said Mr Kahl.
// before  Mr Kahl said: “...”                  He told reporters, “...”
// clause  Mr Musk said he ... could see “the entire war unfolding”  (a fragment: the subject of the
//         last speech verb before it in the sentence)
import type { Span } from '../types.ts';
import { findCues, isJudging, isParticiple } from './find-cues.ts';
import { findLeftPhrase, findRightPhrase } from './find-speaker-phrase.ts';
import { isSpeakerPhrase } from './is-speaker-phrase.ts';
import { readsAsNoun } from './reads-as-noun.ts';
import { NOUN_CUES, RELATIVE_PRONOUNS } from './lexicon.ts';

export interface Attribution {
  readonly speaker: Span;
  readonly cue: Span;
  /** Whom the words were told to: "recalled telling Mr Musk" -> "Mr Musk". */
  readonly addressee: Span | null;
  /** Where the attribution ends: a quote right after it may continue the same speech. */
  readonly end: number;
}

const CLAUSE_WINDOW = 1500;
const MAX_CUES = 6;
const TELLING = /\b(?:told|tells|tell|telling|asked|asks)$/i;
const SHORT_GAP = /^[\s,—–-]*$/;
const AS_GAP = /^[\s,—–-]*as\s+$/;

/** Attribution in text[from, to) right after a quote: ", Mr Kahl told the outlet." or ", said Mr Kahl". */
export function findAttributionAfter(text: string, from: number, to: number): Attribution | null {
  // (“...,” Ada Okafor, of one of the states suing, said: "the states" holds no cue)
  const cue = findCues(text, from, Math.min(to, from + 120)).find((c) => !nounAfterDeterminer(text, from, c));
  if (!cue) return null;
  const lead = text.slice(from, cue.start);
  if (SHORT_GAP.test(lead)) {
    if (cue.text.toLowerCase() === 'according to') return withSpeaker(cue, findRightPhrase(text, cue.end, to), null);
    // “...,” said Mr Kahl. Not “...,” telling reporters: a participle's speaker is the subject,
    // and whoever is told is the addressee; nor “...,” denounced her record.
    if (isParticiple(cue) || TELLING.test(cue.text) || isJudging(cue)) return null;
    return withSpeaker(cue, findRightPhrase(text, cue.end, to), null);
  }
  if (!/^[\s,—–-]*[\p{L}]/u.test(lead)) return null;
  // “...,” Okafor, 69, told the BBC / Party chairman Colm Healy, the convention host, told ...
  // (or two appositions: "Ada Okafor, the mayor of Tilbury, one of the towns in the suit, said")
  const apposed = /^([\s,—–-]*)([^,\n]{1,60})(?:, [^,\n]{1,90}){1,2}, ?$/.exec(lead);
  if (apposed && apposed[1] !== undefined && apposed[2] !== undefined) {
    const start = from + apposed[1].length;
    const found = withSpeaker(cue, { start, end: start + apposed[2].length, text: apposed[2] }, addresseeAfter(text, cue, to));
    if (found) return found;
  }
  const phrase = leftPhrase(text, from, cue);
  // “...,” as Okafor put it.
  // (Not “...” as he promised to act: the cue must close the clause.)
  const asSaid = AS_GAP.test(text.slice(from, phrase?.start ?? from)) && /^[\s]*[.,;:!?]/.test(text.slice(cue.end, cue.end + 3));
  if (!phrase || !(SHORT_GAP.test(text.slice(from, phrase.start)) || asSaid)) return null;
  // a “chief trade prosecutor” who reports to her: the relative clause is about the quoted words.
  if (RELATIVE_PRONOUNS.has(phrase.text.toLowerCase())) return null;
  return withSpeaker(cue, phrase, addresseeAfter(text, cue, to));
}

/** Attribution in text[from, to) ending just before a quote: "Mr Kahl said: " / "He told reporters, ". */
export function findAttributionBefore(text: string, from: number, to: number): Attribution | null {
  const before = text.slice(from, to);
  if (!/[,:—–-]\s*$/.test(before) && !/\b(?:saying|said|says|added|adds|wrote|writes|tweeted|according to [^,]{1,60},)\s*$/i.test(before)) return null;
  const cues = findCues(text, from, to);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  // No more than a few words between the cue and the quote: "told reporters on Monday:".
  if ((text.slice(cue.end, to).match(/[\p{L}\p{N}]+/gu) ?? []).length > 6) return null;
  if (cue.text.toLowerCase() === 'according to') return withSpeaker(cue, findRightPhrase(text, cue.end, to), null);
  const left = leftPhrase(text, from, cue);
  if (left) return withSpeaker(cue, left, addresseeAfter(text, cue, to));
  if (isParticiple(cue) || TELLING.test(cue.text) || isJudging(cue)) return null;
  return withSpeaker(cue, findRightPhrase(text, cue.end, to), null);
}

/**
 * The attribution that closes the quote's sentence, after more words of the reporter's:
 * “We are delighted” about the result, said Ada Okafor.   Its “costs” are too high, Okafor said Tuesday.
 */
export function findAttributionAtEnd(text: string, from: number, to: number): Attribution | null {
  const end = from + text.slice(from, to).trimEnd().replace(/[.!?]["”’]?$/, '').length;
  const window = Math.max(from, end - CLAUSE_WINDOW / 5);
  const cues = findCues(text, window, end);
  const cue = cues[cues.length - 1];
  if (!cue || isParticiple(cue)) return null;
  // ... a “walk-in” at 2,000 schools, according to the organisers.
  if (cue.text.toLowerCase() === 'according to') {
    // (in the quote's own sentence: not “Why?” The shop sells pottery, according to its website.)
    const own = !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(Math.max(0, from - 2), cue.start));
    const right = own && /,\s*$/.test(text.slice(Math.max(from, cue.start - 2), cue.start)) ? findRightPhrase(text, cue.end, end) : null;
    return right && /^[\s.]*$/.test(text.slice(right.end, end).replace(/\s*\([^()]*\)\s*$/, '')) ? withSpeaker(cue, right, null) : null;
  }
  // (", she said, referencing the bank's drive to": a participle clause after the verb does not count.)
  const tail = text.slice(cue.end, end).replace(/,\s+\p{Ll}+ing\b[^]*$/u, '');
  if (/^,\s*$/.test(text.slice(Math.max(from, cue.start - 2), cue.start))) {
    // ", said Ada Okafor, the festival's director."
    const right = isJudging(cue) ? null : findRightPhrase(text, cue.end, end);
    if (!right || !/^[\s,]*$/.test(text.slice(right.end, end).replace(/^,[^,]*$/, ''))) return null;
    return withSpeaker(cue, right, null);
  }
  // ", Okafor said Tuesday." No more than a few words after the verb.
  if ((tail.match(/[\p{L}\p{N}]+/gu) ?? []).length > 4 || /[,;:]/.test(tail)) return null;
  const left = leftPhrase(text, from, cue);
  if (!left || !/,\s*$/.test(text.slice(Math.max(from, left.start - 3), left.start))) return null;
  return withSpeaker(cue, left, null);
}

/** The subject of the last speech verb before a fragment, in its own sentence. */
export function findAttributionInClause(text: string, wideFrom: number, to: number): Attribution | null {
  // The speech verb of a fragment stands in the words just before it: a bounded look back, and
  // a few candidate verbs at most, keep a quote-dense text linear.
  const from = Math.max(wideFrom, to - CLAUSE_WINDOW);
  const cues = findCues(text, from, to);
  for (let i = cues.length - 1; i >= Math.max(0, cues.length - MAX_CUES); i--) {
    const cue = cues[i]!;
    if (cue.text.toLowerCase() === 'according to') {
      const right = findRightPhrase(text, cue.end, to);
      if (right) return withSpeaker(cue, right, null);
      continue;
    }
    // "Okafor was asked by moderator Lena Vogt whether ...": the speaker is the agent.
    const agent = /^\s+by\s/.exec(text.slice(cue.end, to));
    if (agent && /\b(?:was|were|is|are|been|being)\s+$/.test(text.slice(from, cue.start))) {
      const byWhom = withSpeaker(cue, findRightPhrase(text, cue.end + agent[0].length, to), null);
      if (byWhom) return byWhom;
      continue;
    }
    const left = leftPhrase(text, from, cue);
    // "She named a prosecutor who reports to her, and called for “...”": a relative pronoun
    // speaks only for the verb nearest the fragment.
    if (left && i < cues.length - 1 && RELATIVE_PRONOUNS.has(left.text.toLowerCase())) continue;
    const found = left && withSpeaker(cue, left, addresseeAfter(text, cue, to));
    if (found) return found;
  }
  return null;
}

/** The phrase before a cue, unless the cue reads as a noun after it ("Healy’s late-night tweets"). */
function leftPhrase(text: string, from: number, cue: Span): Span | null {
  const phrase = findLeftPhrase(text, from, cue.start);
  return phrase && !readsAsNoun(cue, phrase) ? phrase : null;
}

/** "the states", "her remarks": a cue word after a determiner is a noun. */
function nounAfterDeterminer(text: string, from: number, cue: Span): boolean {
  return NOUN_CUES.has(cue.text) && /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|these|those|some|many)\s+$/i.test(text.slice(Math.max(from, cue.start - 8), cue.start));
}

function withSpeaker(cue: Span, speaker: Span | null, addressee: Span | null): Attribution | null {
  if (!speaker || !isSpeakerPhrase(speaker)) return null;
  const end = Math.max(cue.end, speaker.end, addressee?.end ?? 0);
  return { speaker, cue, addressee, end };
}

function addresseeAfter(text: string, cue: Span, to: number): Span | null {
  if (!TELLING.test(cue.text)) return null;
  return findRightPhrase(text, cue.end, to);
}
