// The gender a pronoun must agree with, from the text's own clues, strongest first: a gendered
// title ("Mr Musk", "Mrs May"); the pronouns that follow the person when they are the only person
// in the sentence ("Hillary Clinton said she ..."); a given name from the lexicon. Unknown when the
// clues say nothing or disagree.
import type { Person, Sentence } from '../types.ts';
import { GIVEN_NAMES, type Gender } from '../people/given-names.ts';
import { GENDERED_TITLES } from '../people/lexicon.ts';

const MALE = /\b(?:he|his|him|himself)\b/gi;
const FEMALE = /\b(?:she|her|hers|herself)\b/gi;

/** Gender of every person, by id. */
export function personGenders(text: string, sentences: readonly Sentence[], people: readonly Person[]): Map<string, Gender> {
  const peopleIn = new Map<number, Set<string>>();
  for (const p of people) {
    for (const m of p.mentions) {
      const set = peopleIn.get(m.sentence) ?? new Set<string>();
      set.add(p.id);
      peopleIn.set(m.sentence, set);
    }
  }
  const out = new Map<string, Gender>();
  for (const p of people) {
    const titled = fromTitles(p);
    if (titled !== 'unknown') {
      out.set(p.id, titled);
      continue;
    }
    let male = 0;
    let female = 0;
    for (const m of p.mentions) {
      if ((peopleIn.get(m.sentence)?.size ?? 0) !== 1) continue;
      const sentence = sentences[m.sentence];
      if (!sentence) continue;
      const rest = text.slice(m.end, sentence.end);
      male += (rest.match(MALE) ?? []).length;
      female += (rest.match(FEMALE) ?? []).length;
    }
    if (male > female) out.set(p.id, 'male');
    else if (female > male) out.set(p.id, 'female');
    else out.set(p.id, fromGivenName(p));
  }
  return out;
}

function fromTitles(person: Person): Gender {
  const clues = new Set<Gender>();
  for (const alias of person.aliases) {
    const title = alias.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    const g = alias.includes(' ') ? GENDERED_TITLES.get(title) : undefined;
    if (g) clues.add(g);
  }
  return clues.size === 1 ? [...clues][0]! : 'unknown';
}

function fromGivenName(person: Person): Gender {
  if (!person.name.includes(' ')) return 'unknown';
  return GIVEN_NAMES.get(person.name.split(/\s+/)[0]!.toLowerCase()) ?? 'unknown';
}
