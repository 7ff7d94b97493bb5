import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findEntities } from '../../../src/pipeline/people/find-entities.ts';
import { findQuotes } from '../../../src/pipeline/quotes/find-quotes.ts';
import type { Span } from '../../../src/pipeline/types.ts';

// Texts made of the pieces that trip quote and name finders: marks, apostrophes, titles, line breaks.
const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", ' ', '\n', '\n\n', ',', '.', ':', 'Mr', 'Musk', 'Elon', 'said', 'he',
  'the', 'Pentagon', 'told', 'a senior official', 'doesn’t', 'P.', '(R-Texas)', 'MUSK', 'de', 'Corp', 'who', '45');
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

const holds = (text: string, s: Span | null): void => {
  if (s) assert.is(text.slice(s.start, s.end), s.text);
};

const test = suite('people and quotes: any input');

test('never throw, and every span points at its text', () => {
  fc.assert(
    fc.property(article, (text) => {
      const sentences = splitSentences(text);
      const entities = findEntities(text, sentences);
      for (const p of entities.people) for (const m of [...p.mentions, ...p.roles, ...p.descriptors]) holds(text, m);
      const quotes = findQuotes(text, sentences, entities);
      quotes.forEach((q, i) => {
        holds(text, q);
        holds(text, q.speakerMention);
        holds(text, q.cue);
        assert.is(q.id, `q${i + 1}`);
        assert.ok(q.sentence >= 0 && q.sentence < Math.max(1, sentences.length));
        if (q.parent !== null) assert.ok(quotes.some((p) => p.id === q.parent));
      });
    }),
    { numRuns: 400 },
  );
});

test('stay fast on a long article', () => {
  const paragraph = '“It was late,” Mr Kahl told the outlet. Elon Musk said he spoke to Vladimir Putin, a senior official said.\n';
  const text = paragraph.repeat(2000);
  const t0 = performance.now();
  const sentences = splitSentences(text);
  findQuotes(text, sentences, findEntities(text, sentences));
  assert.ok(performance.now() - t0 < 5000, 'under five seconds for 230 kB');
});

test.run();
