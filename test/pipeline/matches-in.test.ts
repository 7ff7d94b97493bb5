import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { matchesIn } from '../../src/pipeline/matches-in.ts';

const listed = (matches: Iterable<RegExpMatchArray>): [number | undefined, string, (string | undefined)[]][] =>
  [...matches].map((m) => [m.index, m[0], m.slice(1)]);

const matchesInSuite = suite('matchesIn');

matchesInSuite('lists what matchAll lists, groups included', () => {
  const re = /(\p{Lu}\p{Ll}+) (said|told)/gu;
  const text = 'Okafor said it; Healy told them, and Vogt said so.';
  assert.equal(listed(matchesIn(re, text)), listed(text.matchAll(re)));
  assert.equal(matchesIn(re, text).map((m) => m[0]), ['Okafor said', 'Healy told', 'Vogt said']);
});

matchesInSuite('steps over empty matches as matchAll does, by code point in unicode mode', () => {
  for (const re of [/x*/g, /x*/gu, /(?=\p{L})/gu]) {
    const text = 'a😀xxb😀';
    assert.equal(listed(matchesIn(re, text)), listed(text.matchAll(re)));
  }
});

matchesInSuite('starts at 0 whatever lastIndex was, and leaves it at 0', () => {
  const re = /\d+/g;
  re.lastIndex = 4;
  assert.equal(matchesIn(re, '12 and 345').map((m) => m[0]), ['12', '345']);
  assert.is(re.lastIndex, 0);
});

matchesInSuite('finds nothing in an empty text', () => {
  assert.equal(matchesIn(/a/g, ''), []);
});

matchesInSuite('refuses a regex that is not global', () => {
  assert.throws(() => matchesIn(/a/, 'a'), /Expected a global regex/);
});

matchesInSuite.run();
