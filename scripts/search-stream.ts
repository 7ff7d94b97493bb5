// The search index fed while Eleventy renders: each page marked data-pagefind-body goes to
// Pagefind (a separate process, so on the other core) as soon as it is rendered, instead of
// Pagefind reading the whole site back from disk afterwards. Same index as writeSearchIndex:
// Pagefind skips pages without data-pagefind-body once any page has it.
import * as pagefind from 'pagefind';

/** Pages sent and not yet indexed, at most: rendering waits rather than queue the whole site in memory. */
const IN_FLIGHT = 64;

export interface SearchStream {
  /** Index one rendered page; `sourcePath` is its file path inside the site ("people/x/index.html"). */
  add(sourcePath: string, html: string): Promise<void>;
  /** Write the index into <siteDir>/pagefind; returns the number of pages indexed. */
  finish(siteDir: string): Promise<number>;
  close(): Promise<void>;
}

export async function openSearchStream(): Promise<SearchStream> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const pending = new Set<Promise<void>>();
  const failures: string[] = [];
  let pages = 0;
  return {
    async add(sourcePath, html) {
      if (!html.includes('data-pagefind-body')) return;
      while (pending.size >= IN_FLIGHT) await Promise.race(pending);
      const sent: Promise<void> = index.addHTMLFile({ sourcePath, content: html }).then((added) => {
        pending.delete(sent);
        if (added.errors.length) failures.push(...added.errors);
        else pages++;
      });
      pending.add(sent);
    },
    async finish(siteDir) {
      await Promise.all(pending);
      if (failures.length) throw new Error(`search index: ${failures.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      return pages;
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
