import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findBrandNames } from '../../../src/pipeline/people/find-brand-names.ts';
import { findNameRuns } from '../../../src/pipeline/people/find-name-runs.ts';
import { splitNameRun } from '../../../src/pipeline/people/split-name-run.ts';
import { tokenizeWords } from '../../../src/pipeline/people/tokenize-words.ts';
import { expectNoPerson, personNamed } from './entities.ts';

const candidates = (text: string) => findNameRuns(text, tokenizeWords(text)).flatMap((r) => splitNameRun(text, r));

const test = suite('findBrandNames');

test('finds a given name that opens a firm and stands alone', () => {
  const text = 'Austin Motor Company said it would revive a model. Austin will build the Austin Harlow in Leeds.';
  assert.equal([...findBrandNames(candidates(text))], ['austin']);
});

test('needs the name to stand alone somewhere', () => {
  const text = 'Austin Motor Company said it would revive a model, the Austin Harlow.';
  assert.equal([...findBrandNames(candidates(text))], []);
});

test('does not count a foundation or a prize named after a person', () => {
  const text = 'Ruth Okafor set up the Ruth Okafor Foundation. Ruth said it would grow.';
  assert.equal([...findBrandNames(candidates(text))], []);
});

test('keeps a car out of the people, and the founder in', () => {
  const text = 'Austin Motor Company said it would revive a model. Austin will build the Austin Harlow in Leeds. The Austin Harlow sold well.';
  expectNoPerson(text, 'Austin Harlow');
  personNamed('Ruth Okafor set up the Ruth Okafor Foundation. Ruth Okafor said it would grow, and Ruth said so too.', 'Ruth Okafor');
});

test.run();
