// Word lists the chronology rules share.

/** Clause breaks inside a sentence: punctuation that closes a clause. */
// A curly apostrophe between letters is a possessive ("Musk’s"), not a closing quote.
export const CLAUSE_PUNCTUATION = /[,;:()\u2013\u2014"“”]|(?<!\p{L})[‘’]|[‘’](?!\p{L})|\s-\s/gu;

/** The possessive ending right after a date: "Monday's", "this year’s", "the late 1980's". */
export const POSSESSIVE_ENDING = /^['’]s?(?![\p{L}\p{N}])/u;

/** A reporting frame before the event: "Another source told the New Yorker that ...". */
export const REPORTING_FRAME = /^[^,;]{0,60}?\b(?:told|tells|said|says|reported|reports|added|claimed|claims|wrote|believes|believed)\b[^,;]{0,40}?\bthat\s+/iu;

/** Words that, in a date's clause, make the date the time a story was told, not of an event:
 * "according to a report on Monday in the New Yorker". */
export const REPORTING_WORDS = /\b(?:report|reports|reported|reporting|interview|interviewed|statement|told\s+reporters|news\s+conference|press\s+conference|according)\b/i;

/** Openers that carry no event: "Later though, ...", "But ...", "And ...". */
export const CLAUSE_OPENERS = /^(?:(?:but|and|so|yet|though|however|then|meanwhile|also|additionally|moreover|as\s+per|in\s+response\s+to|during|after|before|since|until|by|in|on|at|of|from|for|while|when|as)\b[\s,]*)+/i;

/** Words that introduce the date and end the event phrase before it: "made ... in" ("as of" is "as" and "of"). */
export const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'during', 'since', 'until', 'till', 'from', 'to', 'for', 'of', 'as', 'early', 'late',
  'through', 'before', 'after', 'around', 'about', 'last', 'this', 'next', 'the', 'and', 'or', 'but', 'that', 'which',
  'who', 'while', 'when', 'with',
]);

/** Event phrases are cut to this many words. */
export const MAX_EVENT_WORDS = 16;
/** A clause with fewer words than this (once the date is removed) has no event of its own. */
export const MIN_EVENT_WORDS = 3;

/** How event-relative expressions hang on another entry. */
export const RELATION_PATTERNS: readonly { readonly kind: 'before' | 'after' | 'during'; readonly test: RegExp; readonly dated: boolean }[] = [
  // "at the time", "at that moment": the time of the last dated event.
  { kind: 'during', test: /^(?:the|that)\s+(?:time|moment)$|^the\s+same\b|^that\s+(?:same\s+)?\p{L}+$/iu, dated: true },
  // "earlier that day", "later that year".
  { kind: 'before', test: /^earlier\b/i, dated: true },
  { kind: 'after', test: /^later\s/i, dated: true },
  // "the weeks leading up to his tweet", "the days before the vote".
  { kind: 'before', test: /\b(?:leading\s+up\s+to|ahead\s+of|before|prior\s+to|previous|preceding)\b/i, dated: true },
  // "the weeks after the vote", "the following day".
  { kind: 'after', test: /\b(?:after|following|next)\b/i, dated: true },
  // "Later", "he later denied", "afterwards": after whatever the story told last.
  { kind: 'after', test: /^(?:later|afterwards|subsequently)$/i, dated: false },
];
