import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entitiesOf, expectSpansHold } from './entities.ts';

interface Gold {
  people: { name: string; aliases: string[]; roles?: string[]; descriptors?: string[] }[];
  notPeople: string[];
  unnamedSources: string[];
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const text = readFileSync(new URL('musk-putin-starlink.txt', fixtures), 'utf8');
const gold = JSON.parse(readFileSync(new URL('musk-putin-starlink.gold.json', fixtures), 'utf8')) as Gold;
const entities = entitiesOf(text);

const test = suite('findEntities: the seed article');

test('finds exactly the three people', () => {
  assert.equal(entities.people.map((p) => p.name), gold.people.map((p) => p.name));
});

test('groups the aliases the gold lists', () => {
  for (const g of gold.people) {
    const p = entities.people.find((x) => x.name === g.name)!;
    for (const alias of g.aliases) assert.ok(p.aliases.includes(alias), `${g.name}: ${alias}`);
    assert.equal(p.aliases[0], g.name);
  }
});

test('finds the roles and descriptors the gold lists', () => {
  for (const g of gold.people) {
    const p = entities.people.find((x) => x.name === g.name)!;
    for (const role of g.roles ?? []) assert.ok(p.roles.some((r) => r.text === role), role);
    for (const d of g.descriptors ?? []) assert.ok(p.descriptors.some((r) => r.text.toLowerCase() === d), d);
  }
});

test('makes none of the notPeople a person', () => {
  const names = entities.people.flatMap((p) => [...p.aliases, ...p.mentions.map((m) => m.text)]);
  for (const not of gold.notPeople) assert.not.ok(names.includes(not), not);
});

test('keeps the organisations, places and publications apart', () => {
  const byName = new Map(entities.organisations.map((o) => [o.name, o.kind]));
  assert.is(byName.get('the Pentagon'), 'organisation');
  assert.is(byName.get('the New Yorker'), 'publication');
  assert.is(byName.get('Space Exploration Technologies Corp'), 'organisation');
  assert.is(byName.get('Russia'), 'place');
});

test('finds the unnamed sources, the two senior officials as one', () => {
  const mentions = entities.unnamed.map((u) => u.mentions.map((m) => m.text).join(' / '));
  for (const source of gold.unnamedSources) assert.ok(mentions.includes(source), source);
});

test('every span points at its text', () => {
  expectSpansHold(text, entities);
});

test.run();
