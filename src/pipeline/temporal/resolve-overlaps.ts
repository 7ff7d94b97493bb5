// Keep one reading where candidates overlap: the longest span wins ("the past two years" over
// "the past" and "two years"); on a tie, the one with a value, then the earlier one.
import type { Candidate, Refiner } from './candidate.ts';

export const resolveOverlaps: Refiner = (context, candidates) => {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.value !== null) - Number(a.value !== null) || a.start - b.start,
  );
  // Characters already taken by a kept candidate. Spans are short, so marking them keeps the
  // refiner linear in the text length (comparing every pair would be quadratic).
  const taken = new Uint8Array(context.text.length + 1);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start || c.start < 0 || c.end > context.text.length) continue;
    if (isTaken(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
