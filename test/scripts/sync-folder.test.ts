import { mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { syncFolder } from '../../scripts/sync-folder.ts';

const sync = suite('syncFolder');

sync('links what is new or replaced, and removes what is gone', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefings-sync-'));
  const from = join(root, 'from');
  const to = join(root, 'to');
  mkdirSync(join(from, 'sub'), { recursive: true });
  writeFileSync(join(from, 'a.json'), '1');
  writeFileSync(join(from, 'sub', 'b.json'), '2');
  assert.is(syncFolder(from, to), 2);
  assert.is(syncFolder(from, to), 0, 'nothing changed, nothing copied');
  assert.is(statSync(join(to, 'a.json')).ino, statSync(join(from, 'a.json')).ino, 'linked, not copied');
  // Replaced the way the data build does it: a new file renamed over the old one.
  writeFileSync(join(from, 'a.json.tmp'), '11');
  renameSync(join(from, 'a.json.tmp'), join(from, 'a.json'));
  writeFileSync(join(to, 'stale.json'), 'x');
  assert.is(syncFolder(from, to), 1);
  assert.is(readFileSync(join(to, 'a.json'), 'utf8'), '11');
  assert.not.ok(existsSync(join(to, 'stale.json')));
});

sync('a copy made earlier (not a link) is replaced when its original is newer', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefings-sync-'));
  const from = join(root, 'from');
  const to = join(root, 'to');
  mkdirSync(from, { recursive: true });
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, 'a.json'), '1');
  writeFileSync(join(from, 'a.json'), '22');
  utimesSync(join(from, 'a.json'), new Date(), new Date(Date.now() + 5000));
  assert.is(syncFolder(from, to), 1);
  assert.is(readFileSync(join(to, 'a.json'), 'utf8'), '22');
  assert.is(syncFolder(from, to), 0);
});

sync.run();
