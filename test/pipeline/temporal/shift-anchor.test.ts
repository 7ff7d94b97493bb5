import { DateTime } from 'luxon';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { shiftAnchor, type ShiftUnit } from '../../../src/pipeline/temporal/shift-anchor.ts';
import { parseAnchor } from '../../../src/pipeline/temporal/resolve-relative.ts';

const shift = suite('shiftAnchor');

const fields = (d: DateTime) => [d.toISO(), d.zoneName, d.weekday, d.weekNumber, d.weekYear, d.quarter, d.daysInMonth];

shift('moves the anchor as luxon\'s plus() does', () => {
  const units: ShiftUnit[] = ['years', 'quarters', 'months', 'weeks', 'days'];
  for (const published of ['2023-08-22', '2000-02-29', '1989-12-31', '2024-01-01', '2023-03-26', '2023-10-29']) {
    const anchor = parseAnchor(published)!;
    for (const unit of units) {
      for (let n = -60; n <= 60; n++) assert.equal(fields(shiftAnchor(anchor, unit, n)), fields(anchor.plus({ [unit]: n })), `${published} ${unit} ${n}`);
    }
  }
});

shift('gives the same date for the same shift', () => {
  const anchor = parseAnchor('2023-08-22')!;
  assert.is(shiftAnchor(anchor, 'days', -3), shiftAnchor(anchor, 'days', -3));
  assert.is(shiftAnchor(anchor, 'days', -3).toISODate(), '2023-08-19');
});

shift('moves a date in another zone with plus()', () => {
  const anchor = DateTime.fromISO('2023-03-25T12:00', { zone: 'Europe/London' });
  assert.equal(fields(shiftAnchor(anchor, 'days', 1)), fields(anchor.plus({ days: 1 })));
});

shift.run();
