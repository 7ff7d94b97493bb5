import { suite } from 'uvu';
import { expectNone, expectValue } from './find.ts';

// Published Tuesday 22 August 2023.
const clock = suite('findTemporal: clock times');

clock('reads a clock time on the publication day', () => {
  expectValue('The blast came at 10:30 a.m. local time.', '10:30 a.m.', '2023-08-22T10:30', 'TIME');
  expectValue('The launch is set for 14:00 UTC.', '14:00 UTC', '2023-08-22T14:00Z');
  expectValue('Doors open at 7.30pm sharp.', '7.30pm', '2023-08-22T19:30');
});

clock('joins a time to the day the text gives it', () => {
  expectValue('Polls closed at 8 p.m. Monday.', '8 p.m. Monday', '2023-08-21T20:00', 'TIME');
  expectValue('The deal was signed at noon Monday.', 'noon Monday', '2023-08-21T12:00');
});

clock('does not read scores or ratios as times', () => {
  expectNone('The team won 3:1 at home.', '3:1');
});

clock.run();
