import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { personNamed } from './entities.ts';

const test = suite('findRoles');

test('reads a role premodifier', () => {
  const text = 'NASA Administrator Charles Bolden said the launch was on time.';
  const p = personNamed(text, 'Charles Bolden');
  assert.equal(p.roles.map((r) => [r.start, r.end, r.text]), [[0, 18, 'NASA Administrator']]);
});

test('reads lower-case role words before a name', () => {
  const text = 'The ruling came as billionaire Elon Musk said he would appeal.';
  assert.equal(personNamed(text, 'Elon Musk').roles.map((r) => r.text), ['billionaire']);
});

test('reads an appositive role', () => {
  const text = 'The billionaire told Colin Kahl, then the under-secretary of defence for policy at the Pentagon, that he agreed.';
  const role = personNamed(text, 'Colin Kahl').roles[0]!;
  assert.is(role.text, 'then the under-secretary of defence for policy at the Pentagon');
  assert.is(text.slice(role.start, role.end), role.text);
});

test('gives no role for a plain title', () => {
  assert.equal(personNamed('Mr Musk said no.', 'Musk').roles, []);
});

test('gives no role for an appositive that names none', () => {
  assert.equal(personNamed('Colin Kahl said, in the end, that it worked.', 'Colin Kahl').roles, []);
});

test.run();
