// One build at a time per output folder, and nothing half-written left behind. A build holds
// `<output>.lock` (with its process id) while it runs; a second build finds it and stops with a
// clear message. A lock, staging folder or swapped-out folder left by a killed build (its process
// is gone) is cleaned up by the next build, and a site caught between the two renames of a swap
// is put back first.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputBusyError extends Error {
  constructor(readonly output: string, readonly pid: number) {
    super(`another build (process ${pid}) is writing ${output}; wait for it to finish, then build again`);
  }
}

/** Take the output folder for this process; returns the function that gives it back. */
export function acquireOutput(output: string): () => void {
  const lock = `${output}.lock`;
  // A new output folder may sit in a folder that does not exist yet.
  mkdirSync(dirname(output), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      recover(output);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (alive(pid) && pid !== process.pid) throw new OutputBusyError(output, pid);
      rmSync(lock, { force: true }); // left by a build that was killed
    }
  }
  throw new OutputBusyError(output, Number.NaN);
}

/** Put back a site a killed build had swapped out, and remove what killed builds left. */
function recover(output: string): void {
  const dir = dirname(output);
  const name = basename(output);
  if (!existsSync(dir)) return;
  const leftovers = readdirSync(dir)
    .map((entry) => ({ entry, match: new RegExp(`^${escape(name)}\\.(old|building)-(\\d+)$`).exec(entry) }))
    .filter((l) => l.match && !alive(Number(l.match[2])));
  const old = leftovers.find((l) => l.match![1] === 'old');
  if (!existsSync(output) && old) renameSync(join(dir, old.entry), output);
  for (const l of leftovers) if (l !== old || existsSync(join(dir, l.entry))) rmSync(join(dir, l.entry), { recursive: true, force: true });
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
