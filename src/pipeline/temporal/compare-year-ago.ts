// "a year earlier" in a results story compares quarters: "profit rose in the third quarter from
// $2 million a year earlier" means that quarter a year before (TimeML values it so).
import type { Candidate, Refiner } from './candidate.ts';

const YEAR_AGO = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$|^(?:the\s+)?year-(?:ago|earlier)$/i;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
/** How far back (in characters) a quarter mention still sets the period being compared. */
const REACH = 400;

export const compareYearAgo: Refiner = (context, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let lastQuarter: Candidate | null = null;
  return sorted.map((c) => {
    if (c.value !== null && QUARTER_VALUE.test(c.value)) lastQuarter = c;
    if (!YEAR_AGO.test(context.text.slice(c.start, c.end)) || c.value === null) return c;
    const quarter: Candidate | null = lastQuarter;
    if (quarter === null || c.start - quarter.end > REACH) return c;
    const m = QUARTER_VALUE.exec(quarter.value ?? '');
    if (!m) return c;
    return { ...c, value: `${Number(m[1]) - 1}-Q${m[2]}`, precision: 'quarter' };
  });
};
