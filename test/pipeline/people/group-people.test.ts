import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entitiesOf, expectSpansHold, personNamed } from './entities.ts';

const test = suite('groupPeople (through findEntities)');

test('groups surname and title + surname under the full name', () => {
  const text = 'Elon Musk said no. Later Mr Musk agreed, and Musk tweeted.';
  const p = personNamed(text, 'Elon Musk');
  assert.is(p.id, 'elon-musk');
  assert.equal(p.aliases, ['Elon Musk', 'Mr Musk', 'Musk']);
  assert.equal(p.mentions.map((m) => m.text), ['Elon Musk', 'Musk', 'Musk']);
  assert.is(p.mentions[1]!.start, text.indexOf('Musk agreed'));
  expectSpansHold(text, entitiesOf(text));
});

test('groups an initial and surname with the full name', () => {
  const text = 'Phil Hadley took four wickets. Later P. Hadley said he was tired.';
  const p = personNamed(text, 'Phil Hadley');
  assert.equal(p.mentions.map((m) => m.text), ['Phil Hadley', 'P. Hadley']);
});

test('gives a shared surname to the one named last before it', () => {
  const text = 'Hillary Clinton spoke first. Then Chelsea Clinton said she agreed. Clinton smiled.';
  const people = entitiesOf(text).people;
  assert.equal(people.map((p) => p.name), ['Hillary Clinton', 'Chelsea Clinton']);
  assert.equal(people[1]!.mentions.map((m) => m.text), ['Chelsea Clinton', 'Clinton']);
});

test('does not give a first name shared by two people to either', () => {
  const text = 'John Smith said yes. John Brown said no. John left.';
  const people = entitiesOf(text).people;
  assert.ok(people.every((p) => p.mentions.length === 1));
});

test('keeps ids unique within the article', () => {
  const ids = entitiesOf('Mr Lee said so. Dr Lee Hsien Loong said no.').people.map((p) => p.id);
  assert.is(new Set(ids).size, ids.length);
});

test('groups a surname written with its particle under the full name', () => {
  const text = 'Mayor Ana de Souza spoke first.\nBowling : de Souza 4-0-25-1';
  const p = personNamed(text, 'Ana de Souza');
  assert.equal(p.mentions.map((m) => m.text), ['Ana de Souza', 'de Souza']);
});

test.run();
