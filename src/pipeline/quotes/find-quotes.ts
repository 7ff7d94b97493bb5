// The quotes stage: every direct quote with its speaker. Quote marks give the quotes; each
// quote then looks for its attribution; a quote with none of its own continues the one before
// when the text runs straight on (“X,” he said. “Y.”) or the paragraph before ended in a quote.
import type { Quote, QuoteKind, Sentence, Span, Speaker } from '../types.ts';
import type { Entities } from '../people/find-entities.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import { findAttributionAfter, findAttributionAtEnd, findAttributionBefore, findAttributionInClause, type Attribution } from './find-attribution.ts';
import { findQuoteMarks, withParent, type MarkedQuote } from './find-quote-marks.ts';
import { isFragment } from './classify-quote.ts';
import { isMarkup, isTitle } from './is-not-a-quote.ts';
import { findCues, isParticiple } from './find-cues.ts';
import { findRestatedSpeaker } from './find-restated-speaker.ts';
import { findPossessiveClaim } from './find-possessive-claim.ts';
import { findReportedSpeaker } from './find-reported-speaker.ts';
import { findTranscriptLabel } from './find-transcript-label.ts';
import { findHeadlineSpeaker, headlineEnd } from './find-headline-speaker.ts';
import { findColonSpeaker, findNameAfter, findSignature } from './find-implicit-speaker.ts';
import { findSubject, findSubjectAfterParticiple } from './find-subject.ts';
import { personGenders } from './person-gender.ts';
import { indexSpeakers, resolveAddressee, resolveSpeaker } from './resolve-speaker.ts';
import { SPEAKER_PRONOUNS } from './lexicon.ts';

/** A subject pronoun; "it" only before a verb in -ed ("it referenced"), not "It is “a shame”". */
function standsUnresolved(text: string, subject: Span): boolean {
  const lower = subject.text.toLowerCase();
  return SPEAKER_PRONOUNS.has(lower) && (lower !== 'it' || /^\s+\p{Ll}+ed\b/u.test(text.slice(subject.end, subject.end + 30)));
}

const UNSAID: Said = { kind: 'direct', speaker: null, speakerMention: null, cue: null, addressee: null, end: 0 };

interface Said {
  readonly kind: QuoteKind;
  readonly speaker: Speaker | null;
  readonly speakerMention: Span | null;
  readonly cue: Span | null;
  readonly addressee: Speaker | null;
  /** End of the attribution this quote used, or the quote's own close. */
  readonly end: number;
}


export function findQuotes(text: string, sentences: readonly Sentence[], entities: Entities): Quote[] {
  if (sentences.length === 0) return [];
  // Markup in quote marks is no quote; nested marks inside it go with it.
  const all = findQuoteMarks(text);
  const dropped = new Set(all.filter((q) => q.depth === 0 && isMarkup(text, q)).map((q) => q.open));
  const marked = renumber(all, (q, parent) => !dropped.has(q.open) && !(parent && dropped.has(parent.open)));
  const topLevel = marked.filter((q) => q.depth === 0);
  const insideQuote = (offset: number): boolean => {
    const q = topLevel[lastStartingBefore(topLevel, offset)];
    return q !== undefined && q.start <= offset && offset < q.end;
  };
  const index = indexSpeakers(entities, personGenders(text, sentences, entities.people), insideQuote);
  const speakerOf = (a: Attribution): Pick<Said, 'speaker' | 'speakerMention' | 'cue' | 'addressee'> => ({
    speaker: resolveSpeaker(a.speaker, index),
    speakerMention: a.speaker,
    cue: a.cue,
    addressee: a.addressee && resolveAddressee(a.addressee, index),
  });

  // Keyed by the opening mark's offset: it names a quote across renumbering.
  const said = new Map<number, Said>();
  let previous: MarkedQuote | null = null;
  let position = 0;
  for (const q of marked) {
    if (q.depth > 0) continue;
    position++;
    const sentence = sentences[sentenceAt(sentences, q.start)]!;
    const closing = sentences[sentenceAt(sentences, Math.max(q.start, q.close - 1))]!;
    const next = topLevel[position];
    const afterEnd = Math.min(attributionEnd(text, q, closing, sentences), next ? next.open : text.length);
    const paragraphStart = text.lastIndexOf('\n', q.open - 1) + 1;
    const beforeStart = Math.max(sentence.start, previous && previous.close <= q.open ? previous.close : 0, paragraphStart);
    const fragment = isFragment(text, q, sentence);
    const last = previous ? said.get(previous.open) : undefined;

    // “OKAFOR: Well, ...”: a transcript's label names the speaker, whatever came before.
    const label = fragment ? null : findTranscriptLabel(q);
    if (label) {
      said.set(q.open, { kind: 'direct', speaker: resolveSpeaker(label, index), speakerMention: label, cue: null, addressee: null, end: q.close });
      previous = q;
      continue;
    }
    // “X,” he said, “Y.”: the text runs straight on from the last attribution, in one paragraph.
    if (!fragment && previous && last && last.speakerMention && runsOn(text, previous, Math.max(previous.close, last.end), q, sentences)) {
      // Its own attribution, unless that is the one the quote before used ("X," he said, "Y.").
      const own = findAttributionAfter(text, q.close, afterEnd) ?? findAttributionBefore(text, beforeStart, q.open) ?? findAttributionAtEnd(text, q.close, afterEnd);
      // (“Why?” Okafor said. “Because,” Healy retorted: an attribution we cannot read is no continuation.)
      if ((!own && !(attributedAfter(text, q) && findNameAfter(text, q.close, afterEnd))) || own?.cue.start === last.cue?.start) {
        said.set(q.open, { ...last, kind: 'continuation', cue: null, addressee: null, end: q.close });
        previous = q;
        continue;
      }
    }
    // A fragment's own attribution right after it outranks the verb of its clause:
    // Ada Okafor said the plan was “not enough,” her aide said.
    const attribution = fragment
      ? findAttributionAfter(text, q.close, afterEnd) ?? findPossessiveClaim(text, beforeStart, q.open) ?? findAttributionInClause(text, beforeStart, q.open) ?? findAttributionAtEnd(text, q.close, afterEnd)
      : findAttributionAfter(text, q.close, afterEnd) ?? findAttributionBefore(text, beforeStart, q.open)
        ?? introducedByParagraph(text, q, sentences) ?? findAttributionAtEnd(text, q.close, afterEnd) ?? findAttributionInClause(text, beforeStart, q.open);
    // Okafor said the bridge was “too narrow” and the tunnel “far too dear.”: a second fragment
    // of the sentence has the speaker of the first.
    if (!attribution && fragment && previous && last?.speakerMention && sameClause(text, previous, q, sentences)) {
      said.set(q.open, { ...last, kind: 'fragment', end: q.close });
      previous = q;
      continue;
    }
    // A signed quote names its speaker, known to the people stage or not.
    const signed = attribution || fragment ? null : findSignature(text, q.close);
    if (signed) {
      said.set(q.open, { kind: 'direct', speaker: resolveSpeaker(signed, index), speakerMention: signed, cue: null, addressee: null, end: q.close });
      previous = q;
      continue;
    }
    // The first candidate that names someone the text knows; a fragment's subject pronoun ("He
    // called it “a disgrace”") stands even when nobody is found for it, unless the marks hold a title.
    let implicit: Span | null = null;
    let known: Speaker | null = null;
    for (const candidate of attribution ? [] : findImplicit(text, q, fragment, sentence.start, beforeStart, afterEnd, sentences)) {
      known = resolveSpeaker(candidate, index);
      if (known || (fragment && !isTitle(q) && standsUnresolved(text, candidate))) {
        implicit = candidate;
        break;
      }
    }
    const reported = attribution || fragment || attributedAfter(text, q) || findNameAfter(text, q.close, afterEnd) ? null : findReportedSpeaker(text, sentences, q.open, previous ? Math.max(previous.close, last?.end ?? 0) : 0);
    if (attribution) {
      const own = speakerOf(attribution);
      const restated = own.speaker && findRestatedSpeaker(text, sentence.start, attribution);
      const same = restated && resolveSpeaker(restated, index);
      const mention = same && own.speaker && same.id === own.speaker.id ? restated : attribution.speaker;
      said.set(q.open, { kind: fragment ? 'fragment' : 'direct', speaker: own.speaker, speakerMention: mention, cue: own.cue, addressee: own.addressee, end: attribution.end });
    } else if (implicit) {
      said.set(q.open, { kind: fragment ? 'fragment' : 'direct', speaker: known, speakerMention: implicit, cue: null, addressee: null, end: q.close });
    } else if (!fragment && previous && last && continuesFrom(text, previous, Math.max(previous.close, last.end), q, sentences) && !attributedAfter(text, q)) {
      said.set(q.open, { ...last, kind: 'continuation', cue: null, addressee: null, end: q.close });
    } else if (reported) {
      said.set(q.open, { kind: 'direct', ...speakerOf(reported), end: q.close });
    } else {
      said.set(q.open, { kind: fragment ? 'fragment' : 'direct', speaker: null, speakerMention: null, cue: null, addressee: null, end: q.close });
    }
    previous = q;
  }

  // A title in marks ("Speaking to “Morning Show Live” on Monday") that nobody is said to say is no
  // quote; a sentence's subject is no saying (Okafor hosted “Morning Show Live”), a headline's name is.
  const headline = headlineEnd(text);
  const kept = renumber(marked, (q, parent) => {
    const top = parent ?? q;
    const own = said.get(top.open);
    const unsaid = own && (own.speakerMention === null || (own.cue === null && own.kind === 'fragment' && top.open > headline));
    return !(unsaid && isTitle(top));
  });
  const ids = new Map(kept.map((q, n) => [q, `q${n + 1}`]));
  return kept.map((q, n) => {
    const id = `q${n + 1}`;
    const sentence = sentenceAt(sentences, q.start);
    if (q.depth === 0) {
      const s = said.get(q.open) ?? UNSAID;
      return toQuote(id, q, sentence, s.kind, s, null);
    }
    const parent = q.parent === null ? undefined : kept[q.parent];
    const inside = parent ? findAttributionInClause(text, parent.start, q.open) ?? findAttributionAfter(text, q.close, parent.end) : null;
    return toQuote(id, q, sentence, 'nested', inside ? speakerOf(inside) : UNSAID, parent ? ids.get(parent) ?? null : null);
  });
}

/** Field by field, not `{ ...base, kind, ... }`: on Node 20 each field added after a spread costs a microsecond. */
function toQuote(id: string, q: MarkedQuote, sentence: number, kind: QuoteKind, who: Omit<Said, 'kind' | 'end'>, parent: string | null): Quote {
  return {
    id,
    start: q.start,
    end: q.end,
    text: q.text,
    sentence,
    kind,
    speaker: who.speaker,
    speakerMention: who.speakerMention,
    cue: who.cue,
    addressee: who.addressee,
    parent,
  };
}

/**
 * A paragraph that is only a quote, right after a paragraph that ended in one (or ran on), or in
 * its attribution's sentence (`said` is where that ends): “X,” Okafor said on Monday.\n“Y.”
 * Not after a sentence of the reporter's: ... called it “regrettable.” The vote is today.\n“Y.”
 */
function continuesFrom(text: string, previous: MarkedQuote, said: number, q: MarkedQuote, sentences: readonly Sentence[]): boolean {
  const paragraphStart = text.lastIndexOf('\n', q.open - 1) + 1;
  if (!/^\s*$/.test(text.slice(paragraphStart, q.open))) return false;
  if (previous.runsOn) return text.slice(previous.close, q.open).split('\n').length <= 3;
  const between = text.slice(previous.close, paragraphStart);
  if ((between.match(/\n/g) ?? []).length < 1 || (between.match(/\n\s*\S/g) ?? []).length > 0) return false;
  const paragraphEnd = previous.close + between.trimEnd().length;
  return paragraphEnd <= said || sentenceAt(sentences, said) === sentenceAt(sentences, paragraphEnd - 1);
}

/**
 * Both quotes in one paragraph, with at most the attribution's sentence between them. `said` is
 * where the first quote's attribution ends: “Why now?” Okafor asked. “Nobody knows.”
 */
function runsOn(text: string, previous: MarkedQuote, said: number, q: MarkedQuote, sentences: readonly Sentence[]): boolean {
  const gap = text.slice(previous.close, q.open);
  if (gap.includes('\n') || previous.close > q.open) return false;
  const first = sentenceAt(sentences, Math.min(said, q.open));
  const last = sentenceAt(sentences, q.open);
  return last - first <= 1;
}

/**
 * A quote that ends on a comma and runs on into words of the reporter's has an attribution we
 * could not read, so it is no continuation: “The pier stays open,” an angry Okafor bristled.
 */
function attributedAfter(text: string, q: MarkedQuote): boolean {
  return /,$/.test(q.text) && /^[^\S\n]*[\p{L}]/u.test(text.slice(q.close, q.close + 4));
}

/**
 * Both quotes in one sentence, with no speech verb between them but one that shares the first's
 * subject: Okafor called it “unfair” and called for fares to be “cut back”.
 */
function sameClause(text: string, previous: MarkedQuote, q: MarkedQuote, sentences: readonly Sentence[]): boolean {
  if (previous.close > q.open || sentenceAt(sentences, previous.start) !== sentenceAt(sentences, q.open)) return false;
  return findCues(text, previous.close, q.open).every((c) => /\band\s+$/.test(text.slice(previous.close, c.start)));
}

/**
 * Where an attribution after the quote may end: the quote's sentence, or the next one when the
 * quote closes its sentence and that one is short: “Why now?” Ada Okafor asked.
 * (A full stop before the mark starts a new sentence more often than it ends a quote, so after
 * one the next sentence must be a bare attribution of a few words.)
 */
function attributionEnd(text: string, q: MarkedQuote, closing: Sentence, sentences: readonly Sentence[]): number {
  if (closing.end > q.close + 1) return closing.end;
  const following = sentences[closing.index + 1];
  if (!following || text.slice(q.close, following.start).includes('\n')) return closing.end;
  const stop = text.slice(q.start, q.end).trimEnd().slice(-1);
  if (stop === '?' || stop === '!') return following.end;
  const words = following.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return stop === '.' && words.length <= 6 ? following.end : closing.end;
}

/**
 * Speakers by position when no cue names one, best first: the headline's, the phrase before a
 * colon (or, when that names no one, the subject of its sentence: "Okafor is rolling out a new
 * message: “...”"), a name after the quote, or the fragment's subject. The quotes stage keeps the
 * first that names someone the text knows.
 */
function findImplicit(
  text: string, q: MarkedQuote, fragment: boolean, sentenceStart: number, beforeStart: number, afterEnd: number,
  sentences: readonly Sentence[],
): Span[] {
  const headline = findHeadlineSpeaker(text, q.open);
  if (headline) return [headline];
  if (fragment) return [...present(findSubjectAfterParticiple(text, sentenceStart, q, afterEnd)), ...present(findSubject(text, sentenceStart, q.open))];
  const paragraphStart = text.lastIndexOf('\n', q.open - 1) + 1;
  // A paragraph that ends with a colon introduces the quote in the next one.
  if (/^\s*$/.test(text.slice(paragraphStart, q.open)) && paragraphStart > 0) {
    const before = sentences[sentenceAt(sentences, Math.max(0, endBefore(text, paragraphStart) - 1))];
    const colon = before ? findColonSpeaker(text, before.start, paragraphStart) : null;
    if (before && /:\s*$/.test(text.slice(before.start, paragraphStart))) return colonCandidates(text, colon, clauseStart(text, before.start, paragraphStart), paragraphStart);
  }
  if (/:\s*$/.test(text.slice(beforeStart, q.open))) return colonCandidates(text, findColonSpeaker(text, beforeStart, q.open), clauseStart(text, sentenceStart, q.open), q.open);
  const after = findNameAfter(text, q.close, afterEnd);
  if (after) return [after];
  // "Okafor agreed and said, “We ...”", "Dr Okafor shared the news, writing
  // “The hall is booked”": the speaker is the subject.
  const cues = findCues(text, beforeStart, q.open);
  if ((/[,:]\s*$/.test(text.slice(beforeStart, q.open)) && cues.length > 0) || cues.some(isParticiple)) return present(findSubject(text, sentenceStart, q.open));
  return [];
}

const present = (span: Span | null): Span[] => (span ? [span] : []);

/** Where the text before `at` ends, its trailing spaces and line breaks left out; read backwards,
 * not by copying everything before `at` for each quote that opens a paragraph. */
function endBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The phrase before a colon, then the subject of its clause; not when the phrase is a name we do
 * not know ("... overhype - HuffPollster: “...”"): the subject would be someone else.
 */
function colonCandidates(text: string, colon: Span | null, clause: number, to: number): Span[] {
  if (colon && /^\p{Lu}/u.test(colon.text) && !/^(?:the|a|an)\s/i.test(colon.text)) return [colon];
  return [...present(colon), ...present(findSubject(text, clause, to))];
}

/**
 * Where the clause before `to` opens: after its sentence's last "that", semicolon or ", and" when
 * a new subject follows ("She was so upset that I had to answer:"), not a relative "that read:".
 */
function clauseStart(text: string, sentenceStart: number, to: number): number {
  const before = text.slice(sentenceStart, to);
  const m = /(?:\bthat\s+|;\s+|,\s+(?:and|but)\s+)(?!.*(?:\bthat\s|;\s|,\s+(?:and|but)\s))/su.exec(before);
  if (!m || !/^(?:\p{Lu}|(?:he|she|they|we|it)\b)/u.test(before.slice(m.index + m[0].length))) return sentenceStart;
  return sentenceStart + m.index + m[0].length;
}

/** The quotes that pass `keep`, with parent indexes pointing into the new list. */
function renumber(quotes: readonly MarkedQuote[], keep: (q: MarkedQuote, parent: MarkedQuote | undefined) => boolean): MarkedQuote[] {
  const kept = quotes.filter((q) => keep(q, q.parent === null ? undefined : quotes[q.parent]));
  const index = new Map(kept.map((q, n) => [q, n]));
  return kept.map((q) => {
    const parent = q.parent === null ? undefined : quotes[q.parent];
    return withParent(q, parent === undefined ? null : index.get(parent) ?? null);
  });
}

/** "He said:" closing the paragraph before one that opens with the quote. */
function introducedByParagraph(text: string, q: MarkedQuote, sentences: readonly Sentence[]): Attribution | null {
  const paragraphStart = text.lastIndexOf('\n', q.open - 1) + 1;
  if (paragraphStart === 0 || !/^\s*$/.test(text.slice(paragraphStart, q.open))) return null;
  const end = endBefore(text, paragraphStart);
  if (text[end - 1] !== ':') return null;
  const sentence = sentences[sentenceAt(sentences, end - 1)];
  if (!sentence) return null;
  return findAttributionBefore(text, sentence.start, end) ?? findAttributionInClause(text, sentence.start, end);
}

/** Index of the last quote starting at or before `offset`, or -1. */
function lastStartingBefore(quotes: readonly MarkedQuote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
