// The chronology stage: one entry per date or time that places an event, with the event phrase
// from its clause, the people the clause names, and a sort order. Event-relative expressions
// ("later", "at the time") hang on the entry they refer to instead of getting a date.
import type { ChronologyEntry, Person, Sentence, TemporalMention } from '../types.ts';
import { REPORTING_WORDS } from './constants.ts';
import { findClausePeople, indexMentions } from './find-clause-people.ts';
import { findEventPhrase } from './find-event-phrase.ts';
import { splitClauses, type Clause } from './find-clause.ts';
import { orderEntries } from './order-entries.ts';
import { relateEntries } from './relate-entries.ts';
import { selectEventDates } from './select-event-dates.ts';
import { flatMap } from '../flat-map.ts';

export function buildChronology(
  text: string,
  sentences: readonly Sentence[],
  temporal: readonly TemporalMention[],
  people: readonly Person[],
): ChronologyEntry[] {
  try {
    return build(text, sentences, temporal, people);
  } catch {
    // A broken input contract upstream must not take the briefing down with it.
    return [];
  }
}

/** Characters around a date in which a reporting word makes it the date of a report. */
const REPORT_WINDOW = 200;

function build(text: string, sentences: readonly Sentence[], temporal: readonly TemporalMention[], people: readonly Person[]): ChronologyEntry[] {
  const chosen = selectEventDates(sentences, temporal).sort((a, b) => a.start - b.start);
  const clauses = new Map<number, Clause[]>();
  const mentions = indexMentions(people);
  const drafts = flatMap(chosen, (t, i) => {
    const sentence = sentences[t.sentence];
    if (!sentence) return [];
    const own = clauses.get(sentence.index) ?? splitClauses(text, sentence);
    clauses.set(sentence.index, own);
    const { what, region } = findEventPhrase(text, sentence, own, t);
    // Reporting words near the date, not anywhere in a run-on clause (which made long ones quadratic).
    const clause = text.slice(Math.max(region.start, t.start - REPORT_WINDOW), Math.min(region.end, t.end + REPORT_WINDOW));
    return [{
      id: `c${i + 1}`,
      mention: t,
      what,
      people: findClausePeople(mentions, region),
      report: REPORTING_WORDS.test(clause),
    }];
  });
  // Ids follow text order even if a sentence went missing above.
  const entries = drafts.map((d, i) => ({ ...d, id: `c${i + 1}` }));
  const relations = relateEntries(entries.map((e) => ({
    id: e.id,
    text: e.mention.text,
    dated: e.mention.value !== null,
    relative: e.mention.anchoring === 'event',
    report: e.report,
  })));
  const order = orderEntries(entries.map((e, i) => ({ id: e.id, value: e.mention.value, relation: relations[i] ?? null })));
  return entries.map((e, i) => ({
    id: e.id,
    temporal: e.mention.id,
    sentence: e.mention.sentence,
    value: e.mention.value,
    precision: e.mention.precision,
    what: e.what,
    people: e.people,
    relation: relations[i] ?? null,
    order: order[i] ?? i + 1,
  }));
}
