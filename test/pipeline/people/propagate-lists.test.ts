import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entitiesOf } from './entities.ts';

const test = suite('propagateLists');

test('makes a person of a name listed beside a person', () => {
  const text = 'England lead after Nasser Hussain and Peter Such batted.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Nasser Hussain', 'Peter Such']);
});

test('runs along a comma list', () => {
  const text = 'Level were Mike Sullivan, Wale Adeyemi, Loren Roberts and Steve Stricker.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Mike Sullivan', 'Wale Adeyemi', 'Loren Roberts', 'Steve Stricker']);
});

test('does not make a person of an organisation in the list', () => {
  const text = 'Backers include Mike Sullivan and Gold Fields Ltd.';
  assert.equal(entitiesOf(text).people.map((p) => p.name), ['Mike Sullivan']);
});

test.run();
