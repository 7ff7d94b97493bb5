// The extraction CLI as a pipeline uses it: data on stdout, one-line errors, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../../scripts/build-data.ts';

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'bin.mjs'), ...args], { input, encoding: 'utf8', cwd: ROOT });

const scratch = mkdtempSync(join(tmpdir(), 'briefings-cli-'));
const cli = suite('briefings extract');

cli('--jsonl writes one record per line in the documented shape', () => {
  const input = [
    JSON.stringify({ id: 'a', text: '“We are done,” Mr Kahl said on Monday.', published: '2023-08-22' }),
    '',
    JSON.stringify({ id: 7, text: '', published: null }),
  ].join('\n');
  const out = run(['extract', '--jsonl'], input);
  assert.is(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.is(lines.length, 2);
  assert.is(lines[0]!.id, 'a');
  assert.is(lines[1]!.id, '7');
  for (const line of lines) for (const key of ['people', 'quotes', 'temporal', 'summary']) assert.ok(Array.isArray(line[key]), key);
  const quote = (lines[0]!.quotes as { text: string; start: number; end: number; speaker: string | null }[])[0];
  assert.ok(quote?.text.startsWith('We are done'), 'the quote is found');
  assert.is(quote?.start, 1);
  assert.match(quote?.speaker ?? '', /Kahl/);
});

cli('--jsonl reports a bad line on stderr with its line number and exits non-zero', () => {
  const out = run(['extract', '--jsonl'], `${JSON.stringify({ id: 'ok', text: 'Fine.' })}\nnot json\n${JSON.stringify({ id: 'x', text: 'T', published: '2023-02-30' })}\n`);
  assert.is(out.status, 1);
  assert.is(out.stdout.trim().split('\n').length, 1);
  assert.equal(out.stderr.trim().split('\n'), [
    'error: stdin:2: is not a JSON object',
    'error: stdin:3: published date "2023-02-30" is not a calendar date',
  ]);
});

cli('FILE prints the extraction of an article with front matter', () => {
  const file = join(scratch, 'a.md');
  writeFileSync(file, '---\ntitle: Test\npublished: 2023-08-22\n---\nMr Kahl said the talks ended on Monday.\n');
  const out = run(['extract', file]);
  assert.is(out.status, 0, out.stderr);
  const record = JSON.parse(out.stdout) as { title: string; published: string; temporal: { text: string; value: string }[] };
  assert.is(record.title, 'Test');
  assert.is(record.published, '2023-08-22');
});

cli('--published overrides and is validated', () => {
  const file = join(scratch, 'b.txt');
  writeFileSync(file, 'Talks ended on Monday.\n');
  const bad = run(['extract', file, '--published', '2023-13-01']);
  assert.is(bad.status, 2);
  assert.is(bad.stderr, `error: ${file}: published date "2023-13-01" is not a calendar date\n`);
  assert.is(bad.stdout, '');
});

cli('a missing file, a broken front matter and a bad command fail with one line', () => {
  const missing = run(['extract', join(scratch, 'nope.md')]);
  assert.is(missing.status, 2);
  assert.is(missing.stderr, `error: ${join(scratch, 'nope.md')}: no such file\n`);
  const broken = join(scratch, 'c.md');
  writeFileSync(broken, '---\ntitle: [oops\n---\nText.\n');
  const out = run(['extract', broken]);
  assert.is(out.status, 2);
  assert.match(out.stderr, new RegExp(`^error: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: front matter is not valid YAML \\(.+\\)\\n$`));
  assert.is(run(['frobnicate']).status, 2);
});

cli('a file that is not UTF-8 text is refused in one line', () => {
  const file = join(scratch, 'latin1.txt');
  writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  const out = run(['extract', file]);
  assert.is(out.status, 2);
  assert.is(out.stderr, `error: ${file}: is not valid UTF-8 text; save it as UTF-8\n`);
});

cli.run();
