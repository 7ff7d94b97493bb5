import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSpeakerGraph } from '../../src/site/speaker-graph.ts';

const graph = suite('buildSpeakerGraph');
const kahl = { key: 'person:colin-kahl', name: 'Colin Kahl' };
const musk = { key: 'person:elon-musk', name: 'Elon Musk' };
const putin = { key: 'person:vladimir-putin', name: 'Vladimir Putin' };

graph('draws one arrow per pair and says what it shows', () => {
  const g = buildSpeakerGraph([
    { from: kahl, to: musk, kind: 'to' },
    { from: kahl, to: musk, kind: 'about' },
    { from: kahl, to: musk, kind: 'about' },
    { from: musk, to: putin, kind: 'about' },
  ])!;
  assert.is(g.nodes.length, 3);
  assert.is(g.edges.length, 3);
  assert.equal(g.sentences, [
    'Colin Kahl speaks to Elon Musk (1 quote).',
    'Colin Kahl speaks about Elon Musk (2 quotes).',
    'Elon Musk speaks about Vladimir Putin (1 quote).',
  ]);
  assert.ok(g.nodes.find((n) => n.key === putin.key)!.speaks === false);
});

graph('draws nothing when nobody speaks to or about anyone else', () => {
  assert.is(buildSpeakerGraph([]), null);
  assert.is(buildSpeakerGraph([{ from: musk, to: musk, kind: 'about' }]), null);
});

graph.run();
