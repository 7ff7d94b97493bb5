// Every match of a global regex, exactly as `text.matchAll(regex)` lists them, found with the
// regex itself. matchAll copies the regex on each call, and for the long word-list patterns
// (the quote cues) making that copy cost several times more than the search.
// Not for a regex whose lastIndex matters elsewhere: the search starts at 0 and leaves it at 0.

export function matchesIn(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`Expected a global regex, not /${regex.source}/${regex.flags}`);
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (a whole code point in unicode mode).
    if (m[0].length === 0) regex.lastIndex = nextIndex(text, regex.lastIndex, regex.unicode || regex.flags.includes('v'));
  }
  return out;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
