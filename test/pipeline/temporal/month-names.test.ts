import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue, mention } from './find.ts';

const months = suite('findTemporal: month names');

months('resolves a month relative to a named year', () => {
  expectValue('The talks took place in October last year, officials said.', 'October last year', '2022-10');
  expectValue('In June this year, the ministry signed the deal.', 'June this year', '2023-06');
});

months('leaves "in" out of the span', () => {
  const t = mention('The deal closed in June.', 'June');
  assert.is(t.value, '2023-06');
  assert.is(t.precision, 'month');
});

months('puts a later month of a past clause in the year before', () => {
  expectValue('The mayor resigned in December after the audit.', 'December', '2022-12');
});

months('puts an earlier month of a future clause in the year after', () => {
  expectValue('The company will open the plant in February.', 'February', '2024-02');
});

months('reads "last July" and "next March"', () => {
  expectValue('Prices rose last July.', 'last July', '2022-07');
  expectValue('The vote is set for next March.', 'next March', '2024-03');
});

months('marks the part of the month with a modifier', () => {
  const t = expectValue('The rules changed late last July.', 'late last July', '2022-07');
  assert.is(t.mod, 'END');
  expectValue('Work will resume in mid-November.', 'mid-November', '2023-11');
});

months('does not read the verb "may" or a name as a month', () => {
  expectNone('He may resign soon.', 'may');
  expectNone('Officials said May Johnson would speak.', 'May');
  expectNone('June Carter sang.', 'June');
});

months.run();
