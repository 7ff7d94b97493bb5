import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue } from './find.ts';

// Published Tuesday 22 August 2023 (ISO week 34).
const periods = suite('findTemporal: relative periods');

periods('reads last, this and next year, month, week', () => {
  expectValue('Profits fell last year.', 'last year', '2022');
  expectValue('Profits rose this year.', 'this year', '2023');
  expectValue('Rates rise next month.', 'next month', '2023-09');
  expectValue('The bank failed last week.', 'last week', '2023-W33');
  expectValue('Talks go on this week.', 'this week', '2023-W34');
});

periods('gives each period its precision', () => {
  assert.is(expectValue('Crime fell over the last decade.', 'the last decade', '201').precision, 'decade');
  assert.is(expectValue('The bank failed last week.', 'last week', '2023-W33').precision, 'week');
  assert.is(expectValue('Profits fell last year.', 'last year', '2022').precision, 'year');
});

periods('keeps "earlier" before a period with its mod', () => {
  const t = expectValue('He resigned earlier this month.', 'earlier this month', '2023-08');
  assert.is(t.mod, 'START');
});

periods('reads amounts of time ago', () => {
  expectValue('The plant closed two years ago.', 'two years ago', '2021');
  expectValue('He arrived three months ago.', 'three months ago', '2023-05');
  expectValue('It happened 10 days ago.', '10 days ago', '2023-08-12');
  expectValue('It began several years ago.', 'several years ago', 'PAST_REF');
});

periods('keeps "a year earlier" as the year before', () => {
  expectValue('Profit was $5 million, against $4 million a year earlier.', 'a year earlier', '2022');
});

periods('compares with the quarter just named', () => {
  expectValue('Profit rose in the second quarter from $4 million a year earlier.', 'a year earlier', '2022-Q2');
});

periods('reads "the past year" as a date but "the past two years" as a duration', () => {
  expectValue('Sales doubled over the past two years.', 'the past two years', 'P2Y', 'DURATION');
});

periods('does not count an event-relative offset from publication', () => {
  expectValue('He left three minutes before the vote.', 'three minutes', 'PT3M', 'DURATION');
  expectNone('He left three minutes before the vote.', 'before');
});

periods('reads "the year" of a report, and a fiscal year that ended as a length', () => {
  expectValue('For the year, sales were flat.', 'the year', '2023', 'DATE');
  expectValue('Revenue for the year ended March 31 rose.', 'the year', 'P1Y', 'DURATION');
});

periods('reads "year-earlier" as the year before', () => {
  expectValue('Net income beat year-earlier levels.', 'year-earlier', '2022');
});

periods.run();
