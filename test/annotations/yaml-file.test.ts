import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseYamlFile } from '../../src/annotations/yaml-file.ts';
import { AnnotationSchema } from '../../src/annotations/annotation-schema.ts';

const yaml = suite('parseYamlFile with the annotation schema');
const parse = (source: string) => parseYamlFile('a.annotations.yaml', source, AnnotationSchema);
const fails = (source: string, message: string) =>
  assert.throws(() => parse(source), (e: Error) => {
    assert.is(e.message, message);
    return true;
  });

yaml('reads a full annotation file', () => {
  const a = parse([
    'title: T', 'published: 2023-08-22', 'people:', '  Elon Musk:', '    role: Founder', '    aliases: [the billionaire]',
    '  SpaceX:', '    hide: true', 'quotes:', '  - opening: "The hell"', '    speaker: Elon Musk',
    'notes:', '  - exact: a former official', '    note: "*Who*?"', 'chronology:', '  - date: 2022-10-03', '    what: A tweet',
  ].join('\n'));
  assert.is(a.people?.['SpaceX']?.hide, true);
  assert.is(a.chronology?.[0]?.date, '2022-10-03');
});

yaml('names the line of a bad value', () => {
  fails('title: T\npublished: 2023-02-30\n', 'a.annotations.yaml:2: `published`: is not a calendar date');
  fails('people:\n  Elon Musk:\n    hide: yes please\n', 'a.annotations.yaml:3: `people.Elon Musk.hide`: Invalid input: expected boolean, received string');
});

yaml('names an unknown key, as a likely typo', () => {
  fails('people:\n  Elon Musk:\n    rol: Founder\n', 'a.annotations.yaml:3: `people.Elon Musk.rol`: unknown key (a typo?)');
  fails('title: T\ntitel: T\n', 'a.annotations.yaml:2: `titel`: unknown key (a typo?)');
});

yaml('says what a quote or chronology edit lacks', () => {
  fails('quotes:\n  - opening: "The hell"\n', 'a.annotations.yaml:2: `quotes.0`: expected `speaker` or `hide`');
  fails('chronology:\n  - what: Something\n', 'a.annotations.yaml:2: `chronology.0`: a new entry needs `date` and `what` (or give `expression` to correct an entry)');
});

yaml('reports broken YAML with its line', () => {
  assert.throws(() => parse('notes:\n  - exact: "unclosed\n'), (e: Error) => /^a\.annotations\.yaml:\d+: is not valid YAML \(/.test(e.message));
});

yaml.run();
