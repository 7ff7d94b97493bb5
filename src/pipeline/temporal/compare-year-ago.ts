// "a year earlier" in a results story compares quarters: "profit rose in the third quarter from
// $2 million a year earlier" means that quarter a year before (TimeML values it so). Without a
// quarter close before it, "a year earlier" counts from a story event and stays a duration.
import type { Candidate, Refiner } from './candidate.ts';

const YEAR_AGO = /^(?:a|one)\s+year$/i;
const EARLIER = /^\s+(?:earlier|before)\b/i;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
/** How far back (in characters) a quarter mention still sets the period being compared. */
const REACH = 400;

export const compareYearAgo: Refiner = (context, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let lastQuarter: Candidate | null = null;
  return sorted.map((c) => {
    if (c.value !== null && QUARTER_VALUE.test(c.value)) lastQuarter = c;
    if (c.type !== 'DURATION' || !YEAR_AGO.test(context.text.slice(c.start, c.end))) return c;
    const after = EARLIER.exec(context.text.slice(c.end, c.end + 12));
    const quarter: Candidate | null = lastQuarter;
    if (!after || quarter === null || c.start - quarter.end > REACH) return c;
    const m = QUARTER_VALUE.exec(quarter.value ?? '');
    if (!m) return c;
    const value = `${Number(m[1]) - 1}-Q${m[2]}`;
    return { ...c, end: c.end + after[0].length, type: 'DATE', value, precision: 'quarter', anchoring: quarter.anchoring };
  });
};
