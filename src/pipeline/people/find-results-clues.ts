// Sports results write people in a notation of their own, and a name in it is a person:
// cricket scorecards  "Tom Vale c Ari Moss b Joe Dent 56", "Ben Ruhl lbw b Dent 0", "Dent 10-0-41-2"
// football scorers    "Ade Bello ( 57th )", "Scorers : Ade Bello 81st minute", "( Ade Bello , 62nd )"
// line-ups            "15 - Ade Bello , 14 - Femi Lawal", "( 12 - Femi Lawal 46th )"
// A team or a country is written with a score, never with a dismissal, an over count or a minute.
import type { Span } from '../types.ts';

// What a scorecard writes just before a fielder's or bowler's name: "c ", "b ", "st ", "lbw b ".
const DISMISSAL_BEFORE = /(?:^|[\s(])(?:c|b|st)\s$/;
// What follows a batsman's name: how he was out, or that he was not.
const DISMISSAL_AFTER = /^ (?:c|b|st|lbw|run out|not out|retired hurt)(?= )/;
// Overs, maidens, runs and wickets: "10-0-41-2", "9.5-0-44-1".
const BOWLING_FIGURES_AFTER = /^ \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b/;
// The minute of a goal or a substitution: "( 57th )", "81st minute", ", 62nd )".
// A shirt number opening a line or a list item: "15 - ", "( 12 - ".
const SHIRT_NUMBER_BEFORE = /(?:^|[\n,;(-]) ?\d{1,2} ?- ?$/;
const MINUTE_AFTER = /^ (?:\( ?|, ?)?\d{1,3}(?:st|nd|rd|th)(?: minute| min)?(?=\s*[,;)]|\s*$| pen)/;

/** Person points for a name written in results notation; 0 elsewhere. */
export function resultsClues(text: string, c: Span): number {
  // The patterns after the name open with a space, and a dismissal before it ends with one.
  if (text.charCodeAt(c.end) === 32) {
    const after = text.slice(c.end, c.end + 24);
    if (DISMISSAL_AFTER.test(after) || BOWLING_FIGURES_AFTER.test(after) || MINUTE_AFTER.test(after)) return 3;
  }
  if (/\s/.test(text.charAt(c.start - 1)) && DISMISSAL_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return 3;
  if (SHIRT_NUMBER_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start))) return 3;
  return 0;
}
