// Word lists the people stage reads as evidence. Each list says what it is evidence of; none of
// them lists famous people: a name becomes a person because of how the text uses it.

/** Titles written before a name: "Mr Musk", "Senator John McCain". Lower-case, no full stop. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'reverend', 'fr', 'father', 'sister', 'brother', 'rabbi', 'imam', 'pope', 'cardinal', 'bishop',
  'archbishop', 'president', 'vice-president', 'premier', 'chancellor', 'senator', 'sen', 'sens',
  'rep', 'reps', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'capt',
  'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt',
  'brig', 'marshal', 'officer', 'detective', 'det', 'inspector', 'insp', 'supt', 'amb',
  'ambassador', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'ayatollah', 'coach',
  'minister', 'secretary', 'speaker', 'chairman', 'chairwoman', 'atty', 'attorney', 'mme', 'mlle',
  'herr', 'frau', 'señor', 'senor', 'madame', 'monsieur', 'dr.', 'rep.', 'sen.', 'gov.',
]);

/** Titles that make the name a person at once; "General" or "Justice" alone could open an organisation. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'sen', 'rep', 'gov', 'lt',
  'col', 'maj', 'capt', 'sgt', 'gen', 'adm', 'cmdr', 'cpl', 'pvt', 'det', 'insp', 'supt', 'amb', 'mme',
  'mlle', 'senator', 'congressman', 'congresswoman', 'president', 'governor', 'mayor', 'judge',
]);

/** Nouns that name a role in a premodifier or an appositive: "NASA Administrator Charles Bolden". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'administrator', 'secretary', 'minister', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'ceo', 'cfo', 'coo', 'president', 'vice-president', 'founder', 'co-founder', 'head', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist', 'adviser',
  'advisor', 'aide', 'executive', 'manager', 'coach', 'captain', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'player', 'champion', 'all-rounder', 'batsman', 'bowler', 'driver', 'rider',
  'senator', 'governor', 'mayor', 'judge', 'lawyer', 'attorney', 'prosecutor', 'commissioner',
  'ambassador', 'envoy', 'diplomat', 'general', 'commander', 'officer', 'nominee', 'candidate',
  'contender', 'challenger', 'incumbent', 'billionaire', 'businessman', 'businesswoman',
  'entrepreneur', 'investor', 'tycoon', 'mogul', 'actor', 'actress', 'singer', 'star', 'author',
  'writer', 'journalist', 'reporter', 'editor', 'columnist', 'correspondent', 'professor',
  'researcher', 'scientist', 'historian', 'official', 'lawmaker', 'legislator', 'congressman',
  'congresswoman', 'representative', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'bishop', 'spokesperson', 'treasurer', 'speaker', 'whip', 'deputy', 'partner',
  'trader', 'broker', 'banker', 'owner', 'chairperson', 'boss', 'veteran', 'winner', 'runner-up',
  'hopeful', 'counsel', 'finalist', 'semifinalist', 'quarterfinalist', 'seed', 'spinner',
  'off-spinner', 'skipper', 'forward', 'winger', 'left-hander', 'right-hander', 'legend', 'boxer',
  'golfer', 'compatriot', 'teammate', 'countryman', 'opener', 'keeper', 'fighter', 'pitcher',
  'outfielder', 'infielder', 'quarterback', 'sprinter', 'swimmer', 'cyclist', 'jockey', 'trainer',
  'international', 'playmaker', 'substitute', 'debutant', 'newcomer', 'holder', 'husband', 'wife',
  'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'friend', 'colleague',
  'moderator', 'host', 'anchor', 'interviewer', 'panelist', 'commentator', 'pundit', 'blogger', 'pollster', 'surrogate', 'running-mate', 'mate', 'strongman', 'dictator',
  'activist', 'campaigner', 'dissident', 'opponent', 'critic', 'supporter', 'donor', 'consultant',
]);

/**
 * Role nouns written before a name as its title, after whatever names the office:
 * "Security Council President Tono Eitel", "Ericsson spokesman Per Lund". Not "king" or "coach",
 * which also name places and firms ("King Cross station", "Fairford Coach Action").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'senator',
  'governor', 'mayor', 'judge', 'ambassador', 'envoy', 'commissioner', 'general', 'commander',
  'admiral', 'colonel', 'captain', 'pope', 'bishop', 'chairman', 'chairwoman', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'adviser', 'advisor', 'aide', 'counterpart', 'leader', 'speaker', 'prosecutor', 'attorney',
]);

/** Words that open a hyphenated rank before its title: "Major-General", "Rear-Admiral". */
export const RANK_PREFIXES: ReadonlySet<string> = new Set(['major', 'rear', 'vice', 'brigadier', 'lieutenant', 'staff', 'master', 'chief', 'first', 'second']);

/** Words of a role phrase that are not its noun: "former", "then", "vice": "former Vice President". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'then', 'then-', 'ex', 'ex-', 'vice', 'deputy', 'acting', 'interim', 'assistant',
  'associate', 'senior', 'junior', 'chief', 'executive', 'general', 'presidential',
  'vice-presidential', 'republican', 'democratic', 'democrat', 'prime', 'foreign', 'defence',
  'defense', 'finance', 'state', 'home', 'labour', 'tory', 'conservative', 'liberal', 'party', 'u.s',
  'us', 'uk', 'white', 'house', 'press', 'campaign', 'managing', 'national', 'security', 'top', 'lead',
  'retired', 'late', 'veteran', 'fellow', 'longtime', 'long-time', 'current', 'outgoing', 'incoming',
  'new', 'newly', 'elected', 'self-described', 'billionaire', 'real-estate', 'reality', 'tv',
]);

/** Words that make a capitalised phrase an organisation: "Space Exploration Technologies Corp". */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'co', 'cos', 'plc', 'llc', 'llp',
  'lp', 'ag', 'sa', 'nv', 'gmbh', 'bv', 'group', 'holdings', 'bank', 'bancorp', 'capital', 'partners',
  'fund', 'trust', 'securities', 'investments', 'insurance', 'airlines', 'airways', 'air', 'motors',
  'motor', 'technologies', 'technology', 'systems', 'industries', 'international', 'enterprises',
  'energy', 'oil', 'petroleum', 'pharmaceuticals', 'labs', 'laboratories', 'electric', 'electronics',
  'communications', 'telecom', 'networks', 'software', 'media', 'entertainment', 'studios',
  'pictures', 'records', 'foods', 'stores', 'department', 'ministry', 'office', 'agency', 'bureau',
  'administration', 'authority', 'commission', 'committee', 'council', 'board', 'service', 'services',
  'university', 'college', 'school', 'institute', 'academy', 'foundation', 'association', 'society',
  'union', 'federation', 'league', 'club', 'party', 'parliament', 'congress', 'senate', 'assembly',
  'house', 'court', 'army', 'navy', 'force', 'forces', 'police', 'guard', 'command', 'hospital',
  'church', 'centre', 'center', 'museum', 'exchange', 'reserve', 'treasury', 'cabinet', 'government',
  'organisation', 'organization', 'alliance', 'coalition', 'movement', 'network', 'project',
  'campaign', 'team', 'united', 'fc', 'rovers', 'city', 'county', 'state', 'republic', 'kingdom',
  'nations', 'states', 'street', 'road', 'avenue', 'square', 'park', 'airport', 'station', 'bridge',
  'river', 'lake', 'mountains', 'island', 'islands', 'valley', 'north', 'south', 'east', 'west',
  'championship', 'cup', 'open', 'games', 'olympics', 'series', 'index', 'prize', 'award', 'awards',
  'act', 'bill', 'law', 'treaty', 'accord', 'plan', 'report', 'program', 'programme', 'initiative',
  'summit', 'conference', 'forum', 'festival', 'tower', 'hall', 'building', 'palace', 'castle',
  'hotel', 'restaurant', 'corps', 'brigade', 'regiment', 'division', 'battalion', 'fleet',
  'convention', 'caucus', 'primary', 'debate', 'war', 'revolution', 'day', 'week', 'month', 'year',
  'era', 'age', 'century', 'province', 'region', 'district', 'territory', 'coast', 'bay', 'sea',
  'ocean', 'gulf', 'peninsula', 'desert', 'zone', 'wing', 'computer', 'computers', 'aircraft',
  'airplanes', 'aerospace', 'factory', 'store', 'stores', 'flight', 'airline', 'automotive',
  'chemicals', 'mining', 'steel', 'health', 'healthcare', 'financial', 'solutions', 'ventures',
  'brands', 'retail', 'markets', 'properties', 'logistics', 'shipping', 'railway', 'railways',
  'transport', 'pharma', 'gold', 'fields', 'resources', 'minerals', 'capital', 'equity',
  'universities', 'counties', 'company', 'companies', 'mutual', 'motors', 'springs', 'beach',
  'heights', 'debates', 'responsibility', 'bros', 'town', 'newsroom', 'desk', 'dynamo', 'athletic', 'olympic', 'sporting', 'racing', 'symposium',
]);

/** Class nouns written before an organisation's or a place's name: "airline Skyline Air", "magazine Die Woche". */
export const ORGANISATION_CLASS_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'maker', 'manufacturer', 'airframer', 'carrier', 'airline', 'retailer',
  'bank', 'lender', 'insurer', 'broker', 'brokerage', 'agency', 'newspaper', 'magazine', 'daily',
  'tabloid', 'weekly', 'outlet', 'network', 'channel', 'broadcaster', 'station', 'website', 'site',
  'blog', 'publisher', 'studio', 'label', 'band', 'brand', 'chain', 'giant', 'conglomerate',
  'subsidiary', 'unit', 'rival', 'startup', 'start-up', 'supplier', 'operator', 'provider', 'team',
  'club', 'side', 'party', 'city', 'town', 'village', 'capital', 'country', 'nation', 'state',
  'province', 'region', 'county', 'port', 'island', 'river', 'ministry', 'department', 'court',
  'university', 'school', 'college', 'charity', 'organisation', 'organization', 'union', 'automaker',
  'carmaker', 'chipmaker', 'drugmaker', 'exchange', 'index', 'fund', 'operating', 'system', 'software',
  'app', 'service', 'platform', 'product', 'device', 'phone', 'model', 'plane', 'jet', 'aircraft',
  'plant', 'factory', 'facility', 'mine', 'refinery', 'rival',
]);

/** Head words of newspapers, broadcasters and agencies: "the New York Times", "Fox News". */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'news', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian',
  'observer', 'independent', 'chronicle', 'magazine', 'review', 'daily', 'weekly', 'press', 'wire',
  'radio', 'television', 'tv', 'network', 'broadcasting', 'yorker', 'economist', 'examiner', 'star',
  'sun', 'mail', 'express', 'mirror', 'standard', 'record', 'globe', 'inquirer', 'bulletin',
  'dispatch', 'register', 'sentinel', 'courier', 'reporter', 'politico', 'axios', 'reuters', 'bloomberg',
]);

/** Verbs after which a publication is the subject: "The New York Post reports that ...". */
export const PUBLICATION_VERBS: ReadonlySet<string> = new Set([
  'reported', 'reports', 'published', 'publishes', 'broadcast', 'broadcasts', 'aired',
]);

/** Function words that open sentences and headlines in capitals but never start a name. */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'then', 'than', 'that',
  'this', 'these', 'those', 'there', 'here', 'when', 'while', 'where', 'why', 'how', 'what', 'which',
  'who', 'whom', 'whose', 'after', 'before', 'since', 'until', 'as', 'at', 'by', 'in', 'into', 'of',
  'off', 'on', 'onto', 'to', 'from', 'with', 'without', 'within', 'about', 'above', 'across',
  'against', 'along', 'among', 'around', 'behind', 'below', 'beside', 'between', 'beyond', 'during',
  'except', 'inside', 'like', 'near', 'outside', 'over', 'through', 'throughout', 'toward',
  'towards', 'under', 'upon', 'via', 'although', 'though', 'because', 'unless', 'whether', 'once',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'him', 'them', 'us', 'me', 'all', 'any', 'some', 'no', 'not', 'none', 'every', 'each', 'both',
  'either', 'neither', 'many', 'much', 'more', 'most', 'few', 'several', 'such', 'other', 'another',
  'also', 'only', 'even', 'just', 'still', 'now', 'later', 'yes', 'well', 'oh', 'despite', 'per',
  'additionally', 'meanwhile', 'however', 'instead', 'indeed', 'read', 'said', 'says', 'was', 'is',
  'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'not', 'according', 'sources', 'source',
  'asked', 'told', 'speaking', 'dear', 'thank', 'thanks', 'please', 'let', 'let’s', "let's", 'today',
  'tonight', 'yesterday', 'tomorrow', 'last', 'next', 'first', 'second', 'former', 'photo',
  'video', 'watch', 'update', 'updated', 'breaking', 'exclusive', 'editor', 'note', 'getty', 'images',
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'no-one', 'whoever',
  'miss', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'twenty', 'hundreds', 'thousands', 'dozens', 'millions',
]);

/** Calendar words: capitalised, never names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas',
  'easter', 'ramadan', 'thanksgiving', 'halloween',
]);

/** Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'ter', 'ten',
  'le', 'la', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'zu', 'af', 'av',
]);

/** Institutions and honours often named after a person: "the Ruth Leff Siegel Awards", "the Ali Center". */
export const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set([
  'foundation', 'award', 'awards', 'prize', 'center', 'centre', 'institute', 'library', 'school',
  'college', 'university', 'hospital', 'memorial', 'museum', 'fund', 'trust', 'lecture', 'network',
  'scholarship', 'stadium', 'airport', 'bridge', 'house', 'hall', 'society', 'church', 'academy',
]);

/** Name suffixes that belong to the name: "Martin Luther King Jr". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Titles that say the gender of the name they precede. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['congressman', 'male'], ['chairman', 'male'], ['father', 'male'], ['brother', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['congresswoman', 'female'], ['chairwoman', 'female'],
  ['sister', 'female'], ['mme', 'female'], ['mlle', 'female'],
]);

/** Head nouns of sources the text describes without naming: "a former Pentagon official". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'insider', 'insiders',
  'diplomat', 'diplomats', 'staffer', 'staffers', 'officer', 'officers', 'employee', 'employees',
  'executive', 'executives', 'person', 'people', 'individual', 'lawmaker', 'lawmakers',
  'strategist', 'strategists', 'operative', 'operatives', 'representative', 'representatives',
]);

/** Words that open a description of an unnamed source; "the" refers back to one already met. */
export const SOURCE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'one', 'two', 'three', 'four', 'several', 'some', 'other', 'multiple', 'many',
  'the', 'senior', 'anonymous', 'unnamed',
]);

/** Nouns that, after "the", can refer back to a named person: "the billionaire". */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'tycoon', 'mogul', 'actor',
  'actress', 'singer', 'rapper', 'star', 'author', 'novelist', 'senator', 'congressman',
  'congresswoman', 'governor', 'mayor', 'president', 'president-elect', 'nominee', 'candidate',
  'chancellor', 'premier', 'minister', 'monarch', 'king', 'queen', 'prince', 'princess', 'pope',
  'footballer', 'striker', 'midfielder', 'goalkeeper', 'batsman', 'bowler', 'all-rounder', 'coach',
  'manager', 'champion', 'pitcher', 'quarterback', 'golfer', 'cyclist', 'driver', 'boxer',
  'defendant', 'tech', 'founder', 'co-founder', 'magnate', 'financier', 'philanthropist',
]);

/** Words that describe a source without ending its description: "a former Pentagon official". */
export const SOURCE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'other', 'first', 'second', 'last', 'new', 'top']);

/** Plural sources that need no determiner: "sources said", "Pentagon officials". */
export const BARE_PLURALS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'aides', 'advisers', 'advisors', 'insiders', 'diplomats', 'staffers', 'strategists', 'operatives', 'spokespeople',
]);

/** Lower-case words that may describe bare plural sources: "senior administration officials". */
export const SOURCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'senior', 'top', 'former', 'administration', 'campaign', 'government', 'intelligence', 'military',
  'defence', 'defense', 'security', 'state', 'federal', 'local', 'party', 'police', 'health',
  'election', 'company', 'industry', 'congressional', 'other', 'several', 'some', 'many', 'western',
  'european', 'american', 'republican', 'democratic', 'white', 'house', 'law', 'enforcement', 'anonymous',
  'unnamed', 'knowledgeable', 'close', 'familiar', 'agency', 'ministry', 'foreign', 'senate', 'trade',
]);
