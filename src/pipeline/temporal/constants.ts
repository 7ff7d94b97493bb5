// Word lists the temporal finders share. Regex sources are built from these, so a new
// spelling is added here and nowhere else.

/** Month spellings (full and news-wire abbreviations) to month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday spellings to luxon weekday number (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thu', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Number words up to the size news uses them for spans of time. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['a hundred', 100], ['a dozen', 12], ['a couple of', 2], ['a couple', 2], ['couple of', 2],
]);

/** Quantities that do not say how many: "a few weeks" -> PXW. */
export const VAGUE_QUANTITIES: readonly string[] = ['a few', 'few', 'several', 'many', 'a number of', 'recent', 'the coming', 'coming'];

/** Ordinals for quarters, halves and days of the month. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
]);

export type Unit = 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Unit words (singular) to unit. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['century', 'century'], ['decade', 'decade'], ['year', 'year'], ['quarter', 'quarter'],
  ['month', 'month'], ['week', 'week'], ['day', 'day'], ['hour', 'hour'], ['minute', 'minute'],
  ['second', 'second'],
]);

/** TIMEX3 duration letters; time units go after the "T". */
export const UNIT_LETTER: Readonly<Record<Unit, { letter: string; time: boolean }>> = {
  century: { letter: 'CE', time: false },
  decade: { letter: 'DE', time: false },
  year: { letter: 'Y', time: false },
  quarter: { letter: 'Q', time: false },
  month: { letter: 'M', time: false },
  week: { letter: 'W', time: false },
  day: { letter: 'D', time: false },
  hour: { letter: 'H', time: true },
  minute: { letter: 'M', time: true },
  second: { letter: 'S', time: true },
};

/** Seasons to their TIMEX3 code and the month they are taken to start (northern hemisphere). */
export const SEASONS: ReadonlyMap<string, { code: string; month: number }> = new Map([
  ['spring', { code: 'SP', month: 3 }], ['summer', { code: 'SU', month: 6 }],
  ['fall', { code: 'FA', month: 9 }], ['autumn', { code: 'FA', month: 9 }], ['winter', { code: 'WI', month: 12 }],
]);

/** Parts of the day to their TIMEX3 code. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Words that mark the part of a period: "early 2008", "late last July", "mid-November". */
export const PERIOD_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['the end of', 'END'], ['the close of', 'END'], ['the beginning of', 'START'], ['the start of', 'START'],
  ['the middle of', 'MID'], ['the turn of', 'START'], ['early', 'START'], ['the early', 'START'],
  ['late', 'END'], ['the late', 'END'], ['mid', 'MID'], ['mid-', 'MID'], ['earlier', 'START'], ['later', 'END'],
]);

/** Words before a duration that hedge its length: "more than four hours", "nearly two years". */
// "about" and "almost" stay outside the span: TimeML annotators mostly leave them out.
export const DURATION_HEDGES: ReadonlyMap<string, string> = new Map([
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['at least', 'EQUAL_OR_MORE'], ['less than', 'LESS_THAN'],
  ['up to', 'EQUAL_OR_LESS'], ['nearly', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'],
  ['some', 'APPROX'], ['approximately', 'APPROX'],
]);

/** Words that refer to the present, past or future without a date (TIMEX3 *_REF values). */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['the present', 'PRESENT_REF'], ['present-day', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent years', 'PAST_REF'], ['lately', 'PAST_REF'], ['formerly', 'PAST_REF'],
  ['the past', 'PAST_REF'], ['past years', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['a later date', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'],
  ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
  ['coming years', 'FUTURE_REF'], ['coming months', 'FUTURE_REF'],
]);
// Left out on purpose, after measuring on news: "once", "previously", "soon", bare "future" and
// "eventually" are far more often not TIMEX3 expressions than they are.

/** Frequency adverbs to their TIMEX3 SET value: "daily" -> P1D. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'],
  ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['annual', 'P1Y'],
]);

/** Verbs and markers that put a clause in the future: "will meet on Friday". */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "won't", "'ll", 'shall', 'going to', 'plans to', 'plan to', 'planned to', 'expected to',
  'expects to', 'scheduled', 'due to', 'is to', 'are to', 'intends to', 'set to', 'next', 'upcoming',
  'coming', 'would', 'until', 'as soon as', 'as early as', 'planned', 'planning', 'might', 'could', 'expects', 'expect',
  // News uses the simple present for scheduled events: "the trial begins Monday".
  'begins', 'starts', 'opens', 'resumes', 'expires', 'meets', 'meet', 'is due', 'are due', 'deadline',
];

/** Fixed-date holidays (month, day) and floating ones (month, weekday, nth; -1 = last). */
export type HolidayRule =
  | { readonly month: number; readonly day: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly onOrAfter?: number };

export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ["new year's day", { month: 1, day: 1 }], ["new year's eve", { month: 12, day: 31 }],
  ["valentine's day", { month: 2, day: 14 }], ['independence day', { month: 7, day: 4 }],
  ['the fourth of july', { month: 7, day: 4 }], ['halloween', { month: 10, day: 31 }],
  ['christmas eve', { month: 12, day: 24 }], ['christmas day', { month: 12, day: 25 }],
  ['christmas', { month: 12, day: 25 }], ['boxing day', { month: 12, day: 26 }],
  ['veterans day', { month: 11, day: 11 }], ['armistice day', { month: 11, day: 11 }],
  ['thanksgiving day', { month: 11, weekday: 4, nth: 4 }], ['thanksgiving', { month: 11, weekday: 4, nth: 4 }],
  ['labor day', { month: 9, weekday: 1, nth: 1 }], ['memorial day', { month: 5, weekday: 1, nth: -1 }],
  ['martin luther king day', { month: 1, weekday: 1, nth: 3 }], ["presidents' day", { month: 2, weekday: 1, nth: 3 }],
  // US Election Day: the Tuesday after the first Monday of November.
  ['election day', { month: 11, weekday: 2, nth: 1, onOrAfter: 2 }],
]);

/** Tens and units for years said in words: "nineteen ninety-six". */
export const YEAR_TENS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const YEAR_UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);

/** Time zones a clock time may name; UTC and GMT make the value end in "Z". */
export const TIME_ZONES: readonly string[] = ['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST'];

/** Irregular past tenses after which "later" is event time ("he later said"); regular ones end in -ed. */
export const IRREGULAR_PAST_VERBS: readonly string[] = [
  'said', 'told', 'wrote', 'made', 'took', 'gave', 'came', 'went', 'became', 'began', 'sent', 'met', 'found',
  'got', 'held', 'left', 'spoke', 'sold', 'bought', 'won', 'lost', 'paid',
];

/** Nouns after a holiday that make it a season: "Christmas sales", "Christmas shopping". */
export const HOLIDAY_SEASON_NOUNS: readonly string[] = [
  'sales', 'season', 'period', 'shopping', 'holiday', 'holidays', 'trading', 'quarter', 'spending', 'rush',
  'break', 'weekend', 'week', 'tree', 'card', 'cards', 'party', 'parties', 'lights', 'market',
];

/** Nouns a year-like number counts rather than dates: "2000 people", "1500 troops". */
export const COUNTED_NOUNS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'troops', 'soldiers', 'jobs', 'workers', 'employees', 'shares', 'cars',
  'units', 'homes', 'miles', 'feet', 'meters', 'metres', 'tons', 'tonnes', 'dollars', 'pounds', 'euros', 'votes',
  'acres', 'rooms', 'students', 'children', 'copies', 'deaths', 'cases', 'points', 'barrels', 'companies', 'firms',
  'members', 'signatures', 'seats', 'kilometres', 'kilometers', 'yards', 'calories',
];

/** Decades in words to their TIMEX3 value: "the nineties" -> 199. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 192], ['thirties', 193], ['forties', 194], ['fifties', 195], ['sixties', 196],
  ['seventies', 197], ['eighties', 198], ['nineties', 199],
]);

/** Words before "a year" / "per month" that make it a rate: "twice a week", "$5 a month". */
export const RATE_WORDS: readonly string[] = [
  'twice', 'once', 'times', 'cent', 'cents', 'dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'percent',
  'billion', 'million', 'thousand',
];
