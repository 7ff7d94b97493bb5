import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { anchorNote } from '../../src/annotations/anchor-note.ts';

const anchor = suite('anchorNote');
const text = 'The official said no. Later the official said yes.';

anchor('finds the exact passage', () => {
  assert.equal(anchorNote(text, { exact: 'said no' }), { start: 13, end: 20, matches: 1 });
});

anchor('takes the first of several passages and counts them', () => {
  assert.equal(anchorNote(text, { exact: 'the official' }), { start: 28, end: 40, matches: 1 });
  assert.equal(anchorNote(text, { exact: 'official' })?.matches, 2);
});

anchor('uses prefix and suffix to pick a passage', () => {
  assert.is(anchorNote(text, { exact: 'official', prefix: 'Later the ' })?.start, 32);
  assert.is(anchorNote(text, { exact: 'official', suffix: ' said no' })?.start, 4);
});

anchor('gives null when the text no longer has the passage', () => {
  assert.is(anchorNote(text, { exact: 'said maybe' }), null);
  assert.is(anchorNote(text, { exact: 'official', prefix: 'A senior ' }), null);
  assert.is(anchorNote(text, { exact: '' }), null);
});

anchor.run();
