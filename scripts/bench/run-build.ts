// The benchmark's child process: one `npm run build` over the folders named by the BRIEFINGS_*
// variables, printing its phase times (and the peak memory so far at the end of each phase) as
// one JSON line, so the parent measures it alone.
import { build, type BuildPhase } from '../build.ts';

const output = process.argv[2];
if (!output) throw new Error('Expected an output folder as the first argument, not nothing');
const phases: Partial<Record<BuildPhase, number>> = {};
const peakMb: Partial<Record<BuildPhase, number>> = {};
const code = await build({
  output, pathPrefix: null, quiet: true,
  onPhase: (phase, ms) => {
    phases[phase] = ms;
    peakMb[phase] = Math.round(process.resourceUsage().maxRSS / 1024);
  },
});
process.stdout.write(`${JSON.stringify({ code, phases, peakMb })}\n`);
process.exitCode = code;
