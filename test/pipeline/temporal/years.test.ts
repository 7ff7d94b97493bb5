import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, expectValue } from './find.ts';

const years = suite('findTemporal: years, decades, centuries');

years('reads a four-digit year', () => {
  const t = expectValue('The company was founded in 1998 in Texas.', '1998', '1998', 'DATE');
  assert.is(t.anchoring, 'absolute');
  assert.is(t.precision, 'year');
});

years('reads fiscal years and modified years', () => {
  expectValue('Sales fell in fiscal 2019.', 'fiscal 2019', '2019');
  const t = expectValue('The line opens in early 2025.', 'early 2025', '2025');
  assert.is(t.mod, 'START');
  expectValue('The debt is due by the end of 2024.', 'the end of 2024', '2024');
});

years('reads a year after a prefix word', () => {
  const t = expectValue('The plant opens in mid-2025.', 'mid-2025', '2025');
  assert.is(t.mod, 'MID');
});

years('reads decades and centuries as TIMEX3 prefixes', () => {
  expectValue('Growth was strong in the 1990s.', 'the 1990s', '199');
  expectValue('It was built in the 19th century.', 'the 19th century', '18');
});

years('does not read money, percentages, counts or figures as years', () => {
  expectNone('The fee was $2000 a head.', '2000');
  expectNone('The index rose 2010 points.', '2010');
  expectNone('About 1500 people marched.', '1500');
  expectNone('The total was 12,2020 units.', '2020');
});

years.run();
