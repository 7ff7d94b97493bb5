// Function words left out when sentences are compared by their content words.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves said says say told mr mrs ms dr one two also however would ' +
    'could may might must shall its it\'s s t'
  ).split(/\s+/),
);

/** Sentence openers that lean on the sentence before ("But he later denied..."): weak out of context. */
export const DEPENDENT_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'but', 'and', 'his', 'her', 'their',
  'however', 'also', 'additionally', 'meanwhile', 'later', 'then', 'still', 'yet', 'so',
]);
