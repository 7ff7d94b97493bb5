import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isHeading } from '../../../src/pipeline/summary/is-heading.ts';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';

const heading = suite('isHeading');
const headings = (text: string) => {
  const sentences = splitSentences(text);
  return sentences.filter((s) => isHeading(s, sentences)).map((s) => s.text);
};

heading('finds a title line above the first paragraph', () => {
  assert.equal(headings('Council backs new school budget\n\nThe council approved the budget on Tuesday. Critics objected.'), ['Council backs new school budget']);
});

heading('finds a cross-heading between paragraphs', () => {
  assert.equal(headings('The council approved the budget.\n\nWhat happens next\n\nA vote follows in May.'), ['What happens next']);
});

heading('leaves out a one-sentence paragraph that ends as a sentence does', () => {
  assert.equal(headings('The council approved the budget.\n\n"We are delighted," she said.\n\nIs this the end?'), []);
});

heading('leaves out an unpunctuated line inside a paragraph of sentences', () => {
  assert.equal(headings('The council approved the budget. Critics objected. A vote follows'), []);
});

heading.run();
