// The event a date places: a short phrase from the date's clause, without the date itself.
// "Mr Musk's comments had been made in a discussion ... in October last year" -> "Mr Musk's
// comments had been made in a discussion ..."; "In June this year, the Department of Defence
// disclosed ..." -> the next clause, as the date's own clause holds nothing else.
import type { Sentence, Span } from '../types.ts';
import { CLAUSE_OPENERS, MAX_EVENT_WORDS, MIN_EVENT_WORDS, REPORTING_FRAME, TRAILING_PREPOSITIONS } from './constants.ts';
import { clausesAround, type Clause } from './find-clause.ts';
import { phraseStart } from './phrase-start.ts';

/** Event phrases are read from at most this many characters of a clause: very long clauses
 * (no punctuation) would otherwise make the stage quadratic. */
const WINDOW = 300;
/** Small words a name may contain: "the Bank of England", "Procter and Gamble". */
const NAME_GLUE: ReadonlySet<string> = new Set(['the', 'of', 'and', '&', 'for', 'de', 'von', 'van']);
/** How many clauses after (and before) the date's own are tried. */
const NEIGHBOURS = 3;

export interface EventPhrase {
  readonly what: Span;
  /** The text region the event was read from (its clause and the date's): people are looked up in it. */
  readonly region: Clause;
}

export function findEventPhrase(text: string, sentence: Sentence, clauses: readonly Clause[], mention: Span): EventPhrase {
  const { first, last } = clausesAround(clauses, mention);
  const own = {
    start: Math.min(mention.start, clauses[first]?.start ?? sentence.start),
    end: Math.max(mention.end, clauses[last]?.end ?? sentence.end),
  };
  const tries: Clause[] = [
    { start: Math.max(own.start, mention.start - WINDOW), end: mention.start },
    { start: mention.end, end: Math.min(own.end, mention.end + WINDOW) },
    ...clauses.slice(last + 1, last + 1 + NEIGHBOURS),
    ...clauses.slice(Math.max(0, first - NEIGHBOURS), first).reverse(),
  ].map((c) => ({ start: c.start, end: Math.min(c.end, c.start + WINDOW) }));
  const [before, after] = tries;
  // "But he later denied having spoken ...", "The Government Accountability Office on June 18
  // called for ...": a bare subject before a short date keeps the clause whole, date included,
  // rather than losing either who did it or what they did.
  const subject = before ? trimPhrase(text, before, 1) : null;
  const rest = after ? trimPhrase(text, after, 2) : null;
  const bare = subject !== null && (!trimPhrase(text, subject) || isNameOnly(subject.text));
  if (subject && rest && bare && mention.end - mention.start <= 20) {
    tries.unshift({ start: subject.start, end: rest.end });
  }
  for (const range of tries) {
    const what = trimPhrase(text, range);
    if (what) return { what, region: { start: Math.min(own.start, what.start), end: Math.max(own.end, what.end) } };
  }
  // Nothing else in the sentence: the sentence itself is the event.
  const near = { start: Math.max(sentence.start, mention.start - WINDOW), end: Math.min(sentence.end, mention.end + WINDOW) };
  const whole = trimPhrase(text, near, 1) ?? { start: near.start, end: near.end, text: text.slice(near.start, near.end) };
  return { what: whole, region: near };
}

/** Trim openers, closing prepositions and punctuation; cut to MAX_EVENT_WORDS words. */
function trimPhrase(text: string, range: Clause, minWords = MIN_EVENT_WORDS): Span | null {
  let start = phraseStart(text, range.start, range.end);
  let end = range.end;
  let body = text.slice(start, end);
  const lead = /^[\s\p{P}]*/u.exec(body)?.[0].length ?? 0;
  start += lead;
  body = text.slice(start, end);
  const opener = CLAUSE_OPENERS.exec(body)?.[0].length ?? 0;
  start += opener;
  body = text.slice(start, end);
  // "X told Y that Mr Musk had ...": the event is what follows the frame, if it says enough.
  const frame = REPORTING_FRAME.exec(body)?.[0].length ?? 0;
  if (frame > 0 && (body.slice(frame).match(/\S+/g) ?? []).length >= MIN_EVENT_WORDS + 1) {
    start += frame;
    body = text.slice(start, end);
  }
  // Only the first MAX_EVENT_WORDS words are read, not the whole window.
  const word = /\S+/g;
  let count = 0;
  for (let m = word.exec(body); m; m = word.exec(body)) {
    if (++count === MAX_EVENT_WORDS) {
      if (word.exec(body)) end = start + m.index + m[0].length;
      break;
    }
  }
  for (let i = 0; i < 3; i++) {
    body = text.slice(start, end);
    const tail = TRAILING_PREPOSITIONS.exec(body)?.[0].length ?? 0;
    const punct = /[\s\p{P}]*$/u.exec(body.slice(0, body.length - tail))?.[0].length ?? 0;
    end -= tail + punct;
  }
  // Keep a closing bracket or quote that pairs with one inside the phrase.
  if (end <= start) return null;
  const phrase = text.slice(start, end);
  if ((phrase.match(/\S+/g) ?? []).length < minWords) return null;
  return { start, end, text: phrase };
}

/** Whether a phrase is only a name ("The Government Accountability Office"): no verb to tell the event. */
function isNameOnly(phrase: string): boolean {
  const words = phrase.match(/\S+/g) ?? [];
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_GLUE.has(w.toLowerCase()));
}
