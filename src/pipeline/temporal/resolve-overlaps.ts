// Keep one reading where candidates overlap: the longest span wins ("the past two years" over
// "the past" and "two years"); on a tie, the one with a value, then the earlier one.
import type { Candidate, Refiner } from './candidate.ts';

export const resolveOverlaps: Refiner = (_context, candidates) => {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.value !== null) - Number(a.value !== null) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
