import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Anchor, anchoredMatches } from '../../../src/pipeline/temporal/anchored-matches.ts';
import { allMatches, wordRegex } from '../../../src/pipeline/temporal/word-pattern.ts';
import { BARE, BARE_ANCHOR, DURATION, DURATION_ANCHOR } from '../../../src/pipeline/temporal/find-durations.ts';
import { AGO, AGO_ANCHOR, THE_YEAR, THE_YEAR_ANCHOR, THIS_UNIT, THIS_UNIT_ANCHOR } from '../../../src/pipeline/temporal/find-relative-periods.ts';
import { RATE, RATE_ANCHOR } from '../../../src/pipeline/temporal/find-sets.ts';
import { COUNTED_FROM_EVENT, COUNTED_FROM_EVENT_ANCHOR, LEADING_UP, LEADING_UP_ANCHOR, THE_TIME, THE_TIME_ANCHOR } from '../../../src/pipeline/temporal/find-event-relative.ts';
import { WEEKDAY, WEEKDAY_ANCHOR } from '../../../src/pipeline/temporal/find-weekdays.ts';
import { MONTH_NAME, MONTH_NAME_ANCHOR } from '../../../src/pipeline/temporal/find-month-names.ts';
import {
  DAY_MONTH, DAY_MONTH_ANCHOR, MONTH_DAY, MONTH_DAY_ANCHOR, MONTH_YEAR, MONTH_YEAR_ANCHOR,
} from '../../../src/pipeline/temporal/find-calendar-dates.ts';
import { YEAR, YEAR_ANCHOR } from '../../../src/pipeline/temporal/find-years.ts';

const found = (ms: RegExpExecArray[]): [number, string][] => ms.map((m) => [m.index, m[0]]);

const anchored = suite('anchoredMatches');

anchored('finds what allMatches finds, from the anchors', () => {
  const re = wordRegex('(?:the\\s+)?(?:past|next)\\s+years?');
  const anchor: Anchor = { pattern: /\syears?/gu, reach: 1 };
  const text = 'Inthe past years, thenext year, the past year and éthe next years.';
  assert.equal(found(anchoredMatches(re, text, anchor)), found(allMatches(re, text)));
});

anchored('counts a run of spaces and hyphens as one separator', () => {
  const re = /(?<![a-z])(?:x[\s.-]+y)/gu;
  assert.equal(found(anchoredMatches(re, 'x - - y', { pattern: /y/gu, reach: 1 })), [[0, 'x - - y']]);
});

anchored('does not reach further back than the given runs of separators', () => {
  const re = /(?<![a-z])(?:x[\s.-]+y)/gu;
  assert.equal(found(anchoredMatches(re, 'x . . y', { pattern: /y/gu, reach: 2 })), []);
  assert.equal(found(anchoredMatches(re, 'x . . y', { pattern: /y/gu, reach: 3 })), [[0, 'x . . y']]);
});

anchored('leaves the caller\'s regexes untouched', () => {
  const re = wordRegex('two\\s+years');
  const pattern = /\syears/gu;
  re.lastIndex = 2;
  pattern.lastIndex = 3;
  anchoredMatches(re, 'two years', { pattern, reach: 1 });
  assert.is(re.lastIndex, 2);
  assert.is(pattern.lastIndex, 3);
});

anchored.run();

// The finders' anchors must not lose a match: random text made of the patterns' own words.
const PIECES = [
  'more than', 'over', 'some', 'nearly', 'the', 'past', 'its', 'first', 'an', 'additional', 'another', 'a', 'an', 'one',
  'two', 'twenty-one', 'twenty one', 'a couple of', 'a few', 'several', 'a number of', 'the coming', '15', '2.5', '1/2',
  'and a half', '-and-a-half', 'more', 'year', 'years', 'Years', 'minute', 'second', 'quarter', 'century', 'centuries',
  'decades', 'day', 'days', '-long', 'old', 'ago', 'hence', 'from now', 'for', 'within', 'in', 'took', ' ', '  ', '\n',
  '-', ' - ', ',', '.', 'é', 'ſeconds', '😀', '\u00a0', '\t', 'x',
  'at', 'that', 'time', 'moment', 'Monday', 'Sunday', "Friday's", 'last', 'This', 'this coming', 'Early', 'night',
  'March', 'May', 'Sept', 'Sept.', 'Jan.', 'June', 'of', 'the 1st', '3', '21st', '2008', "'08", 'fiscal', 'FY', 'the year',
  'calendar', '1999', '20200', '$2010', '2010%', 'Times', 'Marchers', 'İ', 'YEARS', 'AGO', 'TIME',
  'the current', 'this past', 'current', 'next', 'weekend', 'week', 'month', 'decade', 'throughout', 'full', 'ended',
  'per', 'hour', 'following', 'previous', 'same', 'later', 'earlier', 'morning', 'evening',
  'weeks', 'run-up', 'period', 'leading up to', 'ahead of', 'before', 'prior to', 'after', 'his', 'tweet', 'vote',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' '));

const finders = suite('anchors of the finder patterns');

const PATTERNS: readonly (readonly [string, RegExp, Anchor])[] = [
  ['DURATION', DURATION, DURATION_ANCHOR], ['BARE', BARE, BARE_ANCHOR], ['AGO', AGO, AGO_ANCHOR],
  ['THE_TIME', THE_TIME, THE_TIME_ANCHOR], ['WEEKDAY', WEEKDAY, WEEKDAY_ANCHOR], ['MONTH_NAME', MONTH_NAME, MONTH_NAME_ANCHOR],
  ['MONTH_DAY', MONTH_DAY, MONTH_DAY_ANCHOR], ['DAY_MONTH', DAY_MONTH, DAY_MONTH_ANCHOR], ['MONTH_YEAR', MONTH_YEAR, MONTH_YEAR_ANCHOR],
  ['YEAR', YEAR, YEAR_ANCHOR], ['THIS_UNIT', THIS_UNIT, THIS_UNIT_ANCHOR], ['THE_YEAR', THE_YEAR, THE_YEAR_ANCHOR],
  ['RATE', RATE, RATE_ANCHOR], ['COUNTED_FROM_EVENT', COUNTED_FROM_EVENT, COUNTED_FROM_EVENT_ANCHOR],
  ['LEADING_UP', LEADING_UP, LEADING_UP_ANCHOR],
];

for (const [name, re, anchor] of PATTERNS) {
  finders(`${name}: the same matches as allMatches`, () => {
    fc.assert(fc.property(fc.oneof(text, spaced), (t) => {
      assert.equal(found(anchoredMatches(re, t, anchor)), found(allMatches(re, t)));
    }), { numRuns: 1000 });
  });
}

finders('reach back over the longest prefixes the patterns allow', () => {
  for (const [re, anchor, t] of [
    [DURATION, DURATION_ANCHOR, 'more than  the past  a couple of  and a half  more   years'],
    [AGO, AGO_ANCHOR, 'more than  a couple  of   years   ago'],
    [WEEKDAY, WEEKDAY_ANCHOR, 'this  coming  Monday'],
    [MONTH_NAME, MONTH_NAME_ANCHOR, 'this  coming  March'],
    [DAY_MONTH, DAY_MONTH_ANCHOR, 'Monday,  the  1st  of  March'],
    [YEAR, YEAR_ANCHOR, 'the  year  2008'],
    [THIS_UNIT, THIS_UNIT_ANCHOR, 'this  coming  fiscal  year'],
    [THE_YEAR, THE_YEAR_ANCHOR, 'throughout  the  full  year'],
    [RATE, RATE_ANCHOR, 'per  year'],
    [COUNTED_FROM_EVENT, COUNTED_FROM_EVENT_ANCHOR, 'later  that  same  day'],
    [LEADING_UP, LEADING_UP_ANCHOR, 'the  weeks  leading up to his tweet'],
  ] as const) {
    assert.equal(found(anchoredMatches(re, t, anchor)), [[0, t]]);
  }
});

finders.run();
