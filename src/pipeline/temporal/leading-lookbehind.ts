// Split a regex that opens with a lookbehind guarding every alternative, "(?<![\p{L}\p{N}])(?:a|b)",
// into that guard and the rest. Irregexp cannot skip ahead to a likely first character when the
// pattern opens with an assertion, so it runs the guard at every position of the text; matching
// the rest first and testing the guard only where it matched finds the same matches.

export interface LeadingLookbehind {
  /** The pattern without its opening lookbehind (same flags as the original). */
  readonly body: RegExp;
  /** The lookbehind alone, sticky: set lastIndex to a position and test. */
  readonly guard: RegExp;
}

/** The guard and body of `regex`, or null when it does not open with a lookbehind over the whole pattern. */
export function splitLeadingLookbehind(regex: RegExp): LeadingLookbehind | null {
  const { source, flags } = regex;
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return null;
  const close = groupEnd(source, 0);
  if (close === null) return null;
  const rest = source.slice(close + 1);
  // "(?<!x)a|b" guards only "a": the split would be wrong, so leave such patterns alone.
  if (rest === '' || hasTopLevelBar(rest)) return null;
  return {
    body: new RegExp(rest, flags),
    guard: new RegExp(source.slice(0, close + 1), `${flags.replace(/[gy]/g, '')}y`),
  };
}

/** Index of the ")" closing the group opened at `open`, skipping escapes and classes. */
function groupEnd(source: string, open: number): number | null {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return null;
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
