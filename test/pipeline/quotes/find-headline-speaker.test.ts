import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findHeadlineSpeaker } from '../../../src/pipeline/quotes/find-headline-speaker.ts';
import { summaryOf } from './quotes.ts';

const headline = suite('findHeadlineSpeaker');

headline('a name before the headline’s colon', () => {
  const text = 'Okafor: Ferry Fares Are ‘Far Too High’\n\nMayor Ada Okafor said on Monday that fares must fall.';
  assert.equal(findHeadlineSpeaker(text, text.indexOf('‘')), { start: 0, end: 6, text: 'Okafor' });
});

headline('the capitalised words before a capitalised speech verb', () => {
  const text = 'Ada Okafor Calls the Ferry Plan ‘A Costly Mistake’\n\nThe mayor spoke on Monday.';
  assert.equal(findHeadlineSpeaker(text, text.indexOf('‘'))?.text, 'Ada Okafor');
});

headline('a label before the colon is no name', () => {
  const text = 'The Latest: Okafor defends ‘Kent values’\n\nMayor Ada Okafor spoke.';
  assert.is(findHeadlineSpeaker(text, text.indexOf('‘')), null);
});

headline('nothing for a quote below the headline, or a text of one line', () => {
  const text = 'Okafor: Fares Too High\n\nShe said fares were ‘far too high’.';
  assert.is(findHeadlineSpeaker(text, text.indexOf('‘')), null);
  const one = 'Okafor: Fares ‘Far Too High’';
  assert.is(findHeadlineSpeaker(one, one.indexOf('‘')), null);
});

headline('a lower-case word before the verb means no headline name', () => {
  const text = 'Fares for ferry users Says ‘Too High’\n\nNobody spoke.';
  assert.is(findHeadlineSpeaker(text, text.indexOf('‘')), null);
});

headline('the quotes stage keeps a headline speaker the text knows', () => {
  const text = 'Okafor: Harbour Voters Worried About Fares; It’s ‘in Their Wallets.’\n\nLongtime pollster Ada Okafor told the radio host on Thursday that fares worry voters.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Okafor']);
  const unknown = 'Harbour: Voters Worried About Fares; It’s ‘in Their Wallets.’\n\nThe poll came out on Thursday.';
  assert.equal(summaryOf(unknown)[0]!.slice(2, 4), [null, null]);
});

headline.run();
