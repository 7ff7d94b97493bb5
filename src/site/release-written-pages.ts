// Eleventy 3.1 keeps every written page's final HTML until the whole build ends: in the render
// promise it caches on the page's template, and in the write result that `write()` returns. At
// ten thousand briefings that is most of the build's memory. Once a page is on disk nothing here
// reads it again (no template uses collections' content, the build ignores write()'s results), so
// this lets it go. Eleventy does not export its Template class: it is loaded from the package's
// files, and left alone, with a warning, if its shape is not the one this was written against.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PageEntry { template?: { _cacheRenderedTransformsAndLayoutsPromise?: unknown } }
interface WriteResult { content?: unknown }
interface TemplateProto { _write?: (page: PageEntry, content: unknown) => Promise<WriteResult | undefined> }

let patched = false;

export async function releaseWrittenPages(warn: (message: string) => void = () => {}): Promise<void> {
  if (patched) return;
  patched = true;
  const entry = createRequire(import.meta.url).resolve('@11ty/eleventy');
  const module = (await import(pathToFileURL(join(dirname(entry), 'Template.js')).href)) as { default?: { prototype: TemplateProto } };
  const proto = module.default?.prototype;
  const write = proto?._write;
  if (!proto || typeof write !== 'function') {
    warn('this Eleventy version writes pages differently; written pages stay in memory until the build ends');
    return;
  }
  proto._write = async function (this: unknown, page, content) {
    const result = await write.call(this, page, content);
    if (page.template) page.template._cacheRenderedTransformsAndLayoutsPromise = undefined;
    if (result) result.content = '';
    return result;
  };
}
