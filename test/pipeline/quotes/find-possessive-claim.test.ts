import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findPossessiveClaim } from '../../../src/pipeline/quotes/find-possessive-claim.ts';
import { summaryOf } from './quotes.ts';

const claim = suite('findPossessiveClaim');
const claimOf = (text: string) => findPossessiveClaim(text, 0, text.indexOf('“'));

claim('the possessor of a claim whose content holds the fragment', () => {
  const text = 'The paper checked Ada Okafor’s claim that there were “thousands of crossings” last year.';
  assert.equal(claimOf(text)?.speaker, { start: 18, end: 30, text: 'Ada Okafor’s' });
  assert.is(claimOf(text)?.cue.text, 'claim');
});

claim('words about the claim are no content of it', () => {
  assert.is(claimOf('The paper said Okafor’s statement was “true.”'), null);
});

claim('another speech verb or a full stop between them ends the claim', () => {
  assert.is(claimOf('Okafor’s claim that fares rose was checked, and Healy said they were “flat.”'), null);
  assert.is(claimOf('Okafor’s claim was checked. The fares were “flat.”'), null);
});

claim('the quotes stage gives the fragment to the possessor', () => {
  const text = 'Mayor Ada Okafor spoke.\nThe paper checked Ada Okafor’s claim that there were “thousands of crossings” last year.';
  assert.equal(summaryOf(text)[0]!.slice(2, 5), ['Ada Okafor', 'Ada Okafor’s', 'claim']);
});

claim.run();
