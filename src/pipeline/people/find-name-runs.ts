// Runs of capitalised words that could be names: "Vladimir Putin", "Space Exploration
// Technologies Corp", "P. Hadley", "Ursula von der Leyen", "Department of Defence".
// A run never crosses a line break or punctuation other than an initial's full stop.
import { CAPITALISED_FUNCTION_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, PERSON_TITLES, ROLE_NOUNS } from './lexicon.ts';
import type { Word } from './tokenize-words.ts';

export interface NameRun {
  readonly words: readonly Word[];
  /** Whether "&" joined two of its words: "Johnson & Johnson" is a firm. */
  readonly ampersand: boolean;
}

const UPPER_START = /^\p{Lu}/u;
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
const PREFIXED = /^(?:al|el|ad|as|ash|at|ul|bin)-\p{Lu}/u;
const ABBREVIATED = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cmdr|Supt|Insp|Det)$/u;

function isCapitalised(word: Word): boolean {
  // Plain ASCII is told by its code: a capital, or a lower-case word with a prefix's hyphen
  // ("al-Assad", "bin-Salman": third or fourth character).
  const code = word.text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return (word.text.charCodeAt(2) === 45 || word.text.charCodeAt(3) === 45) && PREFIXED.test(word.text);
  if (code < 128) return false;
  return UPPER_START.test(word.text) || PREFIXED.test(word.text);
}

/** All name runs of the text, in order. */
export function findNameRuns(text: string, words: readonly Word[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    const capitalised = isCapitalised(words[i]!);
    const opening = capitalised ? 0 : particlesOpening(text, words, i);
    if (opening === 0 && !capitalised) {
      i++;
      continue;
    }
    const run: Word[] = words.slice(i, i + opening + 1);
    i += opening;
    let ampersand = false;
    let j = i + 1;
    while (j < words.length) {
      const prev = run[run.length - 1]!;
      const next = words[j]!;
      if (next.paragraph !== prev.paragraph) break;
      const gap = text.slice(prev.end, next.start);
      // "shares in AT&T. Many traders": a full stop joins an initial to a name, never to a function word.
      if (isCapitalised(next) && joins(gap, prev) && !(gap.includes('.') && CAPITALISED_FUNCTION_WORDS.has(next.text.toLowerCase()))) {
        run.push(next);
        j++;
        continue;
      }
      if (gap === ' & ' && isCapitalised(next)) {
        ampersand = true;
        run.push(next);
        j++;
        continue;
      }
      // "Ursula von der Leyen": particles join only when a capitalised word follows them.
      let k = j;
      while (k < words.length && words[k]!.text.length <= LONGEST_PARTICLE && NAME_PARTICLES.has(words[k]!.text) && text.slice(words[k - 1]!.end, words[k]!.start) === ' ') k++;
      if (k > j && k < words.length && isCapitalised(words[k]!) && text.slice(words[k - 1]!.end, words[k]!.start) === ' ' && gap === ' ') {
        for (let m = j; m <= k; m++) run.push(words[m]!);
        j = k + 1;
        continue;
      }
      // "Department of Defence", "Secretary of State John Kerry": "of" joins after a head word.
      const head = prev.text.toLowerCase();
      if (gap === ' ' && next.text === 'of' && (ORGANISATION_WORDS.has(head) || ROLE_NOUNS.has(head) || PERSON_TITLES.has(head))) {
        const after = words[j + 1];
        if (after && after.paragraph === next.paragraph && isCapitalised(after) && text.slice(next.end, after.start) === ' ' && after.text !== 'The') {
          run.push(next, after);
          j += 2;
          continue;
        }
      }
      break;
    }
    runs.push({ words: run, ampersand });
    i = j;
  }
  return runs;
}

/**
 * ", de Silva 4-0-25-0", "( van der Merwe 62nd )": how many name particles open a name at word i,
 * where a list or a line, not a sentence, puts them first (after punctuation or a line break);
 * 0 if none does. "works of da Vinci" has a word before the particle, and stays as it was.
 */
function particlesOpening(text: string, words: readonly Word[], i: number): number {
  if (words[i]!.text.length > LONGEST_PARTICLE) return 0;
  let k = i;
  while (k < words.length && NAME_PARTICLES.has(words[k]!.text) && (k === i || text.slice(words[k - 1]!.end, words[k]!.start) === ' ')) k++;
  if (k === i || k >= words.length || !isCapitalised(words[k]!) || text.slice(words[k - 1]!.end, words[k]!.start) !== ' ') return 0;
  if (words[k]!.paragraph !== words[i]!.paragraph) return 0;
  const previous = i > 0 ? words[i - 1] : undefined;
  if (previous && previous.paragraph === words[i]!.paragraph && !/[^\s\p{L}\p{N}]\s*$/u.test(text.slice(previous.end, words[i]!.start))) return 0;
  return k - i;
}

/** Whether the text between two capitalised words keeps them in one name. */
function joins(gap: string, prev: Word): boolean {
  if (gap === ' ') return true;
  // "P. Hadley", "Mr. Musk", "John F. Kennedy", "T.O'Neill"
  return (gap === '. ' || gap === '.') && ABBREVIATED.test(prev.text);
}
