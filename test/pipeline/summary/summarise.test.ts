import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summarise } from '../../../src/pipeline/summary/summarise.ts';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';

const summary = suite('summarise');
const run = (text: string, budget?: number) => {
  const sentences = splitSentences(text);
  return summarise({ sentences, people: [], quotes: [], temporal: [] }, budget);
};

summary('returns nothing for an empty article', () => {
  assert.equal(run(''), []);
});

summary('keeps a one-sentence article whole', () => {
  assert.equal(run('The council approved the new budget for the city on Tuesday.'), [0]);
});

summary('picks central sentences, in article order, within the word budget', () => {
  const text = [
    'The city council approved a new budget for schools and roads on Tuesday.',
    'The weather was mild.',
    'The budget gives schools more money and repairs roads across the city.',
    'Critics said the council budget ignores parks.',
    'A local bakery opened a second shop.',
    'The council will vote on the roads plan in the budget again next year.',
  ].join(' ');
  const picked = run(text, 30);
  assert.ok(picked.length >= 2);
  assert.equal(picked, [...picked].sort((a, b) => a - b));
  assert.ok(picked.includes(0));
  assert.not.ok(picked.includes(1), 'an off-topic sentence is left out');
  assert.not.ok(picked.includes(4), 'an off-topic sentence is left out');
});

summary('leaves out a near-duplicate of a chosen sentence', () => {
  const text = 'Prices rose sharply across the country in March. Prices rose sharply across the country in March again. Officials blamed fuel costs and supply.';
  const picked = run(text, 100);
  assert.not.ok(picked.includes(0) && picked.includes(1));
});

summary('leaves out the headline and fills the budget with body sentences', () => {
  const text = [
    'Council backs school budget',
    '',
    'The city council approved a new budget for schools on Tuesday after a long debate.',
    'The school budget adds teachers and repairs buildings across the city.',
    'Parents welcomed the budget for schools, though some said it came late.',
  ].join('\n');
  const picked = run(text, 40);
  assert.not.ok(picked.includes(0), 'the headline is not a summary sentence');
  assert.equal(picked, [1, 2, 3]);
});

summary('keeps to the word budget', () => {
  const text = 'The city council approved the new school budget on Tuesday. The school budget adds teachers to every school in the city and repairs old buildings. Parents across the city welcomed the new school budget.';
  assert.equal(run(text, 20), [0, 2]);
});

summary('leaves out sentences too short to stand alone, unless nothing else is left', () => {
  const text = 'The city council approved the new school budget on Tuesday after a long debate. "We did it," she said. The school budget adds teachers to every school in the city.';
  assert.equal(run(text, 100), [0, 2]);
  assert.equal(run('The talks failed. Both talks sides left.'), [0, 1]);
});

summary.run();
