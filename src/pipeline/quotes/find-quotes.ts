// PLACEHOLDER until the quotes stage lands (being written now).
import type { Quote, Sentence } from '../types.ts';
import type { Entities } from '../people/find-entities.ts';

export function findQuotes(_text: string, _sentences: readonly Sentence[], _entities: Entities): Quote[] {
  return [];
}
