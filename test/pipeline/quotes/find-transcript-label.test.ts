import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summaryOf } from './quotes.ts';

const label = suite('findTranscriptLabel (through findQuotes)');

label('a capitals label in the marks names the speaker, not the quote before', () => {
  const text = 'The debate went on.\n“HEALY: Why now?” the host asked.\n“OKAFOR: Well, the ferry has to run.”';
  const quotes = summaryOf(text);
  assert.equal(quotes.map((q) => [q[1], q[3]]), [['direct', 'HEALY'], ['direct', 'OKAFOR']]);
});

label('the label resolves to a person the text knows', () => {
  const text = 'Mayor Ada Okafor spoke to the host.\n“OKAFOR: The ferry has to run.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'OKAFOR']);
});

label('no label: a headline word, one letter, or words in lower case', () => {
  for (const words of ['UPDATE: The ferry runs.', 'Q: Does the ferry run?', 'Okafor said: the ferry runs.']) {
    assert.is(summaryOf(`The host spoke.\n“${words}”`)[0]![3], null, words);
  }
});

label.run();
