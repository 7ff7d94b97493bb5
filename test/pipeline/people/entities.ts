// Helpers for the people tests: run the stage on a text and look things up by name.
import * as assert from 'uvu/assert';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';
import { findEntities, type Entities } from '../../../src/pipeline/people/find-entities.ts';
import type { Person } from '../../../src/pipeline/types.ts';

export function entitiesOf(text: string): Entities {
  return findEntities(text, splitSentences(text));
}

export function personNamed(text: string, name: string): Person {
  const person = entitiesOf(text).people.find((p) => p.name === name);
  assert.ok(person, `expected a person "${name}"`);
  return person!;
}

export function expectNoPerson(text: string, name: string): void {
  const people = entitiesOf(text).people;
  assert.not.ok(people.some((p) => p.name === name || p.aliases.includes(name)), `"${name}" should not be a person: ${people.map((p) => p.name).join(', ')}`);
}

/** Every span of a person points at its own text. */
export function expectSpansHold(text: string, entities: Entities): void {
  for (const p of entities.people) {
    for (const m of [...p.mentions, ...p.roles, ...p.descriptors]) assert.is(text.slice(m.start, m.end), m.text);
  }
  for (const o of entities.organisations) for (const m of o.mentions) assert.is(text.slice(m.start, m.end), m.text);
  for (const u of entities.unnamed) for (const m of u.mentions) assert.is(text.slice(m.start, m.end), m.text);
}
