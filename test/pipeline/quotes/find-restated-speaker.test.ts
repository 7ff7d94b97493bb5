import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summaryOf } from './quotes.ts';

const restated = suite('findRestatedSpeaker (through findQuotes)');

restated('“X said she recalled”: the name the pronoun restates', () => {
  const text = 'Mayor Ada Okafor spoke.\nOkafor said she recalled thinking, “This is new.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 5), ['Ada Okafor', 'Okafor', 'recalled']);
});

restated('a pronoun restates only the same pronoun', () => {
  const same = 'Mayor Ada Okafor spoke.\nShe said she recalls the pier being “busy.”';
  assert.equal(summaryOf(same)[0]![3], 'She');
  const other = 'Mayor Ada Okafor spoke.\nThey said she recalls the pier being “busy.”';
  assert.equal(summaryOf(other)[0]![3], 'she');
});

restated('not across another clause', () => {
  const text = 'Mayor Ada Okafor spoke.\nOkafor said the board met, and later she recalled thinking, “This is new.”';
  assert.equal(summaryOf(text)[0]![3], 'she');
});

restated.run();
