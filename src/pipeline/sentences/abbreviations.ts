// Words that end with a full stop without ending the sentence: "Mr. Musk", "Space Exploration
// Technologies Corp. said". Lower-cased, without the stop.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'rev', 'fr', 'hon', 'st', 'mt', 'messrs', 'mme', 'mlle',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'gov', 'sen',
  'rep', 'reps', 'sens', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'jr', 'sr',
  // organisations
  'corp', 'inc', 'ltd', 'co', 'cos', 'plc', 'llc', 'bros', 'dept', 'assn', 'univ', 'intl',
  // months and days as written in datelines
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // everything else
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ave', 'blvd', 'rd',
  'ft', 'oz', 'lb', 'lbs', 'cf', 'ca', 'al', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Abbreviations that, written before a capitalised word, never end a sentence ("Dr. Smith"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'rev', 'fr', 'hon', 'st', 'mt', 'messrs', 'gen', 'lt',
  'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'gov', 'sen', 'rep', 'reps',
  'sens', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'no', 'vs', 'v',
]);
