import { suite } from 'uvu';
import { expectNone, expectValue } from './find.ts';

// Published Tuesday 22 August 2023.
const holidays = suite('findTemporal: holidays and years in words');

holidays('computes fixed and floating holidays with the clause tense', () => {
  expectValue('Stores will close on Christmas Day.', 'Christmas Day', '2023-12-25');
  expectValue('The family met on Thanksgiving Day.', 'Thanksgiving Day', '2022-11-24');
  expectValue('The parade was held on Memorial Day.', 'Memorial Day', '2023-05-29');
  expectValue('Turnout on Election Day 2020 was high.', 'Election Day 2020', '2020-11-03');
});

holidays('does not read a holiday season as a day', () => {
  expectNone('Christmas sales were weak.', 'Christmas');
});

holidays('reads years and decades said in words', () => {
  expectValue('It happened in nineteen ninety-six.', 'nineteen ninety-six', '1996');
  expectValue('He left in January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01');
  expectValue('Plans for the year two thousand were made.', 'the year two thousand', '2000');
  expectValue('Rents rose in the nineties.', 'the nineties', '199');
});

holidays('does not read counts in words as years', () => {
  expectNone('About two thousand people came.', 'two thousand');
});

holidays.run();
