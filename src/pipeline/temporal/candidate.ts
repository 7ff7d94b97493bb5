// The shared contract of the temporal finders and refiners: a finder proposes candidates with
// their position in the text; refiners merge, extend and filter candidate lists (never in place).
import type { DateTime } from 'luxon';
import type { FoldedText } from './mentions-any.ts';
import type { Anchoring, Precision, TimexType } from '../types.ts';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string | null;
  readonly mod: string | null;
  readonly precision: Precision | null;
  readonly anchoring: Anchoring;
}

export interface TemporalContext {
  readonly text: string;
  /** The text folded once for hint checks (see foldForHints). */
  readonly folded: FoldedText;
  /** Where the unit nouns are ("years", "day"): see findUnitNouns. */
  readonly unitNouns: readonly number[];
  /** The publication date, start of day, or null when the article has none. */
  readonly anchor: DateTime | null;
}

export type Finder = (context: TemporalContext) => Candidate[];
export type Refiner = (context: TemporalContext, candidates: readonly Candidate[]) => Candidate[];
