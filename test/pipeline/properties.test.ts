// Property tests: the pipeline takes any text, never throws, keeps every offset true, and its
// time grows linearly with the text (compared as a ratio within one run, never as seconds).
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { extractBriefing } from '../../src/pipeline/extract-briefing.ts';
import type { Extraction, Span } from '../../src/pipeline/types.ts';

/** Pieces of news text, so that random input exercises every stage, not just the tokenizer. */
const PIECES = [
  'Mr', 'Mr.', 'Dr', 'Elon Musk', 'Musk', 'Vladimir Putin', 'the Pentagon', 'said', 'told', 'tweeted', 'he', 'she',
  'on Monday', 'last year', 'October', 'in June this year', '2023', 'March 1, 2008', '15-minute', 'later', 'at the time',
  '“', '”', '"', '‘', '’', "'", ',', '.', '!', '?', ' ', ' ', ' ', '\n', '\n\n', '(', ')', '—', 'U.S.', 'Corp.',
  'a senior official', 'according to', 'the', 'war', '<script>', '&amp;', 'é', '中文', '😀', '\u0000', '\t',
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

function spansOf(x: Extraction): Span[] {
  return [
    ...x.sentences,
    ...x.people.flatMap((p) => [...p.mentions, ...p.roles, ...p.descriptors]),
    ...x.organisations.flatMap((o) => o.mentions),
    ...x.unnamed.flatMap((u) => u.mentions),
    ...x.quotes,
    ...x.quotes.flatMap((q) => [q.speakerMention, q.cue].filter((s): s is Span => s !== null)),
    ...x.temporal,
    ...x.chronology.map((c) => c.what),
  ];
}

const valid = (x: Extraction, text: string) =>
  spansOf(x).every((s) => Number.isInteger(s.start) && s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text) &&
  x.summary.every((i) => i >= 0 && i < x.sentences.length) &&
  x.quotes.every((q) => q.sentence >= 0 && q.sentence < Math.max(1, x.sentences.length));

const props = suite('extractBriefing: properties');

props('never throws and keeps offsets valid on news-like text', () => {
  fc.assert(
    fc.property(newsLike, fc.option(fc.constantFrom('2023-08-22', '2010-06-08', '1998-02-28')), (text, published) => {
      return valid(extractBriefing(text, { published }), text);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
  );
});

props('never throws and keeps offsets valid on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => valid(extractBriefing(text, { published: '2023-08-22' }), text)),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
  );
});

/** Median time of a few runs. */
function timeOf(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    extractBriefing(text, { published: '2023-08-22' });
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

props('time grows linearly with the length of the text', () => {
  const paragraph = '“We will keep funding Ukraine,” Mr Musk tweeted on Monday. Colin Kahl, then an official at the Pentagon, said the call lasted 15 minutes in October last year.\n';
  const adversarial = `${'“'.repeat(300)}${'Mr. '.repeat(300)}${'A '.repeat(300)}${'"said, '.repeat(300)}\n`;
  for (const unit of [paragraph, adversarial]) {
    const small = unit.repeat(4);
    const large = unit.repeat(32);
    timeOf(small); // warm up
    const ratio = timeOf(large) / Math.max(timeOf(small), 0.5);
    // 8 times the text: linear gives about 8; quadratic would give 64.
    assert.ok(ratio < 24, `8x the text took ${ratio.toFixed(1)}x the time`);
  }
});

props.run();
