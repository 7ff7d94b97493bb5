import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readsAsNoun } from '../../../src/pipeline/quotes/reads-as-noun.ts';
import { summaryOf } from './quotes.ts';

const noun = suite('readsAsNoun');
const span = (text: string) => ({ start: 0, end: text.length, text });

noun('a cue after a possessive, or a modifier of one, is a noun', () => {
  assert.ok(readsAsNoun(span('tweets'), span('Colm Healy’s early-morning')));
  assert.ok(readsAsNoun(span('tweets'), span('Healy’s')));
  assert.ok(readsAsNoun(span('remarks'), span('a flurry of late-night')));
});

noun('a subject and its verb are no noun phrase', () => {
  assert.not.ok(readsAsNoun(span('tweets'), span('Okafor’s spokesman')));
  assert.not.ok(readsAsNoun(span('notes'), span('the Heritage Foundation website')));
  assert.not.ok(readsAsNoun(span('states'), span('A document on the council’s website')));
  assert.not.ok(readsAsNoun(span('said'), span('Healy’s early-morning')));
});

noun('the quotes stage reads past a noun cue to the verb before it', () => {
  const text = 'Ada Okafor says Colm Healy’s early-morning tweets about the pier are “lies and conspiracy theories.”';
  assert.equal(summaryOf(text)[0]!.slice(3, 5), ['Ada Okafor', 'says']);
});

noun.run();
