import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quotesOf, summaryOf } from './quotes.ts';

const kinds = suite('findQuotes: kinds and continuations');

kinds('splits a quote around its attribution; the second piece continues it', () => {
  const text = 'Elon Musk spoke.\n“The hell with it,” Mr Musk tweeted. “We’ll just keep funding it.”';
  assert.equal(summaryOf(text), [
    ['The hell with it,', 'direct', 'Elon Musk', 'Mr Musk', 'tweeted'],
    ['We’ll just keep funding it.', 'continuation', 'Elon Musk', 'Mr Musk', null],
  ]);
});

kinds('continues across the attribution sentence: “X,” he told reporters. “Y.”', () => {
  const text = '“Give him time,” Senator Ann Tolliver told reporters in Leeds. “He is a decent man.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[2]]), [['direct', 'Ann Tolliver'], ['continuation', 'Ann Tolliver']]);
});

kinds('a paragraph that is only a quote continues the quote before it', () => {
  const text = '“This was bad,” the senior defence official said.\n“And we were, like, oh dear.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[2]]), [['direct', 'senior defence official'], ['continuation', 'senior defence official']]);
});

kinds('a paragraph that is only a quote does not continue past a sentence of the reporter’s', () => {
  const text = 'Ada Okafor called the delay “deeply regrettable.” The council meets again in May.\n“We will not give up.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[3]]), [['fragment', 'Ada Okafor'], ['direct', null]]);
  const said = '“It is regrettable,” Ada Okafor said on Monday at the council.\n“We will not give up.”';
  assert.equal(summaryOf(said).map((q) => [q[1], q[3]]), [['direct', 'Ada Okafor'], ['continuation', 'Ada Okafor']]);
});

kinds('a quote after the reporter’s own sentence gets no speaker', () => {
  const text = '“This was bad,” Mr Kahl said.\nThe talks went on for weeks.\n“Nothing changed.”';
  assert.equal(summaryOf(text)[1]!.slice(1, 3), ['direct', null]);
});

kinds('a nested quote belongs to whoever the outer quote says said it', () => {
  const text = 'Elon Musk said he called.\n“Three minutes before he said, ‘I had this great conversation’,” the official said.';
  const quotes = quotesOf(text);
  assert.equal(quotes.map((q) => [q.id, q.kind, q.parent, q.speaker?.name ?? null]), [
    ['q1', 'direct', null, 'official'],
    ['q2', 'nested', 'q1', 'Elon Musk'],
  ]);
});

kinds('ids follow text order and sentences are 0-based', () => {
  const quotes = quotesOf('It began.\nHe said “one” and “two”.');
  assert.equal(quotes.map((q) => [q.id, q.sentence]), [['q1', 1], ['q2', 1]]);
});

const placed = suite('findQuotes: attributions placed away from the quote');

placed('a second fragment of the sentence has the speaker of the first', () => {
  const text = 'Mayor Ada Okafor said the bridge was “too narrow” and the tunnel “far too dear.”';
  assert.equal(summaryOf(text).map((q) => [q[0], q[3]]), [['too narrow', 'Mayor Ada Okafor'], ['far too dear.', 'Mayor Ada Okafor']]);
});

placed('a verb that shares the first fragment’s subject lets the second borrow its speaker', () => {
  const text = 'Mayor Ada Okafor spoke.\nThough she called the bank’s conduct “outrageous” and called for pay to be “clawed back”, Okafor kept her comments short.';
  assert.equal(summaryOf(text).map((q) => q[3]), ['she', 'she']);
});

placed('a verb between two fragments stops the second from borrowing the speaker', () => {
  const text = 'Ada Okafor said the bridge was “too narrow” but Colm Healy called the tunnel “far too dear.”';
  assert.equal(summaryOf(text).map((q) => q[3]), ['Ada Okafor', 'Colm Healy']);
});

placed('a question mark ends the sentence; the attribution after it still counts', () => {
  const text = 'The hall was full.\n“Who pays for it?” Colm Healy asked. “Nobody knows.”';
  assert.equal(summaryOf(text).map((q) => [q[1], q[3]]), [['direct', 'Colm Healy'], ['continuation', 'Colm Healy']]);
});

placed('after a full stop, only a bare attribution of a few words counts', () => {
  const text = 'The hall was full.\n“It is done.” Colm Healy said. “Done.”';
  assert.equal(summaryOf(text)[0]![3], 'Colm Healy');
  const reported = 'The hall was full.\n“It is done.” Colm Healy said the ferry company would close the pier next spring after the storms.';
  assert.equal(summaryOf(reported)[0]!.slice(1, 4), ['direct', null, null]);
});

placed('an attribution that closes the sentence after more of the reporter’s words', () => {
  const text = 'The vote was close.\n“We are delighted” with the result, said Ada Okafor, the festival director.';
  assert.equal(summaryOf(text)[0]!.slice(2, 5), ['Ada Okafor', 'Ada Okafor', 'said']);
  const left = 'The vote was close.\nThe “new rules” were unfair, Ada Okafor said on Tuesday.';
  assert.equal(summaryOf(left)[0]![3], 'Ada Okafor');
});

placed('a clause after the quote that is not an attribution gives no speaker', () => {
  const text = 'The vote was close.\nThe “new rules” were unfair to the towns that Ada Okafor said she would visit soon and often.';
  assert.equal(summaryOf(text)[0]![3], null);
});

placed('two appositions between the name and the verb', () => {
  const text = '“It is a start,” Ada Okafor, the mayor of Tilbury, one of the towns in the suit, said on Monday.';
  assert.equal(summaryOf(text)[0]![3], 'Ada Okafor');
});

placed('a name signed after a dash that ends the paragraph', () => {
  const text = 'Readers wrote in.\n“The pier must stay open.” ― Colm D. Healy\n“I disagree.” — Ada Okafor.';
  assert.equal(summaryOf(text).map((q) => q[3]), ['Colm D. Healy', 'Ada Okafor']);
});

placed('a dash in mid-sentence is no signature', () => {
  const text = 'Readers wrote in.\n“The pier must stay open” — Colm Healy and others disagree.';
  assert.equal(summaryOf(text)[0]![3], null);
});

placed('a fragment’s own attribution right after it outranks the verb of its clause', () => {
  const text = 'Ada Okafor said the plan was “not enough,” her aide Colm Healy said.';
  assert.equal(summaryOf(text)[0]![3], 'her aide Colm Healy');
});

placed('the next quote with its own attribution later in the sentence is no continuation', () => {
  const text = '“This is wrong,” Ada Okafor said. “You cut the budget” to pay for the bridge, Colm Healy said.';
  assert.equal(summaryOf(text).map((q) => [q[1], q[3]]), [['direct', 'Ada Okafor'], ['direct', 'Colm Healy']]);
});

placed('“it” names the speaker in the attribution, but not who it is', () => {
  const text = 'The Tilbury Courier covered the vote.\n“The pier stays,” it wrote.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), [null, 'it']);
});

placed('a surname that opens with its particle', () => {
  const text = 'The mayor spoke after Ada Okafor.\nMayor Luc de Wael arrived late. “We are ready,” de Wael said.';
  assert.equal(summaryOf(text)[0]![3], 'de Wael');
});

placed('a fragment with no speech verb: the subject after an opening adverbial', () => {
  const text = 'Mayor Ada Okafor spoke in June. At the rally on Monday, Okafor dismissed the plan as “a costly mistake” again.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Okafor']);
});

placed('an opening adverbial before a subject nobody named as a person gives no speaker', () => {
  const text = 'At the rally on Monday, Tilbury Harbour waved away the plan as “a costly mistake” again.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), [null, null]);
});

placed('an opening word is left out of the subject; a list of two gives no speaker', () => {
  const text = 'Mayor Ada Okafor said on Monday she would run. But Okafor dismissed the plan as “a costly mistake” again.';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Okafor']);
  const both = 'Mayor Ada Okafor said on Monday she would run. Both Okafor and Healy waved away the plan as “a costly mistake” again.';
  assert.equal(summaryOf(both)[0]!.slice(2, 4), [null, null]);
});

placed('a new paragraph’s quote followed by an attribution we cannot read is no continuation', () => {
  const text = '“The pier is closed,” Ada Okafor said.\n“The pier will always be open,” an angry harbourmaster bristled.';
  assert.equal(summaryOf(text).map((q) => [q[1], q[3]]), [['direct', 'Ada Okafor'], ['direct', null]]);
});

placed('a colon that names no one: the subject of its sentence', () => {
  const text = 'Ada Okafor spoke.\nMayor Ada Okafor is rolling out a new and more personal message: “It is about me.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), ['Ada Okafor', 'Mayor Ada Okafor']);
  const nobody = 'Ada Okafor spoke.\nThe harbour board is rolling out a new and more personal message: “It is about us.”';
  assert.equal(summaryOf(nobody)[0]!.slice(2, 4), [null, null]);
});

placed('a fragment’s subject pronoun stands even when nobody is found for it', () => {
  assert.equal(summaryOf('He rails against the “great wall” of the port.')[0]!.slice(2, 4), [null, 'He']);
  assert.equal(summaryOf('It rails against the “great wall” of the port.')[0]!.slice(2, 4), [null, null]);
  assert.equal(summaryOf('Although the fund named no plan, it referenced “political tensions” in rich towns.')[0]!.slice(2, 4), [null, 'it']);
  assert.equal(summaryOf('Although the fund named no plan, it is a “political tension” in rich towns.')[0]!.slice(2, 4), [null, null]);
});

placed('“what she calls”: the sentence’s subject names the speaker when it is the same person', () => {
  const text = 'Mayor Ada Okafor spoke.\nOkafor has railed against what she calls the “harbour cartel” for years.';
  assert.equal(summaryOf(text)[0]!.slice(2, 5), ['Ada Okafor', 'Okafor', 'calls']);
  const other = 'Mayor Ada Okafor spoke.\nColm Healy has railed against what she calls the “harbour cartel” for years.';
  assert.equal(summaryOf(other)[0]!.slice(2, 4), ['Ada Okafor', 'she']);
});

placed('a colon after a “that” clause gives that clause’s subject, not the sentence’s', () => {
  const text = 'Mayor Ada Okafor spoke.\nShe became so upset that Colm Healy had to change his answer: “Of course I agree.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), [null, null]);
  const relative = 'Mayor Ada Okafor spoke.\nOkafor shared a message from her adviser that read: “The pier stays.”';
  assert.equal(summaryOf(relative)[0]!.slice(2, 4), ['Ada Okafor', 'Okafor']);
});

placed('a colon after a name we do not know does not fall back to the sentence’s subject', () => {
  const text = 'Mayor Ada Okafor spoke.\nOkafor’s ferry plan drew fire - Harbourwatch: “The plan is a mess.”';
  assert.equal(summaryOf(text)[0]!.slice(2, 4), [null, null]);
});

placed('a possessor is no subject: “Okafor’s campaign manager was asked”', () => {
  const text = 'Mayor Ada Okafor spoke.\nWhen Colm Healy, Okafor’s campaign manager was asked about the pier, he laughed and said, “We’ll see.”';
  assert.not.equal(summaryOf(text)[0]![3], 'Okafor’s');
});

placed('a lower-case description before a two-word name', () => {
  const text = '“We will appeal,” said retired Navy Cmdr. Ada Okafor, who led the campaign.';
  assert.equal(summaryOf(text)[0]![3], 'retired Navy Cmdr. Ada Okafor');
});

placed('a verb before a name is no speaker phrase', () => {
  const text = 'The plan was “a disaster” praising Colm Healy.';
  assert.equal(summaryOf(text)[0]![3], null);
});

const robust = suite('findQuotes: any input');

robust('returns [] for text without quotes or sentences', () => {
  assert.equal(quotesOf(''), []);
  assert.equal(quotesOf('No quotes here.'), []);
});

robust('never throws on stray marks', () => {
  quotesOf('“ ” " ‘ ’ \' “unclosed\n”');
});

kinds.run();
placed.run();
robust.run();
