// Property tests for the temporal and chronology stages: any text, any publication date, no
// throw, valid offsets and ids, and time that grows linearly (compared as a ratio, not seconds).
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildChronology } from '../../../src/pipeline/chronology/build-chronology.ts';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findTemporal } from '../../../src/pipeline/temporal/find-temporal.ts';

const PIECES = [
  'on Monday', 'Monday', 'last year', 'October', 'October last year', 'in June this year', '2023', '1990s',
  'March 1, 2008', 'Nov.', '19', ',', '15-minute', 'three minutes', 'a few weeks', 'later', 'Later', 'at the time',
  'the weeks leading up to', 'the', 'third quarter', 'quarter', 'every', 'year', 'years', 'ago', 'a', 'few',
  '10:30', 'a.m.', 'p.m.', 'noon', 'now', 'recently', 'mid-', 'late', 'early', 'the end of', 'summer', '$',
  '%', '-', '/', ':', '.', ' ', ' ', '  ', '\n', '“', '”', '’', 'é', '😀', '\u0000', 'Mr Musk', 'said', 'will',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).map((parts) => parts.join(' '));
const published = fc.option(fc.constantFrom('2023-08-22', '2000-02-29', '1989-12-31', 'garbage', ''));

function check(text: string, date: string | null): boolean {
  const sentences = splitSentences(text);
  const temporal = findTemporal(text, sentences, date);
  const chronology = buildChronology(text, sentences, temporal, []);
  const spans = [...temporal, ...chronology.map((c) => c.what)];
  const spansOk = spans.every((s) => s.start >= 0 && s.start < s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text);
  const idsOk = temporal.every((t, i) => t.id === `t${i + 1}` && (i === 0 || (temporal[i - 1]?.end ?? 0) <= t.start));
  const ids = new Set(chronology.map((c) => c.id));
  const relationsOk = chronology.every((c) => c.relation === null || ids.has(c.relation.entry));
  const orders = chronology.map((c) => c.order).sort((a, b) => a - b);
  const ordersOk = orders.every((o, i) => o === i + 1);
  return spansOk && idsOk && relationsOk && ordersOk;
}

const props = suite('findTemporal + buildChronology: properties');

props('never throw and keep offsets, ids, relations and orders valid on news-like text', () => {
  fc.assert(fc.property(newsLike, published, check), { numRuns: 300 });
});

props('never throw on arbitrary text', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), published, check), { numRuns: 200 });
});

/** Fastest of five runs: the minimum is the least disturbed by other work on the machine. */
function timeOf(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const sentences = splitSentences(text);
    buildChronology(text, sentences, findTemporal(text, sentences, '2023-08-22'), []);
    runs.push(performance.now() - started);
  }
  return Math.min(...runs);
}

props('time grows roughly linearly with adversarial text', () => {
  const adversarial = [
    'the the the the ', '1 1 1 1 ', '          ', 'Monday, Monday, ', 'a few a few ', 'later later ',
    'the weeks leading up to the ', '10:30 10:30 ', 'March 1, March 1, ', 'mid-mid-mid-', '$2000 $2000 ',
  ];
  for (const unit of adversarial) {
    const small = unit.repeat(200);
    const large = unit.repeat(1600);
    timeOf(small);
    const ratio = timeOf(large) / Math.max(timeOf(small), 0.5);
    // 8x the text: linear is about 8; allow noise, reject quadratic (about 64).
    assert.ok(ratio < 30, `"${unit}" x8 took ${ratio.toFixed(1)}x as long`);
  }
});

props.run();
