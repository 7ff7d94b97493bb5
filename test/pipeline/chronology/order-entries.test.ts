import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orderEntries } from '../../../src/pipeline/chronology/order-entries.ts';
import { periodStart } from '../../../src/pipeline/chronology/period-start.ts';

const order = suite('orderEntries');

order('sorts dated entries by the start of their period, then by text order', () => {
  const entries = [
    { id: 'c1', value: '2022-10-05', relation: null },
    { id: 'c2', value: '2022-10', relation: null },
    { id: 'c3', value: '2022', relation: null },
    { id: 'c4', value: '2022-10', relation: null },
  ];
  assert.equal(orderEntries(entries), [4, 2, 1, 3]);
});

order('puts relative entries beside their anchor', () => {
  const entries = [
    { id: 'c1', value: '2023-06', relation: null },
    { id: 'c2', value: '2022-10', relation: null },
    { id: 'c3', value: null, relation: { kind: 'before' as const, entry: 'c1' } },
    { id: 'c4', value: null, relation: { kind: 'after' as const, entry: 'c2' } },
    { id: 'c5', value: null, relation: null },
  ];
  assert.equal(orderEntries(entries), [4, 1, 3, 2, 5]);
});

order('returns [] for no entries', () => {
  assert.equal(orderEntries([]), []);
});

const start = suite('periodStart');

start('reads every TIMEX3 calendar shape', () => {
  const iso = (v: string) => periodStart(v)?.toISODate() ?? null;
  assert.is(iso('2022-10'), '2022-10-01');
  assert.is(iso('2023-W33'), '2023-08-14');
  assert.is(iso('2023-Q3'), '2023-07-01');
  assert.is(iso('2012-SU'), '2012-06-01');
  assert.is(iso('199'), '1990-01-01');
  assert.is(iso('19'), '1900-01-01');
  assert.is(iso('2023-08-21TMO'), '2023-08-21');
});

start('gives null for values that are not calendar periods', () => {
  assert.is(periodStart('PRESENT_REF'), null);
  assert.is(periodStart('P2Y'), null);
  assert.is(periodStart('2023-13'), null);
});

order.run();
start.run();
