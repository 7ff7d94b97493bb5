// `npm run bench:corpus -- N`: N generated news articles for benchmarks, written outside content/
// (into .cache/bench/corpus-N/articles/). The same N always gives the same files (seeded PRNG).
// Everyone in them is invented: first and last names from common-name pools, made-up
// organisations and places. A small pool of names recurs across many articles, so person pages
// gather many briefings, the way a newsroom archive does.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build-data.ts';

const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew',
  'Lisa', 'Anthony', 'Margaret', 'Mark', 'Sandra', 'Paul', 'Ashley', 'Steven', 'Emily', 'Andrew', 'Donna', 'Kenneth',
  'Michelle', 'Joshua', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah', 'Edward', 'Laura', 'Ronald',
  'Rebecca', 'Timothy', 'Helen'];
const LAST = ['Hallworth', 'Penbury', 'Ashcombe', 'Trelawny', 'Marchetti', 'Okonkwo', 'Lindqvist', 'Castellan', 'Brennock',
  'Varga', 'Whitlow', 'Desrosiers', 'Kowalczyk', 'Abernethy', 'Nakamura', 'Falkner', 'Ostrander', 'Quillfeather', 'Rademaker',
  'Santangelo', 'Thorne', 'Upjohn', 'Vasquez', 'Wexley', 'Yardley', 'Zielinski', 'Bramwell', 'Corrigan', 'Dunmore', 'Ellery',
  'Fairbanks', 'Gallagher', 'Hargreave', 'Iversen', 'Jessop', 'Kettering', 'Lockwood', 'Merriweather', 'Northcott', 'Oakley'];
const ORGS = ['the Harbourside Development Authority', 'Calder Valley Council', 'Northwind Logistics', 'the Meridian Institute',
  'Brightwater Energy', 'the Regional Transport Board', 'Ashgrove University', 'Kestrel Aerospace', 'the Fenwick Trust',
  'Silverline Telecom', 'the Coastal Fisheries Agency', 'Greystone Holdings', 'the National Archive Service', 'Oakmere Hospital'];
const PLACES = ['Port Alder', 'Eastmere', 'Kingsbridge Falls', 'Westhollow', 'Lower Dunning', 'Carrow Bay', 'Millbrook',
  'Stanmoor', 'Redfield', 'Thistleton'];
const ROLES = ['the council leader', 'a spokesperson for the agency', 'the company\'s chief executive', 'a senior engineer',
  'the transport minister', 'a local resident', 'the union representative', 'the hospital director', 'an economist',
  'the project manager'];
const TOPICS = ['a new bridge', 'the harbour expansion', 'rising energy prices', 'the rail strike', 'a data breach',
  'the flood defences', 'the hospital merger', 'a satellite launch', 'school funding', 'the fishing quota'];
const VERBS = ['said', 'told reporters', 'added', 'said in a statement', 'wrote', 'told the committee', 'explained'];
const QUOTES = ['We have done everything we can to keep people safe', 'This is not the end of the matter',
  'The numbers speak for themselves', 'Nobody expected the costs to rise this quickly',
  'We will publish the full report in the spring', 'I have asked the board to review every decision',
  'It is too early to say what caused the delay', 'Residents deserve a straight answer',
  'The plan was always going to take time', 'We are confident the work will finish on schedule',
  'There were warnings, and they were ignored', 'Our members will not accept these terms'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const RELATIVE = ['last year', 'last month', 'earlier this week', 'next month', 'in the spring', 'two years ago',
  'later that day', 'the following week', 'since 2019', 'by the end of the year', 'in the third quarter', 'every week'];
const FILLER = ['The proposal drew criticism from opposition members.', 'Officials did not respond to a request for comment.',
  'The figures were published in an annual report.', 'Several groups have called for an independent inquiry.',
  'Work on the site was suspended for several weeks.', 'The decision is expected to be reviewed by the board.',
  'Local businesses said the disruption had cost them customers.', 'The agency said it had received hundreds of complaints.'];

/** mulberry32: a small seeded generator, so the same N gives the same corpus. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Skewed towards the start of the list: a few people appear in very many articles. */
const pickSkewed = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() ** 2.5 * list.length)]!;

interface Person { readonly first: string; readonly last: string; readonly role: string }

/** The people pool: a fixed set of invented people, size growing slowly with N. */
function peoplePool(random: Random, n: number): Person[] {
  const size = Math.min(FIRST.length * LAST.length, Math.max(60, Math.round(Math.sqrt(n) * 8)));
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < size) {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    out.push({ first, last, role: pick(random, ROLES) });
  }
  return out;
}

function date(random: Random, year: number): { iso: string; text: string; day: number; month: number } {
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return { iso: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: `${day} ${MONTHS[month]}`, day, month };
}

function article(random: Random, pool: readonly Person[], index: number): { name: string; text: string } {
  const year = 2015 + Math.floor(random() * 10);
  const published = date(random, year);
  const cast = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pickSkewed(random, pool))
    .filter((p, i, all) => all.indexOf(p) === i);
  const topic = pick(random, TOPICS);
  const place = pick(random, PLACES);
  const org = pick(random, ORGS);
  const lead = cast[0]!;
  const title = `${lead.first} ${lead.last} on ${topic} in ${place}`;
  const paragraphs: string[] = [];
  paragraphs.push(`${lead.first} ${lead.last}, ${lead.role}, said on ${pick(random, WEEKDAYS)} that ${topic} in ${place} would go ahead, ` +
    `despite objections raised by ${org} ${pick(random, RELATIVE)}.`);
  const count = 4 + Math.floor(random() * 10);
  for (let i = 0; i < count; i++) {
    const who = pick(random, cast);
    const kind = random();
    const sentences: string[] = [];
    if (kind < 0.25) {
      sentences.push(`"${pick(random, QUOTES)}," ${who.first} ${who.last} ${pick(random, VERBS)}.`);
    } else if (kind < 0.4) {
      // A split quote: "X," Mr Y said, "Z."
      const [a, b] = [pick(random, QUOTES), pick(random, QUOTES)];
      sentences.push(`"${a}," Mr ${who.last} said, "and ${b.charAt(0).toLowerCase()}${b.slice(1)}."`);
    } else if (kind < 0.5) {
      // A quote followed by a continuation in the next paragraph-sentence.
      sentences.push(`${who.last} said: "${pick(random, QUOTES)}."`, `"${pick(random, QUOTES)}."`);
    } else if (kind < 0.6) {
      sentences.push(`According to ${who.first} ${who.last}, the work began in ${pick(random, MONTHS)} ${year - 1 - Math.floor(random() * 3)} ` +
        `and should finish by ${date(random, year + 1).text} ${year + 1}.`);
    } else if (kind < 0.7) {
      sentences.push(`On ${date(random, year).text} ${year}, ${org} announced a review of ${topic}.`);
    } else if (kind < 0.8) {
      sentences.push(`${who.last}, who joined ${pick(random, ORGS)} in ${year - 2 - Math.floor(random() * 8)}, said the costs had doubled ${pick(random, RELATIVE)}.`);
    } else {
      sentences.push(pick(random, FILLER));
    }
    const extra = Math.floor(random() * 3);
    for (let j = 0; j < extra; j++) sentences.push(pick(random, FILLER));
    paragraphs.push(sentences.join(' '));
  }
  const body = paragraphs.join('\n\n');
  const text = `---\ntitle: "${title}"\npublished: ${published.iso}\nsource: The Example Gazette\n---\n${body}\n`;
  return { name: `briefing-${String(index).padStart(6, '0')}.md`, text };
}

export function corpusDir(n: number): string {
  return join(ROOT, '.cache', 'bench', `corpus-${n}`);
}

/** Write the corpus for N articles (kept when it is already complete); returns its content folder. */
export function writeCorpus(n: number): string {
  const dir = corpusDir(n);
  const articles = join(dir, 'articles');
  if (existsSync(articles) && readdirSync(articles).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  const random = seeded(n * 7919 + 17);
  const pool = peoplePool(random, n);
  for (let i = 0; i < n; i++) {
    const { name, text } = article(random, pool, i);
    writeFileSync(join(articles, name), text);
  }
  return dir;
}

/** The benchmarks' N from the command line (default 1,000); null, with a message, when it is not a count. */
export function articleCount(arg: string | undefined): number | null {
  const n = Number(arg ?? 1000);
  if (Number.isInteger(n) && n >= 1) return n;
  process.stderr.write(`Expected a positive whole number of articles, not "${arg}"\n`);
  process.exitCode = 2;
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = articleCount(process.argv[2]);
  if (n !== null) process.stdout.write(`${writeCorpus(n)}\n`);
}
