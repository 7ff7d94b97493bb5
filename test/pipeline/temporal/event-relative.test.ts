import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNone, find, mention } from './find.ts';

const relative = suite('findTemporal: event-relative expressions');

relative('gives "Later" opening a sentence no calendar value', () => {
  const t = mention('The talks failed. Later, the envoy flew home.', 'Later');
  assert.is(t.value, null);
  assert.is(t.anchoring, 'event');
});

relative('reads "at the time" without the "at"', () => {
  const t = mention("The ministry said in a statement at the time.", "the time");
  assert.is(t.value, null);
  assert.is(t.anchoring, 'event');
});

relative('reads "the weeks leading up to" an event, up to the end of the clause', () => {
  const text = 'She had said so in the weeks leading up to the vote on the budget. Then she left.';
  const t = mention(text, 'the weeks leading up to the vote on the budget');
  assert.is(t.value, null);
});

relative('never dates an expression counted from an event', () => {
  for (const t of find('Two years later, the firm collapsed. The following year it merged.')) {
    if (t.type === 'DATE') assert.is(t.value, null, t.text);
  }
});

relative('reads "later that year" and "that same day" as event time', () => {
  const text = 'The plant opened in May 2001. Later that year it closed. That same day, workers left.';
  for (const span of ['Later that year', 'That same day']) {
    const t = mention(text, span);
    assert.is(t.value, null, span);
    assert.is(t.anchoring, 'event', span);
  }
});

relative('does not read "later" inside other phrases as event time', () => {
  expectNone('The later chapters are weaker.', 'later');
});

relative.run();
