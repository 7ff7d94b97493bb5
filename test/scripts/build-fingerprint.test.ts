// The "nothing changed" check: same inputs, same fingerprint; any edit or a replaced output rebuilds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fingerprint, recordBuild, unchangedSince, type BuildInputs } from '../../scripts/build-fingerprint.ts';
import { ROOT } from '../../scripts/build-data.ts';

const scratch = mkdtempSync(join(tmpdir(), 'briefings-fingerprint-'));
const inputs: BuildInputs = {
  root: ROOT, contentDir: join(scratch, 'content'), dataDir: join(scratch, 'data'), output: join(scratch, 'site'), pathPrefix: '',
};
const cache = join(scratch, 'cache');

const print = suite('fingerprint');

print.before.each(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const dir of [inputs.contentDir, inputs.dataDir, inputs.output]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(inputs.contentDir, 'a.md'), 'Alice Smith said "hello".\n');
});

print('is the same for the same inputs', () => {
  assert.is(fingerprint(inputs), fingerprint(inputs));
});

print('changes when an article, the path prefix or the output changes', () => {
  const before = fingerprint(inputs);
  assert.is.not(fingerprint({ ...inputs, pathPrefix: '/x/' }), before);
  assert.is.not(fingerprint({ ...inputs, output: join(scratch, 'other') }), before);
  writeFileSync(join(inputs.contentDir, 'a.md'), 'Alice Smith said "goodbye".\n');
  assert.is.not(fingerprint(inputs), before);
});

const last = suite('unchangedSince');

last.before.each(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const dir of [inputs.contentDir, inputs.dataDir, inputs.output]) mkdirSync(dir, { recursive: true });
});

last('gives the last warnings back when nothing changed', () => {
  recordBuild(cache, 'abc', inputs.output, ['a warning']);
  assert.equal(unchangedSince(cache, 'abc', inputs), ['a warning']);
});

last('is null for another fingerprint', () => {
  recordBuild(cache, 'abc', inputs.output, []);
  assert.is(unchangedSince(cache, 'abd', inputs), null);
});

last('is null when the output was replaced or removed', () => {
  recordBuild(cache, 'abc', inputs.output, []);
  rmSync(inputs.output, { recursive: true });
  assert.is(unchangedSince(cache, 'abc', inputs), null);
  mkdirSync(inputs.output);
  writeFileSync(join(inputs.output, 'index.html'), '');
  assert.is(unchangedSince(cache, 'abc', inputs), null);
});

last('is null before any build', () => {
  assert.is(unchangedSince(join(scratch, 'no-cache'), 'abc', inputs), null);
});

print.run();
last.run();
