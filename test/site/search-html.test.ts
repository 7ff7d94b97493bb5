import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { searchHtml } from '../../src/site/search-html.ts';

const page = (body: string, head = '<title>A · Site</title>'): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<link rel="stylesheet" href="/s.css"></head><body><nav><a href="/">Home</a></nav><main>${body}</main><footer>Made here</footer></body></html>`;
const reduced = (body: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A · Site</title></head><body>${body}</body></html>`;

const lean = suite('searchHtml');

lean('keeps the body element, ids, Pagefind marks and block elements; unwraps inline elements', () => {
  const html = page(
    '<article class="briefing" data-pagefind-body data-pagefind-filter="type:Briefing">' +
      '<h1 class="t" data-pagefind-meta="title">Port &amp; harbour</h1>' +
      '<p class="meta">Published <time datetime="2024-01-02">2 January 2024</time></p>' +
      '<p><span class="sentence" id="s1"><a class="anchor" href="#s1">1</a>Mr <a class="m m-person" href="/people/x/" title="X">Smith</a> said <span class="m m-quote" id="q1">“no”</span>.</span><br>Next</p>' +
      '</article>',
  );
  assert.is(
    searchHtml(html),
    reduced(
      '<article data-pagefind-body data-pagefind-filter="type:Briefing">' +
        '<h1 data-pagefind-meta="title">Port &amp; harbour</h1>' +
        '<p>Published 2 January 2024</p>' +
        '<p><span id="s1">1Mr Smith said <span id="q1">“no”</span>.</span><br>Next</p>' +
        '</article>',
    ),
  );
});

lean('drops what is marked data-pagefind-ignore, nested elements of the same name included', () => {
  const html = page(
    '<article data-pagefind-body><section data-pagefind-ignore><section><p>inner</p></section><p>still ignored</p></section>' +
      '<p class="kicker" data-pagefind-ignore="index">Briefing</p><section><h2 id="h">Kept</h2></section></article>',
  );
  assert.is(searchHtml(html), reduced('<article data-pagefind-body><section><h2 id="h">Kept</h2></section></article>'));
});

lean('leaves a page without a body mark alone', () => {
  const html = page('<article><p>No index</p></article>');
  assert.is(searchHtml(html), html);
});

lean('sends the page whole when it cannot be sure the index would be the same', () => {
  const cases = {
    'a mark outside the body': page('<p data-pagefind-meta="x">y</p><article data-pagefind-body><p>z</p></article>'),
    'a mark after the body': page('<article data-pagefind-body><p>z</p></article><p data-pagefind-filter="a:b">y</p>'),
    'a mark inside an ignored element': page('<article data-pagefind-body><section data-pagefind-ignore><span data-pagefind-filter="a:b">y</span></section></article>'),
    'ignore="all"': page('<article data-pagefind-body><section data-pagefind-ignore="all"><p>y</p></section></article>'),
    'an ignored body': page('<article data-pagefind-body data-pagefind-ignore><p>y</p></article>'),
    'an image': page('<article data-pagefind-body><p><img src="a.png" alt="A harbour"></p></article>'),
    'a script': page('<article data-pagefind-body><script>var a = 1 < 2;</script></article>'),
    'an svg': page('<article data-pagefind-body><svg viewBox="0 0 1 1"><title>t</title></svg></article>'),
    'single-quoted attributes': page("<article data-pagefind-body><p class='x'>y</p></article>"),
    'a stray end tag': page('<article data-pagefind-body><p>y</span></p></article>'),
    'an unclosed body': '<html lang="en"><body><article data-pagefind-body><p>y</p>',
    'a void element with an id': page('<article data-pagefind-body><p>y<br id="b">z</p></article>'),
  };
  for (const [name, html] of Object.entries(cases)) assert.is(searchHtml(html), html, name);
});

lean('keeps an image or figure in an ignored section out of the question', () => {
  const html = page('<article data-pagefind-body><section data-pagefind-ignore><figure><svg><rect/></svg><img src="x.png"></figure></section><p>Text</p></article>');
  assert.is(searchHtml(html), reduced('<article data-pagefind-body><p>Text</p></article>'));
});

lean('keeps the language and title, and a page without them', () => {
  assert.is(searchHtml('<body><div data-pagefind-body><p>Hi</p></div></body>'), '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div data-pagefind-body><p>Hi</p></div></body></html>');
  const html = page('<div data-pagefind-body>x</div>').replace('lang="en"', 'lang="fr"');
  assert.ok(searchHtml(html).startsWith('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>A · Site</title></head>'));
});

lean.run();
