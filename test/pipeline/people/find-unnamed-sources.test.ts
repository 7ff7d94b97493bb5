import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entitiesOf } from './entities.ts';

const test = suite('findUnnamedSources');

test('finds indefinite descriptions with their article', () => {
  const text = 'Elon Musk said so, according to a former Pentagon official. Another source agreed.';
  const unnamed = entitiesOf(text).unnamed;
  assert.equal(unnamed.map((u) => u.description), ['former Pentagon official', 'source']);
  assert.equal(unnamed[0]!.mentions.map((m) => [m.start, m.end, m.text]), [[32, 58, 'a former Pentagon official']]);
});

test('joins a definite description to the source it refers back to', () => {
  const text = 'A senior official is quoted as saying so. It was late, the senior defence official said.';
  const unnamed = entitiesOf(text).unnamed;
  assert.is(unnamed.length, 1);
  assert.equal(unnamed[0]!.mentions.map((m) => m.text), ['A senior official', 'the senior defence official']);
});

test('never makes an unnamed source of a named person', () => {
  const text = 'Spokeswoman Dana Whitlock said the team had merged.';
  assert.equal(entitiesOf(text).unnamed, []);
});

test('skips "the then-Pentagon official", who is someone named before', () => {
  assert.equal(entitiesOf('They met the then-Pentagon official in May.').unnamed, []);
});

test('takes bare plural sources only with a describing word', () => {
  assert.equal(entitiesOf('Pentagon officials said no.').unnamed.map((u) => u.description), ['Pentagon officials']);
  assert.equal(entitiesOf('That will make people think.').unnamed, []);
});

test.run();
