// Times placed by an event of the story, not by the calendar: "Later, he retracted",
// "he later denied", "at the time", "in the weeks leading up to his tweet". No calendar value:
// the chronology hangs them on the entry they refer to.
import type { Candidate, Finder } from './candidate.ts';
import { IRREGULAR_PAST_VERBS } from './constants.ts';
import { allMatches, alternation, wordRegex } from './word-pattern.ts';
import { mentionsAny } from './mentions-any.ts';
import { type Anchor, anchoredMatches, anchoredMatchesAt } from './anchored-matches.ts';
import { UNIT_NOUN } from './unit-nouns.ts';

// "Later though, ..." opening a sentence, or "later" before a past-tense verb ("later denied").
const LATER_OPENING = /\b(?:Later|Afterwards|Subsequently)\b/g;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s{1,5}|\n\s{0,5})$/;
const LATER_VERB = new RegExp(`\\b(?:later|afterwards|subsequently)(?=\\s(?:\\p{Ll}{2,20}ed|${alternation(IRREGULAR_PAST_VERBS)})\\b)`, 'gu');
// "at the time", "at that time": the span leaves "at" out (TimeML).
export const THE_TIME = wordRegex('(?<=\\bat\\s)(?:the|that)\\s+(?:time|moment)');
// Its opening lookbehind would be tried at every position: start from the space before the noun.
export const THE_TIME_ANCHOR: Anchor = { pattern: /\s(?:time|moment)/giu, reach: 1 };
// "the weeks leading up to his tweet", "the days after the vote": to the end of the clause.
export const LEADING_UP = wordRegex(
  'the\\s+(?:days|weeks|months|years|hours|minutes|run-up|period|time)\\s+(?:leading\\s+up\\s+to|ahead\\s+of|before|prior\\s+to|following|after)\\s+(?<event>(?:the|his|her|their|its|a|an)\\s+[^.,;:!?()"“”\\n]{1,80})',
);

// "the weeks[ ]leading up to": two runs of spaces up to the one before the connective.
export const LEADING_UP_ANCHOR: Anchor = { pattern: /\s(?:leading|ahead|before|prior|following|after)/giu, reach: 2 };

// "the following year", "the previous day", "later that year", "that same day": counted from a
// story event.
export const COUNTED_FROM_EVENT = wordRegex(
  '(?:the\\s+(?:following|previous|preceding|same|next)|(?:(?:later|earlier)\\s+)?that(?:\\s+same)?)\\s+(?:day|week|month|year|morning|afternoon|evening|night)',
);
// "later that same day": at most 3 runs of spaces up to the one before the noun.
export const COUNTED_FROM_EVENT_ANCHOR: Anchor = { pattern: UNIT_NOUN, reach: 3 };

export const findEventRelative: Finder = (context) => {
  const later = mentionsAny(context, ['later', 'afterwards', 'subsequently']);
  return [
    ...anchoredMatchesAt(COUNTED_FROM_EVENT, context.text, context.unitNouns, COUNTED_FROM_EVENT_ANCHOR.reach).map((m) => event(m.index, m.index + m[0].length)),
    ...(later ? allMatches(LATER_OPENING, context.text) : [])
      .filter((m) => SENTENCE_START.test(context.text.slice(Math.max(0, m.index - 8), m.index)))
      .map((m) => event(m.index, m.index + m[0].length)),
    ...(later ? allMatches(LATER_VERB, context.text) : []).map((m) => event(m.index, m.index + m[0].length)),
    ...(mentionsAny(context, ['time', 'moment']) ? anchoredMatches(THE_TIME, context.text, THE_TIME_ANCHOR) : []).map((m) => event(m.index, m.index + m[0].length)),
    ...anchoredMatches(LEADING_UP, context.text, LEADING_UP_ANCHOR).map((m) => {
      // Stop before a following clause: "... plan. He mentioned", "... plan and then said".
      const end = m.index + m[0].replace(/\s+(?:and|but|when|while|as|he|she|they|it|which|who)\s.*$/s, '').length;
      return event(m.index, end);
    }),
  ];
};

function event(start: number, end: number): Candidate {
  return { start, end, type: 'DATE', value: null, mod: null, precision: null, anchoring: 'event' };
}
