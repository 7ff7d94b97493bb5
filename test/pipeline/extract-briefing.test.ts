// Whole articles: the seed article against its hand-made gold, and every fixture article
// against its golden extraction (regenerate with `npm run golden`, review the diff).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { extractBriefing } from '../../src/pipeline/extract-briefing.ts';
import { FIXTURES, fixtureArticles, goldenRecord } from '../../scripts/update-golden.ts';

interface Gold {
  people: { name: string; aliases: string[] }[];
  notPeople: string[];
  quotes: { starts: string; speaker: string; alsoAccept?: string[] }[];
  dates: { text: string; value: string | null; acceptValues?: string[] }[];
  durations: { text: string; value: string }[];
}

const gold = JSON.parse(readFileSync(join(FIXTURES, 'musk-putin-starlink.gold.json'), 'utf8')) as Gold;
const text = readFileSync(join(FIXTURES, 'musk-putin-starlink.txt'), 'utf8');
const x = extractBriefing(text, { published: '2023-08-22' });

const seed = suite('extractBriefing: the seed article against its gold');

seed('finds exactly the three people, aliases grouped', () => {
  assert.equal(x.people.map((p) => p.name).sort(), gold.people.map((p) => p.name).sort());
  for (const g of gold.people) {
    const p = x.people.find((q) => q.name === g.name)!;
    for (const alias of g.aliases) assert.ok(p.aliases.includes(alias), `${g.name} lacks alias ${alias}`);
  }
});

seed('lists no organisation, publication or place as a person', () => {
  const names = x.people.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
  for (const not of gold.notPeople) assert.not.ok(names.includes(not.toLowerCase()), `${not} listed as a person`);
});

seed('gives at least 9 of the 10 quotes to the right speaker', () => {
  let right = 0;
  for (const g of gold.quotes) {
    const q = x.quotes.find((y) => y.text.startsWith(g.starts));
    const accepted = [g.speaker, ...(g.alsoAccept ?? [])].map((s) => s.toLowerCase());
    if (q?.speaker && accepted.some((a) => q.speaker!.name.toLowerCase().includes(a))) right++;
  }
  assert.ok(right >= 9, `${right} of 10 quotes right`);
});

seed('resolves the three calendar dates exactly and invents none', () => {
  for (const g of gold.dates) {
    const t = x.temporal.find((y) => y.text === g.text || (g.text.startsWith(y.text) && y.text.length > 4));
    if (g.value) {
      assert.ok(t, `missing ${g.text}`);
      assert.is(t!.value, g.value, g.text);
    } else if (t) {
      assert.ok(t.value === null || (g.acceptValues ?? []).includes(t.value), `${g.text} given invented date ${t.value}`);
    }
  }
});

seed('normalises the durations', () => {
  for (const g of gold.durations) {
    const t = x.temporal.find((y) => y.text === g.text);
    assert.ok(t, `missing ${g.text}`);
    assert.is(t!.value, g.value, g.text);
  }
});

seed('keeps every offset true to the text', () => {
  const spans = [
    ...x.sentences, ...x.people.flatMap((p) => [...p.mentions, ...p.roles, ...p.descriptors]), ...x.quotes,
    ...x.quotes.flatMap((q) => [q.speakerMention, q.cue].filter((s) => s !== null)), ...x.temporal, ...x.chronology.map((c) => c.what),
  ];
  for (const s of spans) assert.is(text.slice(s.start, s.end), s.text);
});

seed.run();

const golden = suite('extractBriefing: golden fixtures');
for (const name of fixtureArticles()) {
  golden(name, () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'golden', name.replace(/\.(md|txt)$/, '.json')), 'utf8')) as unknown;
    assert.equal(goldenRecord(name), expected);
  });
}
golden.run();
