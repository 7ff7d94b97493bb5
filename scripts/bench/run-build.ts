// The benchmark's child process: one `npm run build` over the folders named by the BRIEFINGS_*
// variables, printing its phase times as one JSON line, so the parent measures it alone.
import { build, type BuildPhase } from '../build.ts';

const output = process.argv[2];
if (!output) throw new Error('Expected an output folder as the first argument, not nothing');
const phases: Partial<Record<BuildPhase, number>> = {};
const code = await build({ output, pathPrefix: null, quiet: true, onPhase: (phase, ms) => (phases[phase] = ms) });
process.stdout.write(`${JSON.stringify({ code, phases })}\n`);
process.exitCode = code;
