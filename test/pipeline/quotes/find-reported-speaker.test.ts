import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summaryOf } from './quotes.ts';

const reported = suite('findReportedSpeaker (through findQuotes)');

reported('a quote after a report that closes on its attribution', () => {
  const text = 'The ferry may stop in May, Ada Okafor said. “Nobody wants that.”';
  assert.equal(summaryOf(text)[0]!.slice(1, 5), ['direct', 'Ada Okafor', 'Ada Okafor', 'said']);
});

reported('a quote after a report that opens with its speaker', () => {
  const text = 'In a statement, Ada Okafor said on Monday that the ferry may stop. “Nobody wants that.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Ada Okafor']);
});

reported('no speaker when the report has two speech verbs', () => {
  const text = 'Ada Okafor said Colm Healy told voters a lie. “I never lied.”';
  assert.is(summaryOf(text)[0]![3], null);
});

reported('no speaker across a paragraph, a sentence of the reporter’s, or from a report without a verb', () => {
  assert.is(summaryOf('The ferry may stop, Ada Okafor said.\n“Nobody wants that.”')[0]![3], null);
  assert.is(summaryOf('The ferry may stop, Ada Okafor said. The pier is old. “Nobody wants that.”')[0]![3], null);
  assert.is(summaryOf('The ferry may stop in May. “Nobody wants that.”')[0]![3], null);
});

reported('the attribution of the quote before is no report', () => {
  const text = 'The host pressed on.\n“Are you sure?” Ada Okafor said. “Very sure,” Colm Healy repeated.';
  assert.is(summaryOf(text)[1]![3], null);
});

reported.run();
