import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { applyCorrections, sameOpening } from '../../src/annotations/apply-corrections.ts';
import type { Extraction, Person, Quote } from '../../src/pipeline/types.ts';
import { splitSentences } from '../../src/pipeline/sentences/split-sentences.ts';

const text = '“We stay,” Jane Roe said. Roe met Acme Corp. “Fine,” Acme said. The chief agreed.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s, sentence: splitSentences(text).findIndex((x) => x.start <= start && start < x.end) };
};
const person = (id: string, name: string, mentions: ReturnType<typeof span>[]): Person => ({ id, name, aliases: [name], mentions, roles: [], descriptors: [] });
const quote = (id: string, s: string, speaker: Quote['speaker']): Quote => ({
  ...span(s), id, kind: 'direct', speaker, speakerMention: null, cue: null, addressee: null, parent: null,
});
const extraction: Extraction = {
  text, published: null, sentences: splitSentences(text),
  people: [person('jane-roe', 'Jane Roe', [span('Jane Roe')]), person('roe', 'Roe', [span('Roe', 20)]), person('acme', 'Acme', [span('Acme', 40)])],
  organisations: [], unnamed: [],
  quotes: [quote('q1', 'We stay,', { kind: 'person', id: 'jane-roe', name: 'Jane Roe' }), quote('q2', 'Fine,', { kind: 'person', id: 'acme', name: 'Acme' })],
  temporal: [], chronology: [], summary: [],
};

const correct = suite('applyCorrections');

correct('renames a person everywhere and flags them', () => {
  const out = applyCorrections(extraction, { people: { 'Jane Roe': { name: 'Jane Q. Roe' } } }, 'a.yaml');
  const jane = out.extraction.people.find((p) => p.name === 'Jane Q. Roe')!;
  assert.is(jane.id, 'jane-q-roe');
  assert.ok(jane.aliases.includes('Jane Roe'));
  assert.equal(out.extraction.quotes[0]!.speaker, { kind: 'person', id: 'jane-q-roe', name: 'Jane Q. Roe' });
  assert.ok(out.editedPeople.has('jane-q-roe'));
  assert.equal(out.warnings, []);
});

correct('merges one person into another', () => {
  const out = applyCorrections(extraction, { people: { Roe: { merge: 'Jane Roe' } } }, 'a.yaml');
  assert.equal(out.extraction.people.map((p) => p.id), ['jane-roe', 'acme']);
  assert.is(out.extraction.people[0]!.mentions.length, 2);
});

correct('hides a false positive, keeping its quote as an organisation’s', () => {
  const out = applyCorrections(extraction, { people: { Acme: { hide: true } } }, 'a.yaml');
  assert.not.ok(out.extraction.people.some((p) => p.name === 'Acme'));
  assert.equal(out.extraction.quotes[1]!.speaker, { kind: 'organisation', id: 'org-acme', name: 'Acme' });
});

correct('links an alias’s mentions to the person', () => {
  const out = applyCorrections(extraction, { people: { 'Jane Roe': { aliases: ['the chief'] } } }, 'a.yaml');
  const jane = out.extraction.people[0]!;
  assert.ok(jane.mentions.some((m) => m.text === 'The chief'));
});

correct('fixes a quote’s speaker and hides another', () => {
  const out = applyCorrections(extraction, { quotes: [{ opening: 'we stay', speaker: 'Roe' }, { opening: '“Fine', hide: true }] }, 'a.yaml');
  assert.equal(out.extraction.quotes.map((q) => q.id), ['q1']);
  assert.equal(out.extraction.quotes[0]!.speaker, { kind: 'person', id: 'roe', name: 'Roe' });
  assert.ok(out.editedQuotes.has('q1'));
});

correct('warns about what it cannot apply and changes nothing for it', () => {
  const out = applyCorrections(extraction, { people: { Nobody: { hide: true } }, quotes: [{ opening: 'Never said', hide: true }] }, 'a.yaml');
  assert.equal(out.warnings, [
    'a.yaml: people: no person "Nobody" in the extraction; the correction is kept but not applied',
    'a.yaml: quotes: no quote opens with "Never said"; the correction is kept but not applied',
  ]);
  assert.is(out.extraction.people.length, 3);
});

correct('never changes the extraction it is given', () => {
  const before = JSON.stringify(extraction);
  applyCorrections(extraction, { people: { Roe: { merge: 'Jane Roe' }, Acme: { hide: true } }, quotes: [{ opening: 'We', speaker: 'X' }] }, 'a.yaml');
  assert.is(JSON.stringify(extraction), before);
});

const opening = suite('sameOpening');
opening('ignores case, quote marks and apostrophe styles', () => {
  assert.ok(sameOpening('It doesn’t end the war', "it doesn't"));
  assert.ok(sameOpening('“Well, I had', 'Well, I'));
  assert.not.ok(sameOpening('Well, I had', 'I had'));
});

correct.run();
opening.run();
