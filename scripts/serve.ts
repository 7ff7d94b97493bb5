// `npm start`: a dev server with live reload. Editing an article (or adding one) re-runs the
// data build (unchanged articles come from the cache) and reloads the page. Code changes in
// src/ need a restart: the running process keeps the code it started with.
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { ROOT } from './build-data.ts';

const port = Number(process.env.PORT ?? 8080);
const eleventy = new Eleventy(join(ROOT, 'templates'), join(ROOT, '_site'), {
  configPath: join(ROOT, '.eleventy.ts'),
  runMode: 'serve',
  source: 'cli',
});
await eleventy.init();
await eleventy.watch();
eleventy.serve(port);
process.on('SIGINT', async () => {
  await eleventy.stopWatch();
  process.exit(0);
});
