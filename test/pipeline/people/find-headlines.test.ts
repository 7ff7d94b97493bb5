import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findHeadlines } from '../../../src/pipeline/people/find-headlines.ts';
import { entitiesOf } from './entities.ts';

const test = suite('findHeadlines');

test('finds an all-caps line and a title-case first line', () => {
  assert.equal([...findHeadlines(splitSentences('MUSK SAYS HE SPOKE TO PUTIN\nHe did.'))], [0]);
  assert.equal([...findHeadlines(splitSentences('Quiet Exit: Okafor Was Headed Home\nShe was.'))], [0]);
});

test('does not take an ordinary first sentence', () => {
  assert.equal([...findHeadlines(splitSentences('Airbus delays its new jet programme\nIt will.'))], []);
});

test('names in a headline count only when the body gives them', () => {
  const text = 'MUSK SAYS HE SPOKE TO PUTIN\nElon Musk said he had talked with Vladimir Putin, Mr Musk said.';
  const people = entitiesOf(text).people;
  assert.equal(people.map((p) => p.name), ['Elon Musk', 'Vladimir Putin']);
  assert.equal(people[0]!.mentions[0], { start: 0, end: 4, text: 'MUSK', sentence: 0 });
  assert.not.ok(people.some((p) => p.mentions.some((m) => m.text === 'SAYS')));
});

test.run();
