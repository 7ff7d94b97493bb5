// Words the quotes stage reads: the verbs that attribute speech, and the words that bound the
// noun phrase naming a speaker.

/** Verbs that attribute a quote to a speaker: "said", "tweeted", "recalled". */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes',
  'tweeted', 'tweets', 'posted', 'posts', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues',
  'claimed', 'claims', 'continued', 'continues', 'insisted', 'insists', 'declared', 'declares',
  'stated', 'states', 'recalled', 'recalls', 'replied', 'replies', 'responded', 'responds', 'warned',
  'warns', 'announced', 'announces', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'conceded', 'concedes', 'complained', 'complains', 'remarked', 'remarks', 'observed', 'observes',
  'suggested', 'suggests', 'urged', 'urges', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'emphasizes', 'emphasises', 'joked', 'jokes', 'quipped', 'quips', 'predicted', 'predicts',
  'promised', 'promises', 'vowed', 'vows', 'countered', 'counters', 'shouted', 'yelled', 'wondered',
  'mused', 'boasted', 'boasts', 'lamented', 'laments', 'charged', 'alleged', 'alleges', 'agreed',
  'testified', 'confirmed', 'confirms', 'reiterated', 'reiterates', 'concluded', 'exclaimed',
  'cautioned', 'opined', 'thundered', 'whispered', 'sighed', 'interjected', 'chimed', 'pleaded',
  'demanded', 'demands', 'added', 'texted', 'emailed', 'messaged', 'blasted', 'slammed', 'snapped',
  'retorted', 'reported', 'reports', 'called', 'calls', 'described', 'describes', 'dubbed',
  'labeled', 'labelled', 'declared', 'pointed', 'went', 'writing', 'saying', 'telling', 'adding',
  'answered', 'answers', 'echoed', 'echoes', 'shot back', 'fired back', 'chimed in', 'interjected',
  'began', 'begins', 'reasoned', 'recounted', 'recounts', 'assured', 'assures', 'conceded',
  'proclaimed', 'proclaims', 'predicted', 'explaining', 'arguing', 'noting', 'asking', 'warning',
  'insisting', 'declaring', 'tweeting', 'quipping', 'joking', 'responding', 'replying',
  'yells', 'shouts', 'screamed', 'screams', 'chanted', 'chants', 'cried', 'cries',
  'confessed', 'confesses', 'pledged', 'pledges', 'calling', 'describing',
  // “Vote for me,” the letter reads. / as the memo put it, “a lawful source”
  'reads', 'put it', 'puts it', 'reacted',
];

/** Verbs of judging whose subject speaks the quoted words: Okafor likened the plan to “a raid”.
 * Unlike "said", they never come before their subject: not “...,” denounced her record. */
export const JUDGING_VERBS: readonly string[] = [
  'sniped', 'scoffed', 'fumed', 'griped', 'grumbled', 'groused', 'mocked', 'mocks', 'characterized',
  'characterizes', 'characterised', 'likened', 'likens', 'touted', 'touts', 'hailed', 'hails', 'railed',
  'ridiculed', 'derided', 'dismissed', 'dismisses', 'accused', 'accuses', 'criticized', 'criticised',
  'criticizes', 'criticises', 'praised', 'praises', 'referred to', 'refers to', 'defended', 'defends',
  'denounced', 'denounces', 'condemned', 'condemns', 'blamed', 'blames', 'lambasted', 'decried',
  'decries', 'bemoaned', 'bemoans', 'compared', 'ruled', 'rated', 'rates',
];

/** Nouns for what someone said, whose content may hold a quote: "Okafor’s claim that ...". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'statements', 'remark', 'remarks', 'comment',
  'comments', 'suggestion', 'promise', 'pledge', 'vow', 'warning', 'insistence', 'argument', 'accusation',
  'allegation', 'allegations', 'prediction', 'boast', 'contention', 'charge', 'declaration', 'description',
]);

/** Speech verbs that are also plural nouns: "Healy’s tweets", "her remarks". */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'tweets', 'posts', 'claims', 'remarks', 'notes', 'calls', 'reports', 'promises', 'demands', 'vows',
  'pledges', 'answers', 'echoes', 'chants', 'cries', 'shouts', 'yells', 'screams', 'laments', 'boasts',
  'quips', 'jokes', 'writes', 'texts', 'emails', 'messages', 'warnings', 'states', 'counters',
]);

/** Words that may sit between a subject and its speech verb: "has said", "later told". */
export const CUE_ADVERBS: readonly string[] = [
  'has', 'have', 'had', 'would', 'will', 'also', 'later', 'then', 'once', 'previously', 'reportedly',
  'recently', 'again', 'further', 'simply', 'just', 'publicly', 'privately', 'repeatedly', 'often',
  'famously', 'angrily', 'bluntly', 'flatly', 'quickly', 'first', 'initially', 'subsequently',
  'did', 'does', 'do', 'even', 'still', 'never', 'always', 'often', 'has since', 'had earlier',
];

/** Phrases that finish a cue: "said in a statement", "told reporters", "pointed out". */
export const CUE_TAILS: readonly string[] = [
  'in a statement', 'in an interview', 'in a tweet', 'in a post', 'in an email', 'in a speech',
  'on Twitter', 'on Facebook', 'on Monday', 'out', 'on',
];

/** Words that end a speaker phrase on its left: "... that Mr Musk said" -> "Mr Musk". */
export const SPEAKER_BOUNDARIES: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'or', 'when', 'while', 'as', 'because', 'since', 'after', 'before', 'if',
  'though', 'although', 'where', 'which', 'so', 'then', 'than', 'what', 'how', 'why', 'whether',
  'until', 'once', 'said', 'says', 'told', 'also', 'later', 'reportedly', 'previously', 'recently',
  'has', 'have', 'had', 'would', 'will', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not',
  'to', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'must', 'even', 'only',
]);

/** Words that end a speaker phrase on its right: "said Mr Kahl in an interview" -> "Mr Kahl". */
export const SPEAKER_RIGHT_BOUNDARIES: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'who', 'which', 'after', 'before', 'when', 'while', 'adding', 'according',
  'that', 'as', 'to', 'and', 'but', 'about', 'of', 'with', 'from', 'last', 'this', 'yesterday', 'today',
]);

/** Pronouns that can name a speaker; those of one person carry a gender. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  // "it" is a company, a paper or a campaign: the attribution names it, but who it is stays open.
  ['he', 'male'], ['she', 'female'], ['they', null], ['we', null], ['i', null], ['it', null],
]);

/** Relative pronouns that stand for a speaker named just before them: "Okafor, who said". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);

/** Words that open an adverbial before a sentence's subject: "In July, ", "Speaking on Monday, ". */
export const OPENING_WORDS: readonly string[] = [
  'In', 'At', 'On', 'During', 'After', 'Before', 'Following', 'Since', 'Last', 'This', 'Earlier', 'Later',
  'Speaking', 'Asked', 'Meanwhile', 'Still', 'Yet', 'Instead', 'Separately', 'Then', 'Now',
  'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'With', 'Without', 'Despite', 'Amid', 'Unlike', 'Like', 'Under', 'For', 'By', 'Among', 'Across', 'Through',
  'While', 'When', 'Although', 'Though', 'As', 'Once', 'If', 'Until', 'Over', 'Throughout', 'Also',
];

/** Words that follow a sentence's subject and are no description of it: auxiliaries, adverbs and
 * common irregular past forms ("Okafor took", "Okafor has"). Forms in -ed and -s are read by shape. */
export const VERB_FORMS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do',
  'may', 'might', 'must', 'should', 'shall', 'also', 'then', 'later', 'once', 'again', 'never', 'still',
  'just', 'even', 'too', 'on', 'in', 'at', 'during', 'took', 'told', 'said', 'made', 'gave', 'went',
  'came', 'got', 'put', 'sent', 'met', 'left', 'won', 'lost', 'wrote', 'spoke', 'drew', 'saw', 'ran',
  'kept', 'held', 'brought', 'thought', 'felt', 'found', 'set', 'began', 'became', 'hit', 'read', 'led',
  'paid', 'tore', 'threw', 'shot', 'struck', 'stood', 'sought', 'fought', 'bought', 'meant', 'heard',
  'took', 'spent', 'sat', 'broke', 'chose', 'gave', 'forgot', 'hid', 'let', 'cut', 'quit', 'swore',
]);
