import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue } from './find.ts';

const durations = suite('findTemporal: durations');

durations('reads number and unit', () => {
  expectValue('The call lasted three minutes.', 'three minutes', 'PT3M', 'DURATION');
  expectValue('He served two years in prison.', 'two years', 'P2Y');
  expectValue('The strike lasted 12 days.', '12 days', 'P12D');
});

durations('reads hyphenated durations', () => {
  expectValue('After a 15-minute call, he agreed.', '15-minute', 'PT15M');
  expectValue('It signed a five-year deal.', 'five-year', 'P5Y');
});

durations('reads vague amounts with X', () => {
  expectValue('He asked for an extension of a few weeks.', 'a few weeks', 'PXW');
  expectValue('The dispute went on for years.', 'years', 'PXY');
});

durations('keeps hedges in the span with a mod', () => {
  const t = expectValue('The talks lasted more than four hours.', 'more than four hours', 'PT4H');
  assert.is(t.mod, 'MORE_THAN');
  assert.is(t.precision, null);
});

durations('leaves the article out of an adjective duration', () => {
  expectValue('He began the eight-year term.', 'eight-year', 'P8Y');
});

durations('reads halves', () => {
  expectValue('He spent two and a half years abroad.', 'two and a half years', 'P2Y6M');
  expectValue('The flight took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M');
  expectValue('Growth stalled for two decades.', 'two decades', 'P20Y');
});

durations('does not read ages or ordinals as durations', () => {
  expectNone('A 15-year-old boy was hurt.', '15-year');
  expectNone('He finished a second time.', 'a second');
});

durations.run();
