import type { SiteSettings } from '../content/site-settings.ts';
import type { TimelineView } from './timeline.ts';
import type { SpeakerGraphView } from './speaker-graph.ts';

// The shared data files: one record per briefing and cross-briefing indexes, joins already done.
// Templates only render these; the same records are published under /data/.
// Every `href` is site-absolute ("/briefings/<slug>/#s3"); templates apply the path prefix.

/** A link to the sentence of a source an item came from. */
export interface SentenceRef {
  readonly briefing: string;
  /** 1-based sentence number, as in the anchor `#s<n>`. */
  readonly n: number;
  readonly href: string;
}

export interface Link {
  readonly name: string;
  readonly href: string;
}

/** A node of the annotated source text: plain text, or a marked span with its children. */
export type SourceNode =
  | { readonly text: string }
  | {
      readonly mark: 'person' | 'organisation' | 'unnamed' | 'quote' | 'date' | 'duration' | 'note';
      /** Element id, on the first piece of the item only (`q3`, `t2`). */
      readonly id: string | null;
      readonly href: string | null;
      /** What the mark stands for, for the title attribute ("Quote: Colin Kahl"). */
      readonly title: string;
      /** TIMEX3 value for a date, in `<time datetime>`. */
      readonly datetime: string | null;
      readonly children: readonly SourceNode[];
    };

export interface SourceSentence {
  readonly n: number;
  readonly anchor: string;
  readonly nodes: readonly SourceNode[];
}

export interface SourceParagraph {
  readonly sentences: readonly SourceSentence[];
  /** Editors' notes anchored in this paragraph, shown beside it. */
  readonly notes: readonly NoteRecord[];
}

/** An editor's note, anchored to a passage of the source (or detached when the text changed). */
export interface NoteRecord {
  /** `n1`, `n2`… in the order of the annotation file. */
  readonly id: string;
  /** The note rendered from Markdown (raw HTML disabled). */
  readonly html: string;
  /** The passage the note is about, as the editor quoted it. */
  readonly exact: string;
  /** Where the passage is; null when the article no longer has it (the note is detached). */
  readonly source: SentenceRef | null;
  /** What the passage touches: people (site ids), quotes and chronology entries (ids). */
  readonly people: readonly string[];
  readonly quotes: readonly string[];
  readonly chronology: readonly string[];
  readonly briefing: Link & { readonly slug: string };
}

export interface BriefingPerson {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly aliases: readonly string[];
  /** Roles from the text (with their sentence) or set by an editor (source null). */
  readonly roles: readonly { readonly text: string; readonly source: SentenceRef | null }[];
  readonly descriptors: readonly string[];
  readonly mentions: number;
  readonly quotes: number;
  readonly firstMention: SentenceRef | null;
  /** Whether an editor corrected this person (renamed, merged, new aliases or role). */
  readonly edited: boolean;
  readonly notes: readonly NoteRecord[];
}

export interface BriefingEntity {
  readonly name: string;
  readonly kind: string;
  readonly mentions: number;
  readonly firstMention: SentenceRef;
}

export interface QuoteSpeaker {
  /** The person's site-wide id; null for organisations and unnamed sources. */
  readonly id: string | null;
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'unnamed';
  /** The person's page; null for organisations and unnamed sources. */
  readonly href: string | null;
}

export interface QuoteRecord {
  /** Unique across the site: `<briefing>/q3`. */
  readonly key: string;
  readonly id: string;
  readonly briefing: Link & { readonly slug: string };
  readonly text: string;
  readonly kind: string;
  readonly speaker: QuoteSpeaker | null;
  /** How the text attributes it: "Mr Kahl is quoted as saying". */
  readonly attribution: string | null;
  readonly cue: string | null;
  readonly addressee: QuoteSpeaker | null;
  readonly source: SentenceRef;
  /** Whether an editor set the speaker. */
  readonly edited: boolean;
  readonly notes: readonly NoteRecord[];
}

export interface ChronologyRecord {
  readonly key: string;
  readonly id: string;
  readonly briefing: Link & { readonly slug: string };
  /** TIMEX3 value, or null for an entry placed by its relation to another. */
  readonly value: string | null;
  readonly precision: string | null;
  /** "October 2022"; for an undated entry, how it stands to its anchor ("after: October 2022"). */
  readonly label: string;
  /** The value when it is a valid HTML `datetime` too. */
  readonly datetime: string | null;
  /** Period for sorting and axes (ISO dates), null when undated. */
  readonly start: string | null;
  readonly end: string | null;
  readonly expression: string;
  readonly what: string;
  readonly sentenceText: string;
  readonly people: readonly (Link & { readonly id: string })[];
  readonly relation: { readonly kind: string; readonly entry: string; readonly label: string } | null;
  /** The sentence the entry comes from; null for an entry an editor added without one. */
  readonly source: SentenceRef | null;
  /** Whether an editor added or corrected the entry. */
  readonly edited: boolean;
  readonly notes: readonly NoteRecord[];
}

export interface BriefingSummary {
  readonly slug: string;
  readonly href: string;
  readonly title: string;
  readonly published: string | null;
  readonly publishedLabel: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly credit: string | null;
  readonly summary: readonly { readonly text: string; readonly source: SentenceRef }[];
  readonly counts: { readonly people: number; readonly quotes: number; readonly dates: number; readonly sentences: number };
  readonly people: readonly Link[];
}

export interface BriefingRecord extends BriefingSummary {
  readonly file: string;
  readonly people: readonly BriefingPerson[];
  readonly organisations: readonly BriefingEntity[];
  readonly unnamed: readonly BriefingEntity[];
  readonly quotes: readonly QuoteRecord[];
  readonly chronology: readonly ChronologyRecord[];
  readonly durations: readonly { readonly text: string; readonly value: string | null; readonly source: SentenceRef }[];
  readonly paragraphs: readonly SourceParagraph[];
  /** Editors' notes whose passage the article no longer has: shown apart, never dropped. */
  readonly detachedNotes: readonly NoteRecord[];
  /** The annotation file, when there is one. */
  readonly annotations: string | null;
  /** The chronology on a time axis; null when nothing is dated. */
  readonly timeline: TimelineView | null;
  /** Who speaks to or about whom; null when no quote names anyone. */
  readonly graph: SpeakerGraphView | null;
  readonly warnings: readonly string[];
}

export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly text: string; readonly briefing: Link; readonly source: SentenceRef | null }[];
  readonly briefings: readonly (Link & { readonly slug: string; readonly mentions: number; readonly firstMention: SentenceRef | null })[];
  readonly quotes: readonly QuoteRecord[];
  readonly chronology: readonly ChronologyRecord[];
  readonly timeline: TimelineView | null;
  readonly mentions: number;
  /** Editors' notes on passages that name the person, across briefings. */
  readonly notes: readonly NoteRecord[];
  /** From the people registry (content/people/<id>.md), when the person has an entry. */
  readonly profile: PersonProfile | null;
}

export interface PersonProfile {
  /** The profile rendered from Markdown (raw HTML disabled). */
  readonly html: string;
  readonly roles: readonly string[];
  readonly links: readonly string[];
  readonly file: string;
}

export interface SpeakerQuotes {
  /** Fragment id of the group on /quotes/: `by-elon-musk`. */
  readonly anchor: string;
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'unnamed' | 'none';
  /** The person's page, for people. */
  readonly href: string | null;
  readonly quotes: readonly QuoteRecord[];
}

export interface SiteData {
  readonly settings: SiteSettings;
  /**
   * Whose pages to write: every briefing and person in a build; in a dev-server rebuild only the
   * ones an edit changed (the lists above stay whole, for index pages).
   */
  readonly render: { readonly briefings: readonly BriefingRecord[]; readonly people: readonly PersonRecord[] };
  /** Newest first; undated last, by title. */
  readonly briefings: readonly BriefingRecord[];
  /** The newest briefings (FEED_SIZE of them), for the feeds. */
  readonly latest: readonly BriefingRecord[];
  /** By name. */
  readonly people: readonly PersonRecord[];
  /** Briefings newest first, quotes in text order. */
  readonly quotes: readonly QuoteRecord[];
  /** The same quotes grouped by speaker (people by name, then others, then "not stated"), for /quotes/. */
  readonly quotesBySpeaker: readonly SpeakerQuotes[];
  /** Dated entries by date, then undated ones by briefing. */
  readonly chronology: readonly ChronologyRecord[];
  readonly timeline: TimelineView | null;
}
