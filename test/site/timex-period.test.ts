import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { timexPeriod, formatPublished } from '../../src/site/timex-period.ts';
import { htmlDatetime } from '../../src/site/html-datetime.ts';

const period = suite('timexPeriod');

period('reads each precision as a labelled period', () => {
  assert.equal(timexPeriod('2022-10'), { label: 'October 2022', start: '2022-10-01', end: '2022-10-31' });
  assert.equal(timexPeriod('2023-08-21'), { label: 'Monday 21 August 2023', start: '2023-08-21', end: '2023-08-21' });
  assert.equal(timexPeriod('2023'), { label: '2023', start: '2023-01-01', end: '2023-12-31' });
  assert.equal(timexPeriod('2012-SU'), { label: 'Summer 2012', start: '2012-06-01', end: '2012-08-31' });
  assert.equal(timexPeriod('2023-Q3'), { label: 'Q3 2023', start: '2023-07-01', end: '2023-09-30' });
  assert.equal(timexPeriod('199'), { label: 'the 1990s', start: '1990-01-01', end: '1999-12-31' });
  assert.is(timexPeriod('2013-W12')?.start, '2013-03-18');
});

period('gives null for what is not a calendar period', () => {
  for (const v of ['PT15M', 'PXW', 'PAST_REF', 'XXXX-10', '2023-02-30', 'nonsense']) assert.is(timexPeriod(v), null, v);
});

period('formats a published date', () => {
  assert.is(formatPublished('2023-08-22'), '22 August 2023');
});

const datetime = suite('htmlDatetime');

datetime('keeps values HTML accepts and drops the rest', () => {
  for (const v of ['2023', '2022-10', '2023-08-21', '2013-W12', '2023-08-21T14:30', 'PT15M', 'P3D']) assert.is(htmlDatetime(v), v, v);
  for (const v of ['2012-SU', 'PXW', 'P2Y', 'PAST_REF', '2023-13', 'P', null]) assert.is(htmlDatetime(v), null, String(v));
});

period.run();
datetime.run();
