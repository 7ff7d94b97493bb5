// Property tests for what stands between untrusted text and the page: slugs, note anchors,
// nesting of marks, and editors' Markdown.
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify } from '../../src/site/slugify.ts';
import { anchorNote } from '../../src/annotations/anchor-note.ts';
import { nestMarks, type Mark } from '../../src/site/source-nodes.ts';
import { renderMarkdown } from '../../src/site/render-markdown.ts';
import type { SourceNode } from '../../src/site/site-types.ts';

const props = suite('site: properties');
/** FUZZ_RUNS=100000 for a long campaign; the default keeps `npm test` quick. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const hostile = fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', ']]>', '../', '\u0000', 'é', '中文', '😀', ' ', '\n', '[x](javascript:alert(1))', '<a href="javascript:x">y</a>', '<iframe src=//evil>', '`code`', '*em*', 'JAVASCRIPT:x', '&#106;avascript:');
const text = fc.array(fc.oneof(hostile, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''));

props('slugs are always safe path segments', () => {
  fc.assert(fc.property(text, (name) => {
    const slug = slugify(name);
    return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 80 && !slug.includes('..');
  }), { numRuns: RUNS });
});

props('a note anchor is always the exact passage, with its prefix and suffix', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.nat(4), fc.nat(4), (body, a, b, p, s) => {
    if (body.length === 0) return true;
    const start = a % body.length;
    const end = start + 1 + (b % (body.length - start));
    const selector = { exact: body.slice(start, end), prefix: body.slice(Math.max(0, start - p), start), suffix: body.slice(end, end + s) };
    const found = anchorNote(body, selector);
    if (!found) return false;
    return body.slice(found.start, found.end) === selector.exact && found.start <= start
      && body.slice(found.start - selector.prefix.length, found.start) === selector.prefix
      && body.slice(found.end, found.end + selector.suffix.length) === selector.suffix;
  }), { numRuns: RUNS });
});

const flat = (nodes: readonly SourceNode[]): string => nodes.map((n) => ('text' in n ? n.text : flat(n.children))).join('');

props('nested marks always read back as exactly the text', () => {
  const kinds: Mark['mark'][] = ['quote', 'person', 'date', 'note', 'organisation'];
  fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(4)), { maxLength: 20 }), (body, raw) => {
    const marks: Mark[] = raw.map(([a, b, k]) => {
      const start = body.length ? a % body.length : 0;
      return { start, end: Math.min(body.length, start + (b % 20)), mark: kinds[k]!, id: null, href: null, title: '', datetime: null, rank: k };
    });
    return flat(nestMarks(body, 0, body.length, marks)) === body;
  }), { numRuns: RUNS });
});

props('editors’ Markdown never yields a script, an event handler or a javascript: link', () => {
  fc.assert(fc.property(text, (source) => {
    // Only real tags count: escaped text ("&lt;img onerror=…") is harmless.
    const tags = renderMarkdown(source).toLowerCase().match(/<[a-z][^>]*>/g) ?? [];
    return tags.every((tag) => !/^<(script|iframe|img|object|embed)/.test(tag) && !/\son\w+=/.test(tag) && !/href="\s*(javascript|vbscript|data):/.test(tag));
  }), { numRuns: RUNS });
});

props.run();
