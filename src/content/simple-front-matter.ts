// The common front matter without a YAML parser: lines of `key: value` whose values are plain
// or double-quoted strings that YAML reads as those very strings.
//
//   title: "Sarah Yardley on a data breach in Thistleton"
//   published: 2020-08-14
//   source: The Example Gazette
//
// Anything else (comments, lists, escapes, values YAML reads as numbers, booleans or null,
// repeated keys) returns null and goes to the parser, which also words every error.

/** A short lower-case key (YAML limits implicit keys to 1,024 characters), one space, a value. */
const LINE = /^([a-z]{1,64}): (.+)$/;
const QUOTED = /^"([^"\\]*)"$/;
/** Characters a plain value cannot start with: YAML indicators, quotes, digits and signs (numbers). */
const PLAIN_START = /^[\s\-?:,[\]{}#&*!|>'"%@`~+.\d]/;
/** Within a plain value: a comment, a nested key, trailing space. */
const PLAIN_BREAK = /: | #|:$|\s$|\t/;
/** Words YAML 1.2 reads as null or a boolean (as a key too). */
const NOT_A_STRING = /^(null|true|false)$/i;
/** A calendar date: YAML 1.2 (this parser's default) reads it as a string. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Control characters, line and paragraph separators, byte-order marks and non-characters. */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** The front matter's keys and values, in order; null when only the YAML parser can read it. */
export function readSimpleFrontMatter(yaml: string): Record<string, string> | null {
  const lines = yaml.split('\n');
  // The block ends with its last line's newline: an empty last element.
  if (lines.pop() !== '') return null;
  const data: Record<string, string> = {};
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m || UNUSUAL.test(line)) return null;
    const [, key, raw] = m as unknown as [string, string, string];
    if (NOT_A_STRING.test(key) || Object.prototype.hasOwnProperty.call(data, key)) return null;
    const quoted = QUOTED.exec(raw);
    if (quoted) data[key] = quoted[1]!;
    else if (DATE.test(raw) || !(PLAIN_START.test(raw) || PLAIN_BREAK.test(raw) || NOT_A_STRING.test(raw))) data[key] = raw;
    else return null;
  }
  return data;
}
