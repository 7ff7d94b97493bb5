// People from name candidates: a name whose clues say "person" founds a person; shorter forms
// join the person they belong to ("Mr Musk", "Musk" -> Elon Musk; "P. Hadley" -> Phil Hadley).
// A surname shared by two people goes to the one mentioned last before it.
import { GIVEN_NAMES } from './given-names.ts';
import { NAME_PARTICLES, PERSON_TITLES, ROLE_NOUNS } from './lexicon.ts';
import { isPersonEvidence, otherScore, type Evidence } from './score-evidence.ts';
import type { NameCandidate } from './split-name-run.ts';

export interface ScoredCandidate {
  readonly candidate: NameCandidate;
  /** The summed clues of every occurrence of the same name. */
  readonly evidence: Evidence;
  /** Clues of this occurrence alone. */
  readonly local: Evidence;
}

export interface PersonDraft {
  readonly key: string;
  readonly mentions: ScoredCandidate[];
}

// "de Silva" after "Aravinda de Silva": particles that open a name are left out, so that it is a
// surname like "Silva" ("Aravinda de Silva" keeps its inner particle; the key reads first and last).
const nameWords = (c: NameCandidate): string[] => {
  let first = 0;
  while (first < c.words.length - 1 && NAME_PARTICLES.has(c.words[first]!.text)) first++;
  return first === 0 ? [...c.lowerWords] : c.lowerWords.slice(first);
};
const isInitial = (w: string): boolean => w.length === 1;

/** Key of a full name: first and last words that are not initials ("donald j trump" -> "donald trump"). */
function fullKey(words: readonly string[]): string {
  const full = words.filter((w) => !isInitial(w));
  return full.length >= 2 ? `${full[0]} ${full[full.length - 1]}` : words.join(' ');
}

/** Group the candidates into people; candidates that are not people are left out. */
export function groupPeople(scored: readonly ScoredCandidate[]): PersonDraft[] {
  const drafts: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  const lastSeen = new Map<PersonDraft, number>();
  // Each candidate's words, read once: the passes below ask for them several times.
  const read = new Map<NameCandidate, string[]>();
  const wordsOf = (c: NameCandidate): string[] => {
    let words = read.get(c);
    if (!words) {
      words = nameWords(c);
      read.set(c, words);
    }
    return words;
  };
  const multi = scored.filter((s) => wordsOf(s.candidate).length >= 2 && !initialOnly(wordsOf(s.candidate)));
  // "Elon Musk said no. Later Mr Musk agreed": the title of the surname vouches for the full name.
  const titledSurnames = new Set(
    scored.filter((s) => s.candidate.words.length === 1 && s.candidate.honorific && isPersonEvidence(s.evidence)).map((s) => wordsOf(s.candidate)[0]!),
  );
  const vouched = (s: ScoredCandidate): boolean =>
    s.evidence.shape && otherScore(s.evidence) === 0 && titledSurnames.has(wordsOf(s.candidate).at(-1) ?? '');
  // Full names first, so that every short form can look for the person it shortens.
  for (const s of multi) {
    if (!(isPersonEvidence(s.evidence) || vouched(s)) || isRoleWord(wordsOf(s.candidate).at(-1) ?? '')) continue;
    const key = fullKey(wordsOf(s.candidate));
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, mentions: [] };
      byKey.set(key, draft);
      drafts.push(draft);
    }
    draft.mentions.push(s);
  }
  // Index the drafts by the words a short form can match (first and last), so that each short
  // form looks at a few drafts, not all of them.
  const first = new Map<PersonDraft, number>();
  const byWord = new Map<string, PersonDraft[]>();
  const index = (d: PersonDraft, start: number): void => {
    first.set(d, start);
    const parts = d.key.split(' ');
    for (const w of new Set([parts[0]!, parts[parts.length - 1]!])) {
      const list = byWord.get(w) ?? [];
      list.push(d);
      byWord.set(w, list);
    }
  };
  for (const d of drafts) index(d, Math.min(...d.mentions.map((m) => m.candidate.start)));
  const firstStart = (d: PersonDraft): number => first.get(d) ?? 0;
  for (const s of scored) {
    const words = wordsOf(s.candidate);
    if (words.length >= 2 && !initialOnly(wordsOf(s.candidate))) continue;
    const matches = (byWord.get(words[words.length - 1]!) ?? []).filter((d) => shortens(words, d.key));
    let target: PersonDraft | undefined;
    if (matches.length > 0) {
      // The one named last before this mention; else the first one named after it.
      const before = matches.filter((d) => firstStart(d) < s.candidate.start);
      target = before.length > 0
        ? before.reduce((a, b) => ((lastSeen.get(b) ?? firstStart(b)) > (lastSeen.get(a) ?? firstStart(a)) ? b : a))
        : matches.reduce((a, b) => (firstStart(b) < firstStart(a) ? b : a));
      if (words.length === 1 && isFirstNameOf(words[0]!, target.key) && matches.length > 1) target = undefined;
    } else if (words.length === 1 && ((s.candidate.honorific || s.candidate.prefix) || s.evidence.person >= 2) && isPersonEvidence(s.evidence) && !isRoleWord(words[0]!)) {
      target = byKey.get(words[0]!) ?? { key: words[0]!, mentions: [] };
      if (!byKey.has(words[0]!)) {
        byKey.set(words[0]!, target);
        drafts.push(target);
        index(target, s.candidate.start);
      }
    } else if (words.length >= 2 && isPersonEvidence(s.evidence)) {
      const key = words.join(' ');
      target = byKey.get(key) ?? { key, mentions: [] };
      if (!byKey.has(key)) {
        byKey.set(key, target);
        drafts.push(target);
        index(target, s.candidate.start);
      }
    }
    if (target) {
      target.mentions.push(s);
      lastSeen.set(target, s.candidate.start);
    }
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.candidate.start - b.candidate.start);
  return drafts.filter((d) => d.mentions.length > 0).sort((a, b) => a.mentions[0]!.candidate.start - b.mentions[0]!.candidate.start);
}

/** "P. Hadley", "J.R. Ewing": initials and one name. */
function initialOnly(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(0, -1).every(isInitial);
}

/** Whether a short form names the person of a full-name key: surname, first name, or initial + surname. */
function shortens(words: readonly string[], key: string): boolean {
  const parts = key.split(' ');
  if (parts.length < 2) return words.length === 1 && words[0] === key;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // A first name alone only when it is a given name: "Hillary", not "Boeing" of "Boeing Commercial".
  if (words.length === 1) return words[0] === last || (words[0] === first && GIVEN_NAMES.has(first));
  const surname = words[words.length - 1]!;
  return surname === last && words.slice(0, -1).every((w) => isInitial(w)) && words[0] === first[0];
}

function isFirstNameOf(word: string, key: string): boolean {
  return key.split(' ')[0] === word && key.includes(' ');
}

/** "Chief Operating Officer" is a role, not a name. */
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w);
