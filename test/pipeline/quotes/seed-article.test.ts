import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quotesOf } from './quotes.ts';

interface GoldQuote { starts: string; speaker: string; alsoAccept?: string[]; cue?: string; kind?: string; addressee?: string }

const fixtures = new URL('../../fixtures/', import.meta.url);
const text = readFileSync(new URL('musk-putin-starlink.txt', fixtures), 'utf8');
const gold = JSON.parse(readFileSync(new URL('musk-putin-starlink.gold.json', fixtures), 'utf8')) as { quotes: GoldQuote[] };
const quotes = quotesOf(text);

const test = suite('findQuotes: the seed article');

/** "the Pentagon" names the organisation "Pentagon"; "senior defence official" the source described so. */
const sameSpeaker = (name: string, gold: string): boolean => {
  const a = name.toLowerCase().replace(/^the /, '');
  const b = gold.toLowerCase().replace(/^the /, '');
  return a === b || (b.split(' ').every((w) => a.includes(w) || w === 'defence') && a.length > 0);
};

for (const g of gold.quotes) {
  test(`“${g.starts}…”`, () => {
    const q = quotes.find((x) => x.text.startsWith(g.starts));
    assert.ok(q, 'detected');
    const name = q!.speaker?.name ?? '';
    assert.ok(sameSpeaker(name, g.speaker) || (g.alsoAccept ?? []).some((a) => sameSpeaker(name, a)), `speaker ${name} for ${g.speaker}`);
    if (g.cue) assert.is(q!.cue?.text, g.cue);
    if (g.kind) assert.is(q!.kind, g.kind);
    if (g.addressee) assert.is(q!.addressee?.name, g.addressee);
  });
}

test('the nested quote names its parent', () => {
  const nested = quotes.find((q) => q.text.startsWith('Well, I had'))!;
  const parent = quotes.find((q) => q.text.startsWith('This was, like'))!;
  assert.is(nested.parent, parent.id);
});

test('the apostrophes are no quote marks', () => {
  assert.not.ok(quotes.some((q) => q.text.startsWith('s involvement') || q.text.startsWith('t end')));
});

test.run();
