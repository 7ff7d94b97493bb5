// The typed record the extraction pipeline fills in, stage by stage.
// Every extracted item carries offsets into the article text (JavaScript string
// offsets, end exclusive): `text.slice(start, end) === item.text` always holds.

/** A stretch of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence; `index` is 0-based, its public anchor is `s${index + 1}`. */
export interface Sentence extends Span {
  readonly index: number;
  /** 0-based paragraph (a block of text between line breaks). */
  readonly paragraph: number;
}

/** A span that knows which sentence holds it. */
export interface Mention extends Span {
  readonly sentence: number;
}

/** A named person, with every name mention grouped under one canonical name. */
export interface Person {
  /** Slug of the canonical name, unique within the article: `elon-musk`. */
  readonly id: string;
  /** The fullest name the text gives: "Elon Musk". */
  readonly name: string;
  /** Distinct surface forms of the name, canonical first: ["Elon Musk", "Mr Musk", "Musk"]. */
  readonly aliases: readonly string[];
  /** Proper-name mentions only (titles such as "Mr" are part of the alias text, not of `name`). */
  readonly mentions: readonly Mention[];
  /** Roles the text gives the person: "then the under-secretary of defence for policy at the Pentagon". */
  readonly roles: readonly Mention[];
  /** Definite descriptions that refer back to the person: "the billionaire". */
  readonly descriptors: readonly Mention[];
}

export type OrganisationKind = 'organisation' | 'publication' | 'place';

/** A named thing that is not a person: a company, a ministry, a newspaper, a country. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly mentions: readonly Mention[];
}

/** A source the text describes but does not name: "a senior defence official". */
export interface UnnamedSource {
  readonly id: string;
  /** The description as the text first gives it, without its article: "senior defence official". */
  readonly description: string;
  readonly mentions: readonly Mention[];
}

export type Speaker =
  | { readonly kind: 'person'; readonly id: string; readonly name: string }
  | { readonly kind: 'organisation'; readonly id: string; readonly name: string }
  | { readonly kind: 'unnamed'; readonly id: string; readonly name: string };

export type QuoteKind =
  /** A whole quoted statement. */
  | 'direct'
  /** A few quoted words inside a sentence of the reporter's: could see "the entire war unfolding". */
  | 'fragment'
  /** A quote inside another quote: ... before he said, 'Well, I had this great conversation' */
  | 'nested'
  /** A quote that follows on from the previous one, with no attribution of its own. */
  | 'continuation';

/** A direct quote: the span is the quoted words, without the quotation marks. */
export interface Quote extends Span {
  /** `q1`, `q2`… in text order. */
  readonly id: string;
  readonly sentence: number;
  readonly kind: QuoteKind;
  /** Who said it; null when the text does not say (never a guess). */
  readonly speaker: Speaker | null;
  /** The span in the attribution that names the speaker ("Mr Kahl", "he", "the Pentagon"). */
  readonly speakerMention: Span | null;
  /** The attribution verb phrase: "told", "tweeted", "is quoted as saying". */
  readonly cue: Span | null;
  /** The person the words were addressed to, when the text says ("recalled telling Mr Musk"). */
  readonly addressee: Speaker | null;
  /** For a nested quote, the id of the quote that contains it. */
  readonly parent: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Precision =
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'time';

/**
 * How a temporal expression got its value:
 * - `absolute`: the text states it in full ("March 1, 2008");
 * - `document`: relative to the published date ("on Monday", "October last year");
 * - `event`: relative to an event in the story ("later", "at the time"): no calendar value;
 * - `unresolved`: relative to the published date, but the article has none.
 */
export type Anchoring = 'absolute' | 'document' | 'event' | 'unresolved';

/** A TIMEX3-style temporal expression. The span follows TimeML (no leading "on"/"in"). */
export interface TemporalMention extends Span {
  /** `t1`, `t2`… in text order. */
  readonly id: string;
  readonly sentence: number;
  readonly type: TimexType;
  /** TIMEX3 value ("2022-10", "2023-08-21", "PT15M", "PXW", "PAST_REF"); null when not calendar-anchored. */
  readonly value: string | null;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER… */
  readonly mod: string | null;
  /** Precision of a DATE/TIME value; null for durations, sets and unanchored expressions. */
  readonly precision: Precision | null;
  readonly anchoring: Anchoring;
}

/** One entry of the story's chronology, in story order. */
export interface ChronologyEntry {
  /** `c1`, `c2`… */
  readonly id: string;
  /** The temporal expression the entry hangs on. */
  readonly temporal: string;
  readonly sentence: number;
  /** Calendar value (TIMEX3 DATE/TIME value), or null for an event-relative entry. */
  readonly value: string | null;
  readonly precision: Precision | null;
  /** What happened: a short event phrase from the clause. */
  readonly what: Span;
  /** Ids of the people named in the clause. */
  readonly people: readonly string[];
  /** For an event-relative entry: how it stands to another entry ("before", "after", "during"). */
  readonly relation: { readonly kind: 'before' | 'after' | 'during'; readonly entry: string } | null;
  /** Sort key: entries sort by this, ascending (dated ones by date, relative ones beside their anchor). */
  readonly order: number;
}

export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) the article was published: the anchor for relative dates. */
  readonly published: string | null;
}

/** Everything the pipeline extracts from one article. */
export interface Extraction {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly unnamed: readonly UnnamedSource[];
  readonly quotes: readonly Quote[];
  readonly temporal: readonly TemporalMention[];
  readonly chronology: readonly ChronologyEntry[];
  /** Indexes of the sentences that make the summary, in article order. */
  readonly summary: readonly number[];
}
