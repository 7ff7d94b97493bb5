// A full garbage collection, on demand. V8 lets a heap grow well past what is live before it
// collects it whole (it grew to 800 MB on the build's thread for a live 110 MB at 5,000 articles,
// most of it pages already written); the render runs one Eleventy run per part, and at the end of
// a part almost all it allocated is garbage, so that is when to collect. `--expose-gc` is set here
// rather than on every command line that runs a build; it makes `gc` a global of new contexts.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

/** Collect the whole heap of this thread (a no-op where V8 does not allow it). */
export function collectGarbage(): void {
  gc?.();
}
