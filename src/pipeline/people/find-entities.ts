// PLACEHOLDER until the people stage lands (being written now).
import type { Organisation, Person, Sentence, UnnamedSource } from '../types.ts';

export interface Entities {
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly unnamed: readonly UnnamedSource[];
}

export function findEntities(_text: string, _sentences: readonly Sentence[]): Entities {
  return { people: [], organisations: [], unnamed: [] };
}
