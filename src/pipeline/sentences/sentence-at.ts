// The index of the sentence that holds an offset (the last one starting at or before it), by bisection.
// Any list of spans sorted by start serves (chronology asks it of clauses).
export function sentenceAt(sentences: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
