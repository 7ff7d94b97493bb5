import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { nestMarks, type Mark } from '../../src/site/source-nodes.ts';
import type { SourceNode } from '../../src/site/site-types.ts';

const mark = (start: number, end: number, kind: Mark['mark'], rank: number, id: string | null = null): Mark => ({
  start, end, mark: kind, id, href: null, title: kind, datetime: null, rank,
});

/** The text of nodes, read in order: must equal the stretch they cover. */
const flat = (nodes: readonly SourceNode[]): string => nodes.map((n) => ('text' in n ? n.text : flat(n.children))).join('');

const nest = suite('nestMarks');
const text = '“I spoke to Putin,” Musk said.';

nest('nests a name inside a quote and keeps all the text', () => {
  const nodes = nestMarks(text, 0, text.length, [mark(12, 17, 'person', 1), mark(1, 17, 'quote', 0, 'q1'), mark(20, 24, 'person', 1)]);
  assert.is(flat(nodes), text);
  const quote = nodes[1] as Extract<SourceNode, { mark: string }>;
  assert.is(quote.mark, 'quote');
  assert.is(quote.id, 'q1');
  assert.equal(quote.children.map((c) => ('text' in c ? c.text : `[${c.mark}]`)), ['I spoke to ', '[person]']);
});

nest('clips marks to the stretch and drops the id of a continued piece', () => {
  const nodes = nestMarks(text, 5, 20, [mark(1, 17, 'quote', 0, 'q1')]);
  assert.is(flat(nodes), text.slice(5, 20));
  assert.is((nodes[0] as { id: string | null }).id, null);
});

nest('cuts a mark that crosses the end of its parent', () => {
  const nodes = nestMarks(text, 0, text.length, [mark(1, 17, 'quote', 0), mark(12, 24, 'person', 1)]);
  assert.is(flat(nodes), text);
});

nest('with no marks gives the plain text', () => {
  assert.equal(nestMarks(text, 0, 4, []), [{ text: text.slice(0, 4) }]);
});

nest.run();
