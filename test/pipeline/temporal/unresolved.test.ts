import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { find, mention } from './find.ts';

const unresolved = suite('findTemporal: no publication date');

unresolved('gives relative expressions no value and marks them unresolved', () => {
  for (const span of ['Monday', 'last year', 'yesterday', 'October last year']) {
    const t = mention(`He said on Monday that last year, yesterday and October last year were hard.`, span, null);
    assert.is(t.value, null, span);
    assert.is(t.anchoring, 'unresolved', span);
  }
});

unresolved('still resolves absolute dates and durations', () => {
  assert.is(mention('It began on March 1, 2008.', 'March 1, 2008', null).value, '2008-03-01');
  assert.is(mention('It lasted two years.', 'two years', null).value, 'P2Y');
});

unresolved('ignores a malformed publication date instead of throwing', () => {
  assert.is(mention('It rained on Monday.', 'Monday', 'not-a-date').anchoring, 'unresolved');
  assert.equal(find('', '2023-08-22'), []);
});

unresolved.run();
