// The people stage: named people (with aliases, roles, descriptors), organisations and unnamed
// sources. Finders propose name candidates; the clues around every occurrence of a name decide
// what it is; refiners group short forms under full names and attach roles and descriptions.
import type { Mention, Organisation, Person, Sentence, UnnamedSource } from '../types.ts';
import { uniqueSlugger } from '../../site/slugify.ts';
import { buildOrganisations } from './build-organisations.ts';
import { findAppositiveRole, findPremodifierRole } from './find-roles.ts';
import { findDescriptors, type PlacedMention } from './find-descriptors.ts';
import { findHeadlines } from './find-headlines.ts';
import { findBrandNames } from './find-brand-names.ts';
import { findNameRuns } from './find-name-runs.ts';
import { findUnnamedSources } from './find-unnamed-sources.ts';
import { groupPeople, type PersonDraft, type ScoredCandidate } from './group-people.ts';
import { findHeadlineMentions } from './find-headline-mentions.ts';
import { addEvidence, NO_EVIDENCE, scoreEvidence, type Evidence } from './score-evidence.ts';
import { propagateLists } from './propagate-lists.ts';
import { sentenceAt } from '../sentences/sentence-at.ts';
import { splitNameRun, type NameCandidate } from './split-name-run.ts';
import { tokenizeWords, type Word } from './tokenize-words.ts';
import { flatMap } from '../flat-map.ts';

export interface Entities {
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly unnamed: readonly UnnamedSource[];
}

export function findEntities(text: string, sentences: readonly Sentence[]): Entities {
  const words = tokenizeWords(text);
  const headlines = findHeadlines(sentences);
  const sentenceOf = (offset: number): number => sentenceAt(sentences, offset);
  const wordIndex = (start: number): number => indexOfWord(words, start);
  const common = lowerCaseWords(text, words);

  // Finders: name candidates outside headlines, each with the word before it.
  const found: { candidate: NameCandidate; previous: Word | undefined }[] = [];
  for (const run of findNameRuns(text, words)) {
    if (headlines.has(run.words[0]!.paragraph)) continue;
    const runStart = wordIndex(run.words[0]!.start);
    const previous = runStart > 0 ? words[runStart - 1] : undefined;
    for (const candidate of splitNameRun(text, run)) {
      const first = wordIndex((candidate.prefix ?? candidate).start);
      const prev = candidate.start === run.words[0]!.start || candidate.prefix?.start === run.words[0]!.start ? previous : words[first - 1];
      found.push({ candidate, previous: prev });
    }
  }
  // The clues around each: "Ford" of "Ford Motor Company" is no given name where "Ford" stands alone.
  const brands = findBrandNames(found.map((f) => f.candidate));
  const located = found.map((f) => ({ candidate: f.candidate, local: scoreEvidence(text, f.candidate, f.previous, common, brands) }));
  // Refiner: the clues of every occurrence of a name count for all of them.
  const totals = new Map<string, Evidence>();
  for (const l of located) totals.set(l.candidate.text, addEvidence(totals.get(l.candidate.text) ?? NO_EVIDENCE, l.local));
  const summed: ScoredCandidate[] = located.map((l) => ({ candidate: l.candidate, local: l.local, evidence: totals.get(l.candidate.text) ?? l.local }));
  // Refiner: names listed beside people are people ("Ayo Qadri and Peter Lam").
  const scored = propagateLists(text, summed);
  const drafts = groupPeople(scored);

  const slug = uniqueSlugger();
  // The words before a person's mention (or its title), where premodifier roles are read.
  const beforeOf = (c: NameCandidate): readonly Word[] => {
    const first = wordIndex((c.prefix ?? c).start);
    return words.slice(Math.max(0, first - 6), first);
  };
  const people = drafts.map((d) => toPerson(text, d, sentenceOf, slug, beforeOf));
  const withHeadlines = findHeadlineMentions(text, words, headlines, people, sentenceOf);

  const placed: PlacedMention[] = flatMap(withHeadlines, (p, personIndex) => p.mentions.map((m) => ({ personIndex, start: m.start, sentence: m.sentence })));
  const descriptors = findDescriptors(text, words, placed, sentenceOf);
  const finalPeople = withHeadlines.map((p, i) => ({ ...p, descriptors: descriptors.get(i) ?? [] }));

  const personStarts = new Set(flatMap(finalPeople, (p) => p.mentions.map((m) => m.start)));
  const organisations = buildOrganisations(text, scored, (start) => personStarts.has(start), sentenceOf, slug);
  const unnamed = findUnnamedSources(text, words, sentences);
  return { people: finalPeople, organisations, unnamed };
}

function toPerson(
  text: string,
  draft: PersonDraft,
  sentenceOf: (offset: number) => number,
  slug: (name: string) => string,
  beforeOf: (c: NameCandidate) => readonly Word[],
): Person {
  const candidates = draft.mentions.map((m) => m.candidate);
  // The fullest name: most words, then the first written.
  const canonical = candidates.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  const aliases = new Set<string>([canonical.text]);
  for (const c of candidates) {
    // "Mr Kahl" as written; the bare "Kahl" only where the text writes it bare.
    if (c.honorific && c.prefix) aliases.add(`${c.prefix.text}${text.slice(c.prefix.end, c.start)}${c.text}`);
    else aliases.add(c.text);
  }
  const mentions: Mention[] = candidates.map((c) => ({ start: c.start, end: c.end, text: c.text, sentence: sentenceOf(c.start) }));
  const roles: Mention[] = [];
  for (const c of candidates) {
    for (const role of [findPremodifierRole(text, c, beforeOf(c)), findAppositiveRole(text, c)]) {
      if (role && !roles.some((r) => r.text === role.text)) roles.push({ start: role.start, end: role.end, text: role.text, sentence: sentenceOf(role.start) });
    }
  }
  return { id: slug(canonical.text), name: canonical.text, aliases: [...aliases], mentions, roles, descriptors: [] };
}

/** The index of the word that starts at `start` (0 if none does); the words are in text order. */
function indexOfWord(words: readonly Word[], start: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = words[mid]!.start;
    if (at === start) return mid;
    if (at < start) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * Given names the article also writes in lower case ("bank", "mac"): common words here, not
 * given names. Asked only of a few given names per article, so each is looked for in the text
 * when first asked (an occurrence counts where a word starts and ends there), not by reading
 * every word.
 */
function lowerCaseWords(text: string, words: readonly Word[]): { has(word: string): boolean } {
  const known = new Map<string, boolean>();
  const written = (word: string): boolean => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const found = words[indexOfWord(words, at)];
      if (found !== undefined && found.start === at && found.end === at + word.length) return true;
    }
    return false;
  };
  return {
    has(word: string): boolean {
      let answer = known.get(word);
      if (answer === undefined) {
        answer = isLowerStart(word) && written(word);
        known.set(word, answer);
      }
      return answer;
    },
  };
}

/** Whether a word opens with a lower-case letter; plain ASCII is told by its code. */
function isLowerStart(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}
