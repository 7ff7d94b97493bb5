import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { resultsClues } from '../../../src/pipeline/people/find-results-clues.ts';
import { expectNoPerson, personNamed } from './entities.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name };
};

const test = suite('resultsClues');

test('reads a scorecard: dismissals before and after a name, and bowling figures', () => {
  const line = 'Tomas Vale c Okoro b Brandt 56';
  assert.is(resultsClues(line, at(line, 'Tomas Vale')), 3);
  assert.is(resultsClues(line, at(line, 'Okoro')), 3);
  assert.is(resultsClues(line, at(line, 'Brandt')), 3);
  const bowling = 'Bowling : Brandt 10-0-41-2 , Okoro 9.5-1-30-3';
  assert.is(resultsClues(bowling, at(bowling, 'Brandt')), 3);
  assert.is(resultsClues(bowling, at(bowling, 'Okoro')), 3);
});

test('reads the minute of a goal', () => {
  const line = 'Scorers : Ade Bello ( 57th ) , Femi Lawal 81st minute';
  assert.is(resultsClues(line, at(line, 'Ade Bello')), 3);
  assert.is(resultsClues(line, at(line, 'Femi Lawal')), 3);
});

test('reads a line-up: a shirt number before a name', () => {
  const line = 'Norland - 15 - Ade Bello , 14 - Femi Lawal ( 12 - Tunde Ojo 46th )';
  assert.is(resultsClues(line, at(line, 'Ade Bello')), 3);
  assert.is(resultsClues(line, at(line, 'Femi Lawal')), 3);
  assert.is(resultsClues(line, at(line, 'Tunde Ojo')), 3);
  assert.is(resultsClues(line, at(line, 'Norland')), 0);
});

test('gives nothing to a team with its score, or to a name before an ordinal noun', () => {
  const line = 'Northvale 2 Eastport 1 ( halftime 1-1 )';
  assert.is(resultsClues(line, at(line, 'Northvale')), 0);
  assert.is(resultsClues(line, at(line, 'Eastport')), 0);
  const score = 'Wexley 2 - Eastport 1';
  assert.is(resultsClues(score, at(score, 'Eastport')), 0);
  const prose = 'The Ferrow 150th anniversary gala was held in Kestle 3rd Street.';
  assert.is(resultsClues(prose, at(prose, 'Ferrow')), 0);
  assert.is(resultsClues(prose, at(prose, 'Kestle')), 0);
});

test('makes people of a scorecard line through the whole stage', () => {
  const text = 'Tomas Vale c Okoro b Brandt 56\nNorthvale 2 Eastport 1';
  personNamed(text, 'Okoro');
  personNamed(text, 'Brandt');
  expectNoPerson(text, 'Northvale');
});

test.run();
