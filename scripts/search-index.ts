// The search index: Pagefind reads the built pages (those marked data-pagefind-body) and
// writes its index and UI into <site>/pagefind/. Runs at build time; the site needs no server.
// One bundle (a dev site is small), listed in the same manifest as the build's bundles, so the
// search page reads the index the same way after either.
import * as pagefind from 'pagefind';
import { bundleFolder, writeBundleManifest } from './search-stream.ts';

export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/${bundleFolder(1)}` });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    writeBundleManifest(siteDir, [bundleFolder(1)]);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
