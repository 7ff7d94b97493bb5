// Join a clock time to the day the text gives it: "10 p.m. Wednesday", "noon Thursday",
// "Friday at 3 p.m.", "5 p.m. EST, Nov. 6" become one TIME on that day.
import type { Candidate, Refiner } from './candidate.ts';

const GAP = /^\s{0,3}(?:,|at|on)?\s{0,3}$/i;

export const mergeDateTime: Refiner = (context, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const used = new Set<Candidate>();
  const out: Candidate[] = [];
  sorted.forEach((clock, i) => {
    if (clock.type !== 'TIME' || !/T\d\d:\d\d/.test(clock.value ?? '') || used.has(clock)) return;
    // Only the neighbours can be adjacent: looking further would make this quadratic.
    const day = sorted.slice(Math.max(0, i - 2), i + 3).find((d) => !used.has(d) && d !== clock && d.precision === 'day' && d.type === 'DATE' &&
      (GAP.test(context.text.slice(clock.end, d.start)) && d.start >= clock.end || GAP.test(context.text.slice(d.end, clock.start)) && d.end <= clock.start));
    if (!day) return;
    used.add(clock).add(day);
    const clockPart = (clock.value ?? '').slice((clock.value ?? '').indexOf('T'));
    out.push({
      ...clock,
      start: Math.min(clock.start, day.start),
      end: Math.max(clock.end, day.end),
      value: day.value === null ? null : `${day.value}${clockPart}`,
      anchoring: day.anchoring,
    });
  });
  return [...sorted.filter((c) => !used.has(c)), ...out];
};
