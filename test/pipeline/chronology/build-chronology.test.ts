import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chronicle, person, timeline } from './chronicle.ts';

const build = suite('buildChronology');

build('makes one entry per dated event, ordered by date, with ids in text order', () => {
  const text = 'The firm was founded in 1998. It listed its shares in June 2005. In March 2001, it bought a rival.';
  const { entries } = chronicle(text, '2023-08-22');
  assert.equal(entries.map((e) => e.id), ['c1', 'c2', 'c3']);
  assert.equal(timeline(entries), ['1998|The firm was founded', '2001-03|it bought a rival', '2005-06|It listed its shares']);
});

build('ties each entry to its sentence and temporal mention, and carries the precision', () => {
  const text = 'Rain fell all day. The bridge closed on Monday after the flood.';
  const { entries, temporal } = chronicle(text, '2023-08-22');
  const [entry] = entries;
  assert.ok(entry);
  assert.is(entry.sentence, 1);
  assert.is(entry.temporal, temporal.find((t) => t.text === 'Monday')?.id);
  assert.is(entry.precision, 'day');
  assert.is(entry.what.text, 'The bridge closed');
  assert.is(text.slice(entry.what.start, entry.what.end), entry.what.text);
});

build('skips durations, sets, present and past references, and a lone dateline', () => {
  const text = 'March 01, 2008\n\nThe strike lasted three weeks. Unions meet every year. Prices are now high. Talks recently stalled.';
  assert.equal(chronicle(text, '2008-03-01').entries, []);
});

build('lists the people named in the clause only', () => {
  const text = 'Anna Berg met Tom Hale in May 2019, and Lee Park stayed home.';
  const people = ['Anna Berg', 'Tom Hale', 'Lee Park'].map((n) => person(text, n.toLowerCase().replace(' ', '-'), n));
  const [entry] = chronicle(text, '2023-08-22', people).entries;
  assert.equal(entry?.people, ['anna-berg', 'tom-hale']);
});

build('takes the next clause when the date stands alone in its own', () => {
  const text = 'In June this year, the ministry signed a deal with the firm.';
  const [entry] = chronicle(text, '2023-08-22').entries;
  assert.is(entry?.what.text, 'the ministry signed a deal with the firm');
});

build('keeps a short subject with its verb across an adverb of time', () => {
  const text = 'The envoy met the rebels in May 2020. But he later denied any deal with them.';
  const entry = chronicle(text, '2023-08-22').entries[1];
  assert.is(entry?.what.text, 'he later denied any deal with them');
});

build('keeps a bare name subject with the verb after the date', () => {
  const text = 'The Harbour Authority on June 18 closed the northern pier.';
  const [entry] = chronicle(text, '2023-08-22').entries;
  assert.is(entry?.what.text, 'The Harbour Authority on June 18 closed the northern pier');
});

build('hangs "at the time" on the last dated entry, during it', () => {
  const text = 'In June 2021, the council approved the plan. The mayor said at the time that costs would rise.';
  const { entries } = chronicle(text, '2023-08-22');
  assert.equal(entries[1]?.relation, { kind: 'during', entry: 'c1' });
  assert.is(entries[1]?.value, null);
  assert.equal(timeline(entries), ['2021-06|the council approved the plan', '(during c1)|The mayor said']);
});

build('puts "Later" after the previous entry, and "the weeks leading up to" before the dated one', () => {
  const text = 'The envoy met the rebels in May 2020. He had warned them in the weeks leading up to the meeting. Later, he resigned from his post.';
  const { entries } = chronicle(text, '2023-08-22');
  assert.equal(entries.map((e) => e.relation), [null, { kind: 'before', entry: 'c1' }, { kind: 'after', entry: 'c2' }]);
  assert.equal(timeline(entries).map((t) => t.split('|')[0]), ['(before c1)', '2020-05', '(after c2)']);
});

build('relates "later that year" after and "earlier that day" before the last dated entry', () => {
  const text = 'The plant opened in May 2001. Later that year it closed. Earlier that day, it had rained.';
  const { entries } = chronicle(text, '2023-08-22');
  assert.equal(entries.map((e) => e.relation), [null, { kind: 'after', entry: 'c1' }, { kind: 'before', entry: 'c1' }]);
});

build('never anchors event-relative entries on the date of a report', () => {
  const text = 'The talks began in March 2022. The paper reported on Monday that the envoy had resigned. At the time, nobody knew.';
  const { entries } = chronicle(text, '2023-08-22');
  assert.equal(entries[2]?.relation, { kind: 'during', entry: 'c1' });
});

build('keeps undated entries of an article without a publication date, at the end', () => {
  const text = 'The bank collapsed in 2008. Its chief resigned on Monday.';
  const { entries } = chronicle(text, null);
  assert.equal(timeline(entries), ['2008|The bank collapsed', '(? -)|Its chief resigned']);
});

build('returns [] for no temporal mentions', () => {
  assert.equal(chronicle('Nothing happened here.', '2023-08-22').entries, []);
});

const seed = suite('buildChronology: seed article');

seed('orders the seed story as its hand gold does', () => {
  const text = readFileSync(new URL('../../fixtures/musk-putin-starlink.txt', import.meta.url), 'utf8');
  const people = [person(text, 'elon-musk', 'Musk'), person(text, 'colin-kahl', 'Kahl')];
  const { entries } = chronicle(text, '2023-08-22', people);
  const values = timeline(entries).map((t) => t.split('|')[0]);
  // Gold: 2022-10 (with the before-the-tweet claim and the later retraction), 2023-06, 2023-08-21.
  assert.ok(values.indexOf('2022-10') < values.indexOf('2023-06'));
  assert.ok(values.indexOf('2023-06') < values.indexOf('2023-08-21'));
  const october = entries.find((e) => e.value === '2022-10');
  assert.ok(october?.people.includes('elon-musk'));
  const before = entries.find((e) => e.relation?.kind === 'before');
  assert.is(before?.relation?.entry, october?.id);
  assert.match(before?.what.text ?? '', /previously expressed the same assertion/);
  const later = entries.find((e) => /retracted/.test(e.what.text));
  assert.is(later?.relation?.kind, 'after');
  assert.ok((later?.order ?? 0) > (october?.order ?? 0));
  const during = entries.find((e) => e.relation?.kind === 'during');
  assert.is(during?.relation?.entry, entries.find((e) => e.value === '2023-06')?.id);
  for (const e of entries) assert.ok(e.value === null || ['2022-10', '2023-06', '2023-08-21'].includes(e.value), e.value ?? '');
});

build.run();
seed.run();
