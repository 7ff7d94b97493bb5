import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { syncFolder } from '../../scripts/sync-folder.ts';

const sync = suite('syncFolder');

sync('copies what is new or newer, and removes what is gone', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefings-sync-'));
  const from = join(root, 'from');
  const to = join(root, 'to');
  mkdirSync(join(from, 'sub'), { recursive: true });
  writeFileSync(join(from, 'a.json'), '1');
  writeFileSync(join(from, 'sub', 'b.json'), '2');
  assert.is(syncFolder(from, to), 2);
  assert.is(syncFolder(from, to), 0, 'nothing changed, nothing copied');
  writeFileSync(join(from, 'a.json'), '11');
  utimesSync(join(from, 'a.json'), new Date(), new Date(Date.now() + 5000));
  writeFileSync(join(to, 'stale.json'), 'x');
  assert.is(syncFolder(from, to), 1);
  assert.is(readFileSync(join(to, 'a.json'), 'utf8'), '11');
  assert.not.ok(existsSync(join(to, 'stale.json')));
});

sync.run();
