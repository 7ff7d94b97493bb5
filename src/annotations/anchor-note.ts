// Where an editor's note belongs in the text, found the way W3C Web Annotation's
// TextQuoteSelector does it: the `exact` passage, with `prefix` and `suffix` (when given)
// standing right before and after it. The first passage that fits wins.
export interface TextQuote {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

export interface Anchor {
  readonly start: number;
  readonly end: number;
  /** How many passages fit: more than one means the note should say more. */
  readonly matches: number;
}

/** The passage the selector names, or null when the text no longer has it. */
export function anchorNote(text: string, selector: TextQuote): Anchor | null {
  const { exact, prefix = '', suffix = '' } = selector;
  if (!exact) return null;
  const fits: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (text.slice(Math.max(0, at - prefix.length), at) === prefix && text.slice(end, end + suffix.length) === suffix) fits.push(at);
  }
  const first = fits[0];
  return first === undefined ? null : { start: first, end: first + exact.length, matches: fits.length };
}
