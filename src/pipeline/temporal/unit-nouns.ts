// The nouns of time that durations ("two years"), calendar periods ("this year", "the year"),
// rates ("per day") and event-relative days ("later that day") are built on, found once per
// text for all of them: each of those patterns puts its noun right after a space or hyphen.
import { anchorPositions } from './anchored-matches.ts';

export const UNIT_NOUN = /[\s-](?:centur|quarter|decade|minute|second|month|year|week|hour|day|morning|afternoon|evening|night)/giu;

/** Positions of the space or hyphen before each unit noun (see anchoredMatchesAt). */
export function findUnitNouns(text: string): number[] {
  return anchorPositions(UNIT_NOUN, text);
}
