// The extraction pipeline: article text in, typed Extraction out. Pure: no I/O, no globals.
// Stages run in this order because each reads what the ones before it found.
import type { ExtractOptions, Extraction } from './types.ts';
import { splitSentences } from './sentences/split-sentences.ts';
import { findEntities } from './people/find-entities.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { findTemporal } from './temporal/find-temporal.ts';
import { buildChronology } from './chronology/build-chronology.ts';
import { summarise } from './summary/summarise.ts';

export function extractBriefing(text: string, options: ExtractOptions): Extraction {
  // Sentences first: every later item records the sentence that holds it.
  const sentences = splitSentences(text);
  // People, organisations and unnamed sources before quotes: speakers resolve to them.
  const entities = findEntities(text, sentences);
  const quotes = findQuotes(text, sentences, entities);
  const temporal = findTemporal(text, sentences, options.published);
  // The chronology ties each date to the people and event of its clause.
  const chronology = buildChronology(text, sentences, temporal, entities.people);
  // The summary weighs sentences by what the other stages found in them.
  const summary = summarise({ sentences, people: entities.people, quotes, temporal });
  return {
    text,
    published: options.published,
    sentences,
    people: entities.people,
    organisations: entities.organisations,
    unnamed: entities.unnamed,
    quotes,
    temporal,
    chronology,
    summary,
  };
}
