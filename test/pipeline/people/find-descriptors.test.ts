import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { personNamed } from './entities.ts';

const test = suite('findDescriptors');

test('links "the billionaire" to the person named before it in the sentence', () => {
  const text = 'Elon Musk spoke to Vladimir Putin. Mr Musk said the billionaire had called him.';
  const d = personNamed(text, 'Elon Musk').descriptors;
  assert.equal(d.map((m) => [m.start, m.end, m.text]), [[text.indexOf('the billionaire'), text.indexOf('the billionaire') + 15, 'the billionaire']]);
});

test('links a description opening a sentence to the only person of the sentence before', () => {
  const text = 'Mr Musk agreed to pay. The billionaire later changed his mind.';
  assert.equal(personNamed(text, 'Musk').descriptors.map((m) => m.text), ['The billionaire']);
});

test('links nothing when the sentence before names two people', () => {
  const text = 'Mr Musk met Mr Putin. The billionaire left.';
  assert.equal(personNamed(text, 'Musk').descriptors, []);
  assert.equal(personNamed(text, 'Putin').descriptors, []);
});

test('links nothing to "the president of" someone else', () => {
  const text = 'Mr Musk met the president of France.';
  assert.equal(personNamed(text, 'Musk').descriptors, []);
});

test.run();
