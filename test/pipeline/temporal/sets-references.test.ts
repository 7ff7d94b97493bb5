import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue } from './find.ts';

const sets = suite('findTemporal: sets and reference words');

sets('reads recurring times as SET', () => {
  expectValue('The board meets every year.', 'every year', 'P1Y', 'SET');
  expectValue('The paper comes out daily.', 'daily', 'P1D', 'SET');
  expectValue('The club meets each Monday.', 'each Monday', 'XXXX-WXX-1', 'SET');
  expectValue('It costs $5 a month.', 'a month', 'P1M', 'SET');
});

sets('reads present, past and future references', () => {
  const now = expectValue('The company now employs 300 people.', 'now', 'PRESENT_REF', 'DATE');
  assert.is(now.precision, null);
  expectValue('Prices have recently fallen.', 'recently', 'PAST_REF');
  expectValue('Rates may rise in the future.', 'the future', 'FUTURE_REF');
});

sets('does not read words that only look temporal', () => {
  expectNone('He once met the king.', 'once');
  expectNone('She will soon know.', 'soon');
  expectNone('The Sunday Times printed the letter.', 'Sunday');
});

sets.run();
