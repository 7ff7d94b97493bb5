import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { flatMap } from '../../src/pipeline/flat-map.ts';

const flatMapSuite = suite('flatMap');

flatMapSuite('lists what Array.prototype.flatMap lists, index included', () => {
  const people = [{ name: 'Okafor', mentions: [3, 40] }, { name: 'Healy', mentions: [] }, { name: 'Vogt', mentions: [12] }];
  const f = (p: (typeof people)[number], i: number): string[] => p.mentions.map((m) => `${i}:${p.name}@${m}`);
  assert.equal(flatMap(people, f), people.flatMap(f));
  assert.equal(flatMap(people, f), ['0:Okafor@3', '0:Okafor@40', '2:Vogt@12']);
});

flatMapSuite('flattens one level only', () => {
  assert.equal(flatMap([1, 2], (n) => [[n], [n * 10]]), [[1], [10], [2], [20]]);
});

flatMapSuite('gives an empty list for no items', () => {
  assert.equal(flatMap([], () => [1]), []);
});

flatMapSuite.run();
