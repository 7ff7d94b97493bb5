#!/usr/bin/env node
// `npx briefings ...`: runs the TypeScript CLI through tsx, so no compile step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
