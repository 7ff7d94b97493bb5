// What the search indexer is sent for a page: the same text, anchors, metadata and filters as the
// page, with less markup. Pagefind's cost grows with the elements it walks, not only the words: a
// briefing's source text is a span and a link or two per sentence. On the 10,000-article benchmark
// site, 300 overview pages and 841 person pages are 42.7 MB as rendered and 2.2 MB reduced, and
// Pagefind takes 1.6-1.8 s on them reduced against 4.0-4.4 s whole, writing a byte-identical index
// (scripts/render-run.ts sends pages reduced; the build test compares the two indexes).
//
// Kept: the element marked data-pagefind-body and, inside it, every element with an id (Pagefind
// starts an anchor, and a word, at each) with only its id and data-pagefind-* attributes; every
// other element that is not inline (Pagefind ends a sentence at a heading, paragraph, list item),
// with only its data-pagefind-* attributes; the text of inline elements without an id, without
// their tags; and the page's <html lang> and <title>. Dropped: what is marked data-pagefind-ignore,
// as Pagefind drops it. A page this reading is not sure of (a mark outside the body or inside an
// ignored element, markup it does not expect, an image or script) is sent as it is: the index is
// the same, only slower to build.

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?/g;
/** Phrasing elements that neither end a sentence nor start an anchor in Pagefind's text. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text: sent as they are, the reduction is not sure. */
const OPAQUE = new Set(['script', 'style', 'template', 'textarea', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'iframe', 'object', 'canvas']);

interface Open {
  readonly name: string;
  /** Its end tag is written (the start tag was). */
  readonly kept: boolean;
}

/** The page as Pagefind needs it, or the page itself when it cannot be reduced safely. */
export function searchHtml(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return html;
  const open = html.lastIndexOf('<', start);
  // Every other Pagefind mark must be inside the body element, where it is kept.
  const before = html.slice(0, open);
  if (before.includes('data-pagefind-')) return html;
  const out: string[] = [];
  const stack: Open[] = [];
  let at = open;
  TAG.lastIndex = open;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const text = html.slice(at, m.index);
    // A `<` left in the text is markup this reading did not understand.
    if (text.includes('<')) return html;
    out.push(text);
    at = TAG.lastIndex;
    const [whole, closing, rawName, attributes = '', selfClosing] = m as unknown as [string, string, string, string | undefined, string];
    if (whole.startsWith('<!--')) continue;
    const name = rawName.toLowerCase();
    if (OPAQUE.has(name)) return html;
    if (closing) {
      const top = stack.pop();
      if (!top || top.name !== name) return html;
      if (top.kept) out.push(`</${name}>`);
      if (stack.length === 0) return finish(html, out, at);
      continue;
    }
    if (VOID.has(name) || selfClosing) {
      // No text inside, but it may break words (<br>): kept bare, unless Pagefind reads it.
      if (attributes.includes('data-pagefind-') || /\sid=/.test(attributes)) return html;
      out.push(`<${name}>`);
      continue;
    }
    let kept = '';
    let id = false;
    let ignore = false;
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
      const key = a[1]!.toLowerCase();
      if (key === 'data-pagefind-ignore') {
        // `all` also drops the filters and metadata inside: only the plain form is read here.
        if (a[2] !== undefined && a[2] !== '' && a[2] !== 'index') return html;
        ignore = true;
      } else if (key === 'id' || key.startsWith('data-pagefind-')) {
        if (key === 'id') id = true;
        kept += a[0];
      }
    }
    if (ignore) {
      if (stack.length === 0) return html;
      // Straight to its end tag: nothing inside is sent (and no Pagefind mark may be inside).
      const end = closingTag(html, name, TAG.lastIndex);
      const marked = html.indexOf('data-pagefind-', TAG.lastIndex);
      if (end < 0 || (marked >= 0 && marked < end)) return html;
      at = TAG.lastIndex = end + name.length + 3;
      continue;
    }
    const write = stack.length === 0 || id || kept !== '' || !INLINE.has(name);
    stack.push({ name, kept: write });
    if (write) out.push(`<${name}${kept}>`);
  }
  return html;
}

/** Where the end tag of the `name` element opened before `from` starts, counting nested ones; -1 if none. */
function closingTag(html: string, name: string, from: number): number {
  const opening = `<${name}`;
  const closing = `</${name}>`;
  let depth = 1;
  let at = from;
  for (;;) {
    const end = html.indexOf(closing, at);
    if (end < 0) return -1;
    // Nested elements of the same name opened before this end tag.
    for (let o = html.indexOf(opening, at); o >= 0 && o < end; o = html.indexOf(opening, o + 1)) {
      const next = html.charCodeAt(o + opening.length);
      if (next === 62 || next === 32 || next === 10 || next === 9 || next === 47) depth++;
    }
    if (--depth === 0) return end;
    at = end + closing.length;
  }
}

function finish(html: string, body: string[], end: number): string {
  if (html.indexOf('data-pagefind-', end) >= 0) return html;
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  const title = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head><meta charset="utf-8">${title}</head><body>${body.join('')}</body></html>`;
}
