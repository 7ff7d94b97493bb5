import { suite } from 'uvu';
import { expectNone, expectValue } from './find.ts';

// Published 22 August 2023 (third quarter).
const quarters = suite('findTemporal: quarters, halves, seasons');

quarters('reads an ordinal quarter as the latest one to have begun', () => {
  expectValue('Profit rose in the third quarter.', 'the third quarter', '2023-Q3');
  expectValue('Profit fell in the fourth quarter.', 'the fourth quarter', '2022-Q4');
  expectValue('Third-quarter sales rose.', 'Third-quarter', '2023-Q3');
  expectValue('It beat the third-quarter forecast.', 'third-quarter', '2023-Q3');
  expectValue('Sales rose from the 2021 quarter.', 'the 2021 quarter', '2021-Q2');
  expectValue('Sales rose from the comparable year-ago quarter.', 'the comparable year-ago quarter', '2022-Q2');
});

quarters('reads "the quarter" as the quarter that last ended', () => {
  expectValue('For the quarter, revenue was flat.', 'the quarter', '2023-Q2');
  expectValue('Sales rose in the last quarter.', 'the last quarter', '2023-Q2');
});

quarters('reads quarters and halves with a year', () => {
  expectValue('Sales fell in the second quarter of 2021.', 'the second quarter of 2021', '2021-Q2');
  expectValue('Output grew in the first half of 2022.', 'the first half of 2022', '2022-H1');
});

quarters('reads seasons', () => {
  expectValue('The show opened in summer 2012.', 'summer 2012', '2012-SU');
  expectValue('Prices fell last winter.', 'last winter', '2022-WI');
  expectValue('Trading slowed this summer.', 'this summer', '2023-SU');
});

quarters('does not read fractions or verbs', () => {
  expectNone('A quarter of voters stayed home.', 'quarter');
  expectNone('Prices may fall further.', 'fall');
  expectNone('Water will spring from the rock.', 'spring');
});

quarters.run();
