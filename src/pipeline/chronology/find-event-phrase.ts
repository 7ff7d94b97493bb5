// The event a date places: a short phrase from the date's clause, without the date itself.
// "Mr Musk's comments had been made in a discussion ... in October last year" -> "Mr Musk's
// comments had been made in a discussion ..."; "In June this year, the Department of Defence
// disclosed ..." -> the next clause, as the date's own clause holds nothing else.
import type { Sentence, Span } from '../types.ts';
import { CLAUSE_OPENERS, MAX_EVENT_WORDS, MIN_EVENT_WORDS, REPORTING_FRAME } from './constants.ts';
import { afterWords, countWords, leadingPunctuation, trailingPrepositions, trailingPunctuation } from './phrase-edges.ts';
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
  // The date's own clause, before and after it, is trimmed once and read with several minimums.
  const trimmed = new Map<Clause, Trimmed | null>();
  // "But he later denied having spoken ...", "The Government Accountability Office on June 18
  // called for ...": a bare subject before a short date keeps the clause whole, date included,
  // rather than losing either who did it or what they did.
  const subject = before ? atLeast(trimOnce(text, trimmed, before), 1) : null;
  const rest = after ? atLeast(trimOnce(text, trimmed, after), 2) : null;
  const bare = subject !== null && (!atLeast(trimRange(text, subject), MIN_EVENT_WORDS) || isNameOnly(subject.text));
  if (subject && rest && bare && mention.end - mention.start <= 20) {
    tries.unshift({ start: subject.start, end: rest.end });
  }
  for (const range of tries) {
    const what = atLeast(trimOnce(text, trimmed, range), MIN_EVENT_WORDS);
    if (what) return { what, region: { start: Math.min(own.start, what.start), end: Math.max(own.end, what.end) } };
  }
  // Nothing else in the sentence: the sentence itself is the event.
  const near = { start: Math.max(sentence.start, mention.start - WINDOW), end: Math.min(sentence.end, mention.end + WINDOW) };
  const whole = atLeast(trimRange(text, near), 1) ?? { start: near.start, end: near.end, text: text.slice(near.start, near.end) };
  return { what: whole, region: near };
}

interface Trimmed {
  readonly span: Span;
  readonly words: number;
}

/** trimRange, remembered per range. */
function trimOnce(text: string, trimmed: Map<Clause, Trimmed | null>, range: Clause): Trimmed | null {
  let result = trimmed.get(range);
  if (result === undefined) {
    result = trimRange(text, range);
    trimmed.set(range, result);
  }
  return result;
}

/** The trimmed phrase if it has at least `minWords` words. */
function atLeast(trimmed: Trimmed | null, minWords: number): Span | null {
  return trimmed !== null && trimmed.words >= minWords ? trimmed.span : null;
}

/** Trim openers, closing prepositions and punctuation; cut to MAX_EVENT_WORDS words. */
function trimRange(text: string, range: Clause): Trimmed | null {
  let start = phraseStart(text, range.start, range.end);
  let end = range.end;
  start += leadingPunctuation(text, start, end);
  let body = text.slice(start, end);
  const opener = CLAUSE_OPENERS.exec(body)?.[0].length ?? 0;
  start += opener;
  body = text.slice(start, end);
  // "X told Y that Mr Musk had ...": the event is what follows the frame, if it says enough.
  // The frame ends in "that": without one, the (slow, lazy) pattern cannot match.
  const frame = THAT.test(body) ? (REPORTING_FRAME.exec(body)?.[0].length ?? 0) : 0;
  if (frame > 0 && countWords(text, start + frame, end) >= MIN_EVENT_WORDS + 1) start += frame;
  // Only the first MAX_EVENT_WORDS words are read, not the whole window.
  end = afterWords(text, start, end, MAX_EVENT_WORDS);
  for (let i = 0; i < 3; i++) {
    const tail = trailingPrepositions(text, start, end);
    end -= tail + trailingPunctuation(text, start, end - tail);
  }
  if (end <= start) return null;
  return { span: { start, end, text: text.slice(start, end) }, words: countWords(text, start, end) };
}

const THAT = /that/i;

/** Whether a phrase is only a name ("The Government Accountability Office"): no verb to tell the event. */
function isNameOnly(phrase: string): boolean {
  const words = phrase.match(/\S+/g) ?? [];
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_GLUE.has(w.toLowerCase()));
}
