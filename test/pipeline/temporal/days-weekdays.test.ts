import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue, find } from './find.ts';

// Published Tuesday 22 August 2023.
const days = suite('findTemporal: day words and weekdays');

days('resolves yesterday, today, tomorrow', () => {
  expectValue('The minister resigned yesterday.', 'yesterday', '2023-08-21');
  expectValue('Talks resume today.', 'today', '2023-08-22');
  expectValue('The court rules tomorrow.', 'tomorrow', '2023-08-23');
});

days('reads parts of the day as TIME', () => {
  expectValue('Police arrived this morning.', 'this morning', '2023-08-22TMO', 'TIME');
  expectValue('Fire broke out last night.', 'last night', '2023-08-21TNI', 'TIME');
});

days('resolves a weekday of a past clause to the nearest one before publication', () => {
  const t = expectValue('The New Yorker reported on Monday that talks had failed.', 'Monday', '2023-08-21');
  assert.is(t.anchoring, 'document');
  expectValue('The bill passed on Tuesday.', 'Tuesday', '2023-08-22');
  expectValue('Rebels attacked on Friday.', 'Friday', '2023-08-18');
});

days('resolves a weekday of a future clause forwards', () => {
  expectValue('The leaders will meet on Friday.', 'Friday', '2023-08-25');
  expectValue('The trial begins Thursday in Leeds.', 'Thursday', '2023-08-24');
});

days('reads last and next weekdays', () => {
  expectValue('He spoke last Tuesday.', 'last Tuesday', '2023-08-15');
  expectValue('She flies out next Monday.', 'next Monday', '2023-08-28');
});

days('does not read lower-case or other words as weekdays', () => {
  expectNone('The sundays of the past are gone.', 'sundays');
  assert.equal(find('A mundane day.').filter((t) => t.type === 'DATE'), []);
});

days.run();
