// "a year earlier" in a results story compares quarters: "profit rose in the third quarter from
// $2 million a year earlier" means that quarter a year before (TimeML values it so). Without a
// quarter close before it, "a year ago/earlier" is the year before the publication year.
import type { Candidate, Refiner } from './candidate.ts';

const YEAR_AGO = /^(?:a|one)\s+year(?:\s+ago)?$|^year-(?:ago|earlier)$/i;
const EARLIER = /^(?:\s+(?:earlier|before)|-(?:earlier|ago))\b/i;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
/** How far back (in characters) a quarter mention still sets the period being compared. */
const REACH = 400;

export const compareYearAgo: Refiner = (context, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let lastQuarter: Candidate | null = null;
  return sorted.map((c) => {
    if (c.value !== null && QUARTER_VALUE.test(c.value)) lastQuarter = c;
    const text = context.text.slice(c.start, c.end);
    if (!YEAR_AGO.test(text)) return c;
    const ago = /ago$|earlier$/i.test(text);
    const earlier = ago ? null : EARLIER.exec(context.text.slice(c.end, c.end + 12));
    if (!ago && !earlier) return c;
    const end = c.end + (earlier ? earlier[0].length : 0);
    // "a year-earlier profit": the adjective alone is the expression, without the article.
    const start = earlier?.[0].startsWith('-') ? c.start + text.indexOf('year') : c.start;
    const quarter: Candidate | null = lastQuarter;
    const m = quarter !== null && c.start - quarter.end <= REACH ? QUARTER_VALUE.exec(quarter.value ?? '') : null;
    if (m) return { ...c, start, end, type: 'DATE', value: `${Number(m[1]) - 1}-Q${m[2]}`, precision: 'quarter', anchoring: quarter?.anchoring ?? 'document' };
    if (!context.anchor) return { ...c, start, end, type: 'DATE', value: null, precision: 'year', anchoring: 'unresolved' };
    return { ...c, start, end, type: 'DATE', value: String(context.anchor.year - 1), precision: 'year', anchoring: 'document' };
  });
};
