import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entitiesOf } from './entities.ts';

const test = suite('propagateLists');

test('makes a person of a name listed beside a person', () => {
  const text = 'The hosts lead after Ayo Qadri and Peter Lam batted.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Ayo Qadri', 'Peter Lam']);
});

test('runs along a comma list', () => {
  const text = 'Level were Mike Dorsey, Wale Adeyemi, Tina Okoro and Steve Landry.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Mike Dorsey', 'Wale Adeyemi', 'Tina Okoro', 'Steve Landry']);
});

test('does not make a person of an organisation in the list', () => {
  const text = 'Backers include Mike Dorsey and Gold Fields Ltd.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Mike Dorsey']);
});

test('runs along a whole roster, past a bracketed role and across a line ending in a comma', () => {
  const text = 'Norland - Ana Ruiz ( captain ) , Tunde Ojo , Femi Lawal ,\nKemi Adisa , Bola Tinubu , Yemi Alade ,\nSade Adu .';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Ana Ruiz', 'Tunde Ojo', 'Femi Lawal', 'Kemi Adisa', 'Bola Tinubu', 'Yemi Alade', 'Sade Adu']);
});

test('does not run across a line break without a comma', () => {
  const text = 'Ana Ruiz ( captain ) , Tunde Ojo\nKemi Adisa , Bola Tinubu';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Ana Ruiz', 'Tunde Ojo']);
});

test.run();
