import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify, uniqueSlugger } from '../../src/site/slugify.ts';

const slug = suite('slugify');

slug('lower-cases and joins words with hyphens', () => {
  assert.is(slugify('Elon Musk'), 'elon-musk');
  assert.is(slugify("Mr O'Neill’s  plan"), 'mr-oneills-plan');
});

slug('folds diacritics', () => {
  assert.is(slugify('Zoë Ó Briain'), 'zoe-o-briain');
});

slug('can never climb out of a folder', () => {
  assert.is(slugify('../../etc/passwd'), 'etc-passwd');
  assert.is(slugify('/abs'), 'abs');
  assert.is(slugify('...'), 'item');
  assert.is(slugify('中文'), 'item');
});

const unique = suite('uniqueSlugger');

unique('numbers names that slugify alike', () => {
  const next = uniqueSlugger();
  assert.equal([next('A b'), next('a-b'), next('A  B')], ['a-b', 'a-b-2', 'a-b-3']);
});

slug.run();
unique.run();
