import { suite } from 'uvu';
import { expectNone, expectValue } from './find.ts';

// Published Tuesday 22 August 2023 unless said otherwise.
const dates = suite('findTemporal: calendar dates');

dates('reads a full month-day-year date', () => {
  expectValue('The treaty was signed on March 1, 2008, in Geneva.', 'March 1, 2008', '2008-03-01', 'DATE');
});

dates('reads abbreviated months with a full stop', () => {
  expectValue('Shares fell on Nov. 19, 2021, after the report.', 'Nov. 19, 2021', '2021-11-19');
});

dates('reads day-month-year order', () => {
  expectValue('She arrived on 4 July 2019 by train.', '4 July 2019', '2019-07-04');
});

dates('takes a leading weekday into the span', () => {
  expectValue('It opened on Friday, June 2, 2023.', 'Friday, June 2, 2023', '2023-06-02');
});

dates('gives a month-day date the publication year', () => {
  expectValue('The council met on Aug. 3 to vote.', 'Aug. 3', '2023-08-03');
});

dates('reads month and year', () => {
  expectValue('The plant closed in July 2012.', 'July 2012', '2012-07');
});

dates('reads numeric and ISO dates', () => {
  expectValue('The form was dated 3/1/08 by the clerk.', '3/1/08', '2008-03-01');
  expectValue('Logs from 2021-06-30 were lost.', '2021-06-30', '2021-06-30');
});

dates('does not read impossible dates or prices', () => {
  expectNone('The form was dated 2/30/08 by the clerk.', '2/30/08');
  expectNone('The ratio was 3/1 last time.', '3/1');
});

dates.run();
