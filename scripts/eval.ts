// `npm run eval [-- DIR]`: runs the extraction over every dev file of the evaluation kit and
// prints the scorer's tables, so a change is judged in one command. DIR defaults to
// ../shared/eval (or BRIEFINGS_EVAL_DIR); the kit is not part of this project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractBriefing } from '../src/pipeline/extract-briefing.ts';
import { toEvalRecord } from '../src/export/eval-record.ts';
import { ROOT } from './build-data.ts';

const args = process.argv.slice(2);
const only = args.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.BRIEFINGS_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval'));
const scorer = join(dir, 'score.mjs');
if (!existsSync(scorer) || !existsSync(join(dir, 'dev'))) {
  process.stderr.write(`error: no evaluation kit at ${dir} (expected score.mjs and dev/); pass its folder: npm run eval -- /path/to/eval\n`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'briefings-eval-'));
const files = readdirSync(join(dir, 'dev')).filter((f) => f.endsWith('.jsonl') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
for (const file of files) {
  const started = performance.now();
  const gold = readFileSync(join(dir, 'dev', file), 'utf8').split('\n').filter((l) => l.trim());
  const lines = gold.map((line) => {
    const { id, text, published } = JSON.parse(line) as { id: string; text: string; published: string | null };
    return JSON.stringify(toEvalRecord(String(id), extractBriefing(text, { published: published ? published.slice(0, 10) : null })));
  });
  const system = join(out, file);
  writeFileSync(system, `${lines.join('\n')}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n=== ${file} (${gold.length} articles, extracted in ${seconds}s)\n`);
  const scored = spawnSync(process.execPath, [scorer, join(dir, 'dev', file), system], { encoding: 'utf8' });
  process.stdout.write(scored.stdout + scored.stderr);
}
