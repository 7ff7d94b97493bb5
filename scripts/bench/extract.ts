// `npm run bench:extract [-- --seed-repeats=N]`: how fast extraction runs in one process, stage by
// stage, over the dev corpora of the evaluation kit (../shared/eval/dev/*.jsonl, if present) and
// over the seed article repeated ("seed-size articles per second on one core", issue 3 asks
// >= 500). Stages are called in the order extract-briefing.ts calls them, so each is timed alone.
// Timings are wall-clock on a possibly busy machine: run it a few times and read the median.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/pipeline/sentences/split-sentences.ts';
import { findEntities } from '../../src/pipeline/people/find-entities.ts';
import { findQuotes } from '../../src/pipeline/quotes/find-quotes.ts';
import { findTemporal } from '../../src/pipeline/temporal/find-temporal.ts';
import { buildChronology } from '../../src/pipeline/chronology/build-chronology.ts';
import { summarise } from '../../src/pipeline/summary/summarise.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL_DIR = join(ROOT, '..', 'shared', 'eval', 'dev');
const SEED = join(ROOT, 'test', 'fixtures', 'musk-putin-starlink.txt');
const SEED_PUBLISHED = '2023-08-22';
const STAGES = ['sentences', 'entities', 'quotes', 'temporal', 'chronology', 'summary'] as const;
type Stage = (typeof STAGES)[number];

interface Article {
  readonly text: string;
  readonly published: string | null;
}

interface Run {
  readonly articles: number;
  readonly characters: number;
  readonly total: number;
  readonly stages: Record<Stage, number>;
}

/** Extract every article, timing each stage; milliseconds. */
function extractAll(articles: readonly Article[]): Run {
  const stages: Record<Stage, number> = { sentences: 0, entities: 0, quotes: 0, temporal: 0, chronology: 0, summary: 0 };
  let characters = 0;
  const begin = performance.now();
  for (const { text, published } of articles) {
    characters += text.length;
    let t = performance.now();
    const lap = (stage: Stage) => {
      const now = performance.now();
      stages[stage] += now - t;
      t = now;
    };
    const sentences = splitSentences(text);
    lap('sentences');
    const entities = findEntities(text, sentences);
    lap('entities');
    const quotes = findQuotes(text, sentences, entities);
    lap('quotes');
    const temporal = findTemporal(text, sentences, published);
    lap('temporal');
    buildChronology(text, sentences, temporal, entities.people);
    lap('chronology');
    summarise({ sentences, people: entities.people, quotes, temporal });
    lap('summary');
  }
  return { articles: articles.length, characters, total: performance.now() - begin, stages };
}

function report(name: string, run: Run): void {
  const seconds = run.total / 1000;
  const perSecond = run.articles / seconds;
  console.log(`\n${name}: ${run.articles} articles, ${(run.characters / 1e6).toFixed(2)} M characters, ` +
    `${seconds.toFixed(2)} s, ${perSecond.toFixed(0)} articles/s, RSS now ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  const slowest = [...STAGES].sort((a, b) => run.stages[b] - run.stages[a]);
  for (const stage of STAGES) {
    const ms = run.stages[stage];
    const mark = stage === slowest[0] ? '  <- slowest' : '';
    console.log(`  ${stage.padEnd(11)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / run.total).toFixed(1).padStart(5)}%  ${(ms / run.articles).toFixed(3)} ms/article${mark}`);
  }
}

function readCorpus(file: string): Article[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const record = JSON.parse(line) as { text?: unknown; published?: unknown };
    if (typeof record.text !== 'string') throw new Error(`Expected a "text" string in every line of ${file}, not ${typeof record.text}`);
    return { text: record.text, published: typeof record.published === 'string' ? record.published : null };
  });
}

const repeatsArgument = process.argv.find((a) => a.startsWith('--seed-repeats='))?.split('=')[1];
const seedRepeats = repeatsArgument === undefined ? 2000 : Number(repeatsArgument);
if (!Number.isInteger(seedRepeats) || seedRepeats < 1) throw new Error(`Expected --seed-repeats to be a positive integer, not ${repeatsArgument}`);

console.log(`extraction benchmark: one process, one core (node ${process.version})`);
const seed: Article = { text: readFileSync(SEED, 'utf8'), published: SEED_PUBLISHED };
// Warm up the JIT on the seed before anything is timed.
extractAll(Array.from({ length: 50 }, () => seed));

if (existsSync(EVAL_DIR)) {
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of files) report(basename(file, '.jsonl'), extractAll(readCorpus(join(EVAL_DIR, file))));
} else {
  console.log(`\n(no dev corpora: ${EVAL_DIR} is absent; only the seed article is timed)`);
}

const seedRun = extractAll(Array.from({ length: seedRepeats }, () => seed));
report(`seed article x ${seedRepeats} (${seed.text.length} characters)`, seedRun);
const seedRate = seedRun.articles / (seedRun.total / 1000);
console.log(`\nseed-size articles per second on one core: ${seedRate.toFixed(0)} (issue 3 asks >= 500: ${seedRate >= 500 ? 'met' : 'NOT met'})`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
