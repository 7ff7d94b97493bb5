import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findNameRuns } from '../../../src/pipeline/people/find-name-runs.ts';
import { splitNameRun } from '../../../src/pipeline/people/split-name-run.ts';
import { tokenizeWords } from '../../../src/pipeline/people/tokenize-words.ts';

const candidates = (text: string) => findNameRuns(text, tokenizeWords(text)).flatMap((r) => splitNameRun(text, r));

const test = suite('splitNameRun');

test('sets a title apart from the name', () => {
  const [c] = candidates('Mr Musk tweeted.');
  assert.is(c!.text, 'Musk');
  assert.is(c!.start, 3);
  assert.is(c!.prefix?.text, 'Mr');
  assert.ok(c!.honorific);
});

test('sets a role premodifier apart: "NASA Administrator Charles Bolden"', () => {
  const [c] = candidates('NASA Administrator Charles Bolden said.');
  assert.is(c!.text, 'Charles Bolden');
  assert.is(c!.prefix?.text, 'NASA Administrator');
});

test('ends a premodifier at a title whatever names the office: "Security Council President Tono Eitel"', () => {
  const [a] = candidates('Palestinian President Yusra Haddad spoke.');
  assert.is(a!.text, 'Yusra Haddad');
  assert.is(a!.prefix?.text, 'Palestinian President');
  const [b] = candidates('Security Council President Tono Eitel spoke.');
  assert.is(b!.text, 'Tono Eitel');
  assert.is(b!.start, 'Security Council President '.length);
});

test('keeps a firm or a suffix after a title whole: "Minister Office Holdings", "King Jr"', () => {
  assert.equal(candidates('Grand Minister Office Holdings rose.').map((c) => c.text), ['Grand Minister Office Holdings']);
  assert.equal(candidates('Larry King Now aired.').map((c) => c.text), ['Larry King Now']);
  assert.equal(candidates('Martin Luther King Jr spoke.').map((c) => c.text), ['Martin Luther King Jr']);
});

test('sets a hyphenated rank apart: "Lieutenant-Colonel Ada Okafor", not "Ann-Marie Okafor"', () => {
  const [c] = candidates('Lieutenant-Colonel Ada Okafor spoke.');
  assert.is(c!.text, 'Ada Okafor');
  assert.is(c!.prefix?.text, 'Lieutenant-Colonel');
  assert.equal(candidates('Ann-Marie Okafor spoke.').map((x) => x.text), ['Ann-Marie Okafor']);
});

test('reads "A." and "I." before a name as initials, not "a" and "I"', () => {
  const c = candidates('Bowling: A. Okonkwo 4-37, I. Brandt 2-20.');
  assert.equal(c.map((x) => [x.start, x.text]), [[0, 'Bowling'], [9, 'A. Okonkwo'], [26, 'I. Brandt']]);
});

test('still drops a capitalised "A" or "I" that opens a sentence', () => {
  assert.equal(candidates('A Okonkwo win was expected.').map((c) => c.text), ['Okonkwo']);
  assert.equal(candidates('I Brandt, said the note.').map((c) => c.text), ['Brandt']);
});

test('reads "Jan" before a name as a first name, and "Jan." or "Jan 5" as a month', () => {
  assert.equal(candidates('Goalkeeper Jan Novotny saved twice.').map((c) => c.text), ['Jan Novotny']);
  assert.not.ok(candidates('The vote on Jan. 5 failed, Mr Novotny said.').some((c) => c.text.startsWith('Jan')));
  assert.not.ok(candidates('On Jan 5 Mr Novotny resigned.').some((c) => c.text.startsWith('Jan')));
});

test('keeps "Secretary of State" out of the name', () => {
  const [c] = candidates('Secretary of State John Kerry flew.');
  assert.is(c!.text, 'John Kerry');
  assert.is(c!.prefix?.text, 'Secretary of State');
});

test('does not cut "General" off "General Motors"', () => {
  const [c] = candidates('General Motors said.');
  assert.is(c!.text, 'General Motors');
  assert.is(c!.prefix, null);
});

test('drops a function word that opens the run', () => {
  assert.equal(candidates('But Putin denied it.').map((c) => c.text), ['Putin']);
});

test('keeps a capitalised word inside a name: "Daniel Such"', () => {
  assert.equal(candidates('after Daniel Such bowled').map((c) => c.text), ['Daniel Such']);
});

test('drops calendar words but keeps "Theresa May"', () => {
  assert.equal(candidates('in Asia Monday, Theresa May said').map((c) => c.text), ['Asia', 'Theresa May']);
});

test('leaves the possessive out', () => {
  const [c] = candidates('Starlink was Elon Musk’s idea.');
  assert.equal(candidates('Starlink was Elon Musk’s idea.').map((x) => x.text), ['Starlink', 'Elon Musk']);
  assert.ok(c);
});

test.run();

const opening = suite('splitNameRun: openings');

opening('never opens a name with a lower-case particle', () => {
  assert.equal(candidates('What do I know?').map((c) => c.text), []);
});

opening.run();

const nationality = suite('splitNameRun: nationalities');

nationality('sets a nationality before a given name apart', () => {
  const [c] = candidates('Canadian Tom Hadley took six wickets.');
  assert.is(c!.text, 'Tom Hadley');
  assert.is(c!.prefix?.text, 'Canadian');
});

nationality('leaves a given name ending like a nationality alone', () => {
  assert.equal(candidates('Brian Tom Smith spoke.').map((c) => c.text), ['Brian Tom Smith']);
});

nationality.run();
