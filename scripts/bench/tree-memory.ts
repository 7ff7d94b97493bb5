// Peak memory of a command and everything it starts (worker threads share its process; the search
// indexer is a process of its own): the sum of the resident sets of the whole process tree, sampled
// every 50 ms from /proc. /usr/bin/time reports the largest single process only, which would leave
// out the indexer.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const SAMPLE_MS = 50;

/** Resident bytes of `root` and its descendants now. */
function treeResident(root: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      resident.set(pid, Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += resident.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface TreeRun { readonly wall: number; readonly peakMb: number; readonly stdout: string; readonly code: number | null; readonly stderr: string }

export function runMeasured(command: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeResident(child.pid!))), SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ wall: (performance.now() - started) / 1000, peakMb: peak / 2 ** 20, stdout, stderr, code });
    });
  });
}
