// The whole build over the example site, as a user runs it, and over hostile and broken content.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../scripts/build.ts';
import { checkLinks } from '../scripts/check-links.ts';
import { buildData, ROOT, startDataFolder } from '../scripts/build-data.ts';
import { extractInPool } from '../scripts/extract-pool.ts';
import { isSearchable } from '../scripts/search-stream.ts';
import { searchHtml } from '../src/site/search-html.ts';
import * as pagefind from 'pagefind';
import type { BriefingRecord, PersonRecord } from '../src/site/site-types.ts';

const scratch = mkdtempSync(join(tmpdir(), 'briefings-build-'));

/** Build `contentDir` into a fresh folder; returns the exit code and the folder. */
async function buildSite(name: string, contentDir: string, renderShares?: number, renderPart?: number): Promise<{ code: number; out: string }> {
  process.env.BRIEFINGS_CONTENT_DIR = contentDir;
  process.env.BRIEFINGS_DATA_DIR = join(scratch, `${name}-data`);
  process.env.BRIEFINGS_CACHE_DIR = join(scratch, 'cache');
  const out = join(scratch, name);
  const code = await build({ output: out, pathPrefix: '/', quiet: true, ...(renderShares ? { renderShares } : {}), ...(renderPart ? { renderPart } : {}) });
  return { code, out };
}

const page = (out: string, path: string): string => readFileSync(join(out, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

const example = suite('build: the example site');
let site = '';

example.before(async () => {
  const { code, out } = await buildSite('example', join(ROOT, 'content'));
  assert.is(code, 0);
  site = out;
});

example('writes every page type', () => {
  for (const path of [
    '', 'briefings/musk-putin-starlink', 'briefings/musk-putin-starlink/people', 'briefings/musk-putin-starlink/quotes',
    'briefings/musk-putin-starlink/chronology', 'people', 'people/elon-musk', 'people/colin-kahl', 'people/vladimir-putin',
    'chronology', 'quotes', '404.html',
  ]) {
    assert.ok(existsSync(join(site, path, path.endsWith('.html') ? '' : 'index.html')), `missing page /${path}`);
  }
});

example('publishes the data files', () => {
  for (const file of ['briefings.json', 'people.json', 'quotes.json', 'chronology.json', 'briefings/musk-putin-starlink.json']) {
    assert.ok(existsSync(join(site, 'data', file)), `missing /data/${file}`);
  }
});

example('lists briefings newest first on the home page', () => {
  const home = page(site, '');
  const order = ['briefings/musk-putin-starlink/', 'briefings/apple-to-give-free-cases/', 'briefings/apple-unveils-iphone-4/'].map((h) => home.indexOf(`href="/${h}"`));
  assert.ok(order.every((i) => i > 0));
  assert.equal(order, [...order].sort((a, b) => a - b));
});

example('gives every sentence of the source an anchor', () => {
  const b = JSON.parse(readFileSync(join(site, 'data/briefings/musk-putin-starlink.json'), 'utf8')) as BriefingRecord;
  const html = page(site, 'briefings/musk-putin-starlink');
  for (let n = 1; n <= b.counts.sentences; n++) assert.ok(html.includes(`id="s${n}"`), `no anchor s${n}`);
});

example('links every quote, person and date to its sentence', () => {
  const b = JSON.parse(readFileSync(join(site, 'data/briefings/musk-putin-starlink.json'), 'utf8')) as BriefingRecord;
  const refs = [...b.quotes.map((q) => q.source), ...b.people.map((p) => p.firstMention), ...b.chronology.map((c) => c.source)];
  assert.ok(b.quotes.length >= 9 && b.people.length === 3 && b.chronology.length >= 3);
  for (const ref of refs) assert.match(ref!.href, /^\/briefings\/musk-putin-starlink\/#s\d+$/);
  const quotesPage = page(site, 'briefings/musk-putin-starlink/quotes');
  for (const q of b.quotes) assert.ok(quotesPage.includes(`href="${q.source.href}"`), `quote ${q.id} has no source link`);
  const chronology = page(site, 'briefings/musk-putin-starlink/chronology');
  assert.ok(chronology.includes('<time datetime="2022-10">October 2022</time>'));
  assert.ok(chronology.includes('<time datetime="2023-06">June 2023</time>'));
});

example('gathers a person across briefings', () => {
  const people = JSON.parse(readFileSync(join(site, 'data/people.json'), 'utf8')) as PersonRecord[];
  const jobs = people.find((p) => p.id === 'steve-jobs');
  assert.ok(jobs, 'Steve Jobs has a page');
  const slugs = jobs!.briefings.map((b) => b.slug);
  for (const slug of ['apple-to-give-free-cases', 'apple-unveils-iphone-4', 'jobs-resigns']) assert.ok(slugs.includes(slug), slug);
  // Quoted in more than one briefing: one page lists the quotes of each.
  assert.ok(new Set(jobs!.quotes.map((q) => q.briefing.slug)).size >= 2);
  const chronology = page(site, 'chronology');
  const order = ['Friday 16 July 2010', 'Monday 17 January 2011', 'Wednesday 24 August 2011'].map((d) => chronology.indexOf(d));
  assert.ok(order.every((i) => i > 0), 'entries of three briefings on /chronology/');
  assert.equal(order, [...order].sort((a, b) => a - b), '/chronology/ interleaves briefings by date');
  const musk = people.find((p) => p.id === 'elon-musk')!;
  assert.ok(musk.quotes.some((q) => q.text.startsWith('The hell with it')));
  assert.ok(page(site, 'people/elon-musk').includes('The hell with it'));
});

example('has no broken internal link or fragment', async () => {
  const broken = await checkLinks(site);
  assert.equal(broken, []);
});

example('writes valid HTML on every page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 18);
  for (const file of pages) {
    const report = await validator.validateFile(join(site, file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}: ${m.message}`));
    assert.equal(messages, [], file);
  }
});

example('builds byte-identical output twice in a row', async () => {
  const again = await buildSite('example-again', join(ROOT, 'content'));
  assert.is(again.code, 0);
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  assert.equal(files(again.out), files(site));
  for (const file of files(site)) {
    if (file.includes('.')) assert.ok(readFileSync(join(site, file)).equals(readFileSync(join(again.out, file))), file);
  }
});

for (const [threads, part] of [[3, 2], [1, 2]] as const) {
  example(`rendered on ${threads} thread(s) in parts of ${part} briefings, writes the same site`, async () => {
    const parted = await buildSite(`example-parts-${threads}`, join(ROOT, 'content'), threads, part);
    assert.is(parted.code, 0);
    // The search index is fed pages in the order the threads finish them: only its page count is compared.
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind')).sort();
    assert.equal(files(parted.out), files(site));
    for (const file of files(site)) {
      if (file.includes('.')) assert.ok(readFileSync(join(site, file)).equals(readFileSync(join(parted.out, file))), file);
    }
    const pages = (dir: string) => (JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en.page_count;
    assert.is(pages(parted.out), pages(site));
  });
}

example('the search index of the pages as sent to Pagefind (reduced) is the index of the pages as written', async () => {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  const searchable = files.map((f) => [f, readFileSync(join(site, f), 'utf8')] as const).filter(([, html]) => isSearchable(html));
  assert.ok(searchable.length > 10);
  assert.ok(searchable.every(([, html]) => searchHtml(html).length < html.length / 2), 'every page is reduced');
  const indexOf = async (send: (html: string) => string): Promise<string> => {
    const output = mkdtempSync(join(scratch, 'pagefind-'));
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      for (const [file, html] of searchable) await index!.addHTMLFile({ sourcePath: file, content: send(html) });
      await index!.writeFiles({ outputPath: output });
    } finally {
      await pagefind.close();
    }
    return output;
  };
  const whole = await indexOf((html) => html);
  // The sentence numbers and note markers are not words of the source: "Elon", not "1Elon";
  // "official", not "officialnote".
  const fragments = readdirSync(join(whole, 'fragment')).map((f) => {
    const bytes = gunzipSync(readFileSync(join(whole, 'fragment', f)));
    return JSON.parse(bytes.subarray(bytes.indexOf('{')).toString('utf8')) as { url: string; content: string };
  });
  const musk = fragments.find((f) => f.url === '/briefings/musk-putin-starlink/')!.content;
  assert.match(musk, 'sentence anchors. Elon Musk said he had engaged');
  assert.match(musk, 'according to a former Pentagon official. ');
  const reduced = await indexOf(searchHtml);
  const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  assert.equal(listing(reduced), listing(whole));
  for (const file of listing(whole)) {
    if (file.includes('.')) assert.ok(readFileSync(join(whole, file)).equals(readFileSync(join(reduced, file))), file);
  }
});

example('records built by the extraction workers are the ones the data build makes itself', async () => {
  const options = { contentDir: join(ROOT, 'content'), dataDir: join(scratch, 'records-data'), cacheDir: join(scratch, 'cache'), warn: () => {} };
  startDataFolder(options.dataDir);
  const pool = await extractInPool(options);
  assert.is(pool.prepared.records.size, pool.files);
  const gathered = buildData({ ...options, prepared: pool.prepared }).site;
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  const data = Object.fromEntries(files(options.dataDir).map((f) => [f, f.endsWith('.json') ? readFileSync(join(options.dataDir, f), 'utf8') : '']));
  const own = buildData(options).site;
  assert.is(JSON.stringify(gathered), JSON.stringify(own));
  // The data files the workers and the data build wrote together are the ones it writes alone.
  assert.equal(Object.fromEntries(files(options.dataDir).map((f) => [f, f.endsWith('.json') ? readFileSync(join(options.dataDir, f), 'utf8') : ''])), data);
});

example.run();

const hostile = suite('build: hostile and broken content');

hostile('shows markup in articles and front matter as text', async () => {
  const content = join(scratch, 'hostile-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(
    join(content, 'x.md'),
    '---\ntitle: "<script>alert(1)</script> \\"><img src=x onerror=alert(2)>"\npublished: 2023-08-22\nsource: "<b>Bold</b>"\n---\n' +
      'Mr Evil Hacker said “<script>alert(3)</script>” on Monday. The <img src=x onerror=alert(4)> tag ]]> stays text.\n\n' +
      "Sean O'Brien, a council member, said “we will see” on Tuesday.\n",
  );
  writeFileSync(
    join(content, 'x.annotations.yaml'),
    [
      'people:', '  Evil Hacker:', '    role: "<script>alert(5)</script>"',
      'notes:', '  - exact: "tag ]]> stays"',
      '    note: "<script>alert(6)</script> [click](javascript:alert(7)) <img src=x onerror=alert(8)> ]]>"',
    ].join('\n'),
  );
  const { code, out } = await buildSite('hostile', content);
  assert.is(code, 0);
  const html = page(out, 'briefings/x');
  const unsafe = /<script>alert|<img src=x|<b>Bold|href="javascript:/i;
  assert.not.ok(unsafe.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(4)&gt;'));
  assert.ok(html.includes('&lt;script&gt;alert(6)&lt;/script&gt;'), 'the note shows its markup as text');
  // Page titles are escaped once: not `&amp;lt;` (a title computed by Eleventy was escaped twice).
  const title = '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;';
  assert.match(html, `<title>${title} · `);
  assert.match(page(out, 'briefings/x/quotes'), `<title>Quotes · ${title} · `);
  assert.match(page(out, 'people/sean-obrien'), '<title>Sean O&#39;Brien · ');
  for (const path of ['', 'people', 'quotes', 'chronology', 'briefings/x/people', 'briefings/x/quotes']) {
    assert.not.ok(unsafe.test(page(out, path)), path);
  }
  // Feeds: Atom is well-formed XML with the text escaped; JSON Feed and the data files are valid JSON.
  const atom = readFileSync(join(out, 'feed.xml'), 'utf8');
  assert.not.ok(/<script>|<img/.test(atom));
  assert.ok(atom.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.not.ok(/]]>/.test(atom.replace(/^<\?xml[^>]*>/, '')), 'no raw ]]> in the feed');
  const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { items: { title: string }[] };
  assert.ok(feed.items.some((i) => i.title.includes('<script>alert(1)</script>')));
  const data = JSON.parse(readFileSync(join(out, 'data/briefings/x.json'), 'utf8')) as { title: string };
  assert.ok(data.title.includes('<script>'));
});

hostile('refuses symbolic links that lead outside content/ or nowhere, and survives a link loop', async () => {
  const content = join(scratch, 'links-content');
  mkdirSync(join(content, 'sub'), { recursive: true });
  writeFileSync(join(content, 'ok.md'), '---\ntitle: OK\npublished: 2024-01-02\n---\nThe port reopened.\n');
  writeFileSync(join(scratch, 'secret.txt'), 'Not an article.\n');
  symlinkSync(join(scratch, 'secret.txt'), join(content, 'outside.txt'));
  symlinkSync(join(scratch, 'missing.md'), join(content, 'dangling.md'));
  symlinkSync(content, join(content, 'sub', 'loop'));
  const { result, stderr } = await capturingStderr(() => buildSite('links', content));
  assert.is(result.code, 1);
  assert.ok(stderr.includes(`error: ${join(content, 'outside.txt')}: is a symbolic link to a file outside content/; copy the file in instead (left out; the rest of the site was built)`), stderr);
  assert.ok(stderr.includes(`error: ${join(content, 'dangling.md')}: is a symbolic link to nothing (left out`), stderr);
  assert.ok(existsSync(join(result.out, 'briefings/ok/index.html')));
  assert.not.ok(existsSync(join(result.out, 'briefings/outside')));
});

hostile('refuses a javascript: URL in front matter', async () => {
  const content = join(scratch, 'jsurl-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'u.md'), '---\ntitle: U\nurl: "javascript:alert(1)"\n---\nText.\n');
  const { result, stderr } = await capturingStderr(() => buildSite('jsurl', content));
  assert.is(result.code, 1);
  assert.match(stderr, /^error: \S*u\.md:3: front matter `url` "javascript:alert\(1\)" /);
});

hostile('a bad article is left out with one clear line, and the rest of the site still builds', async () => {
  const content = join(scratch, 'broken-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'good.md'), '---\ntitle: Good\npublished: 2023-08-22\n---\nA good article about Jane Doe.\n');
  writeFileSync(join(content, 'bad.md'), '---\ntitle: Bad\npublished: 2023-02-30\n---\nText.\n');
  const { result, stderr } = await capturingStderr(() => buildSite('kept', content));
  assert.is(result.code, 1, 'the build says something was wrong');
  assert.ok(stderr.includes(`error: ${join(content, 'bad.md')}:3: front matter \`published\` "2023-02-30" is not a calendar date (left out; the rest of the site was built)\n`), stderr);
  assert.ok(existsSync(join(result.out, 'briefings/good/index.html')));
  assert.not.ok(existsSync(join(result.out, 'briefings/bad')));
  assert.equal(await checkLinks(result.out), []);
});

hostile('bad files are left out with one clear line each, naming the file', async () => {
  const cases: [string, Buffer | string, string][] = [
    ['latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), 'is not valid UTF-8 text; save it as UTF-8'],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'is not valid UTF-8 text; save it as UTF-8'],
    ['nul.md', 'Text with a\u0000NUL byte.\n', 'is a binary file, not an article'],
    ['empty.md', '---\ntitle: Empty\n---\n\n', 'has no article text'],
  ];
  for (const [name, bytes, message] of cases) {
    const content = join(scratch, `bad-${name}`);
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, name), bytes);
    const { result, stderr } = await capturingStderr(() => buildSite(`bad-${name}`, content));
    assert.is(result.code, 1, name);
    assert.is(stderr.split('\n')[0], `error: ${join(content, name)}: ${message} (left out; the rest of the site was built)`);
  }
});

hostile.run();

/** Run `fn`, collecting what it writes to stderr. */
async function capturingStderr<T>(fn: () => Promise<T>): Promise<{ result: T; stderr: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { result: await fn(), stderr };
  } finally {
    process.stderr.write = write;
  }
}

const annotated = suite('build: editors’ annotations');

annotated('applies renames, merges, hides, a speaker fix, notes and a chronology entry on every page', async () => {
  const content = join(scratch, 'annotated-content');
  cpSync(join(ROOT, 'test', 'fixtures', 'annotated'), content, { recursive: true });
  const before = ['bridge.md', 'bridge.annotations.yaml'].map((f) => readFileSync(join(content, f)));
  const { result, stderr } = await capturingStderr(() => buildSite('annotated', content));
  assert.is(result.code, 0, stderr);
  const out = result.out;
  // Renamed, merged and hidden people.
  assert.ok(existsSync(join(out, 'people/thomas-becker/index.html')));
  for (const gone of ['tom-becker', 'ana-ruiz', 'olsen-ruiz']) assert.not.ok(existsSync(join(out, 'people', gone)), gone);
  assert.ok(page(out, 'people/maria-olsen').includes('Olsen-Ruiz'));
  const overview = page(out, 'briefings/bridge');
  assert.not.ok(overview.includes('>Ana Ruiz<'));
  // The speaker fix shows on the quotes page and on the person's page.
  const quotes = page(out, 'briefings/bridge/quotes');
  assert.match(quotes, /The repairs are finished\.<\/p><\/blockquote>\s*<figcaption>\s*<a class="speaker" href="\/people\/thomas-becker\/">Thomas Becker<\/a>/);
  assert.ok(quotes.includes('speaker set by the editor'));
  assert.ok(page(out, 'people/thomas-becker').includes('The repairs are finished'));
  // Two notes beside their passages, the third detached and warned about.
  assert.is(overview.match(/<div class="note" id="n\d">/g)?.length, 2);
  assert.ok(overview.includes('Closed since the <strong>2023</strong> floods.'));
  assert.ok(overview.includes('Detached notes') && overview.includes('This passage was removed from the article.'));
  assert.match(stderr, /bridge\.annotations\.yaml: note 3 \("the ferry"\) no longer matches the article; it is shown as detached/);
  // A note shows on the page of what it touches.
  assert.ok(page(out, 'people/thomas-becker').includes('Deputy mayor since 2021.'));
  assert.ok(page(out, 'briefings/bridge/chronology').includes('Closed since the <strong>2023</strong> floods.'));
  // The editor's chronology entry, in date order.
  const chronology = page(out, 'briefings/bridge/chronology');
  assert.ok(chronology.indexOf('April 2024') < chronology.indexOf('Planned reopening of the river bridge'));
  assert.ok(chronology.includes('added by the editor'));
  // Source and annotation files are untouched.
  assert.equal(['bridge.md', 'bridge.annotations.yaml'].map((f) => readFileSync(join(content, f))), before);
  assert.equal(await checkLinks(out), []);
});

annotated('a malformed annotation file fails the build with file and line, keeping the last site', async () => {
  const content = join(scratch, 'malformed-content');
  cpSync(join(ROOT, 'test', 'fixtures', 'annotated'), content, { recursive: true });
  const first = await buildSite('malformed', content);
  assert.is(first.code, 0);
  const home = page(first.out, '');
  writeFileSync(join(content, 'bridge.annotations.yaml'), 'people:\n  Tom Becker:\n    hide: maybe\n');
  const { result, stderr } = await capturingStderr(() => buildSite('malformed', content));
  assert.is(result.code, 1);
  assert.match(stderr, /^error: \S*bridge\.annotations\.yaml:3: `people\.Tom Becker\.hide`: Invalid input: expected boolean, received string$/m);
  assert.is(page(result.out, ''), home);
});

annotated.run();

const names = suite('build: file names');

names('file names with spaces, accents and clashing slugs all build, each at its own URL', async () => {
  const content = join(scratch, 'names-content');
  mkdirSync(content, { recursive: true });
  for (const name of ['Café Report.md', 'cafe-report.md', 'Ünïcode & spaces (draft).txt']) {
    writeFileSync(join(content, name), `---\ntitle: ${name}\npublished: 2024-01-02\n---\nThe mayor, Ana Lima, said the café would reopen.\n`);
  }
  const { result, stderr } = await capturingStderr(() => buildSite('names', content));
  assert.is(result.code, 0, stderr);
  for (const slug of ['cafe-report', 'cafe-report-2', 'unicode-spaces-draft']) assert.ok(existsSync(join(result.out, 'briefings', slug, 'index.html')), slug);
  assert.match(stderr, /cafe-report\.md: the URL name "cafe-report" is taken by \S*Café Report\.md; this briefing is at \/briefings\/cafe-report-2\//);
  // Each data file holds its own briefing, though two workers may have written the clashing name.
  for (const [slug, title] of [['cafe-report', 'Café Report.md'], ['cafe-report-2', 'cafe-report.md']]) {
    const record = JSON.parse(readFileSync(join(result.out, 'data', 'briefings', `${slug}.json`), 'utf8')) as BriefingRecord;
    assert.equal([record.slug, record.title], [slug, title]);
  }
  assert.equal(await checkLinks(result.out), []);
});

names.run();

const archive = suite('build: an archive larger than a page');

archive('the home page is paginated, the feeds carry the newest 50, the sitemap lists every page', async () => {
  const content = join(scratch, 'archive-content');
  mkdirSync(content, { recursive: true });
  for (let i = 1; i <= 55; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(Math.floor(i / 28) + 1).padStart(2, '0');
    writeFileSync(join(content, `story-${i}.md`), `---\ntitle: Story ${i}\npublished: 2024-${month}-${day}\n---\nThe mayor, Ana Lima, said on Monday that bridge ${i} would reopen.\n`);
  }
  const { code, out } = await buildSite('archive', content);
  assert.is(code, 0);
  const listed = (html: string) => (html.match(/<li>\s*<article>/g) ?? []).length;
  assert.is(listed(page(out, '')), 50);
  assert.is(listed(page(out, 'page/2')), 5);
  assert.match(page(out, ''), /href="\/page\/2\/"/);
  assert.is((readFileSync(join(out, 'feed.xml'), 'utf8').match(/<entry>/g) ?? []).length, 50);
  const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { items: unknown[] };
  assert.is(feed.items.length, 50);
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  for (let i = 1; i <= 55; i++) {
    for (const tab of ['', 'people/', 'quotes/', 'chronology/']) assert.ok(sitemap.includes(`/briefings/story-${i}/${tab}</loc>`), `story-${i}/${tab}`);
  }
  assert.ok(sitemap.includes('/people/ana-lima/</loc>'));
  assert.equal(await checkLinks(out), []);
});

archive.run();

const cache = suite('build: the extraction cache');

cache('a damaged cache entry is reported, discarded and rebuilt', async () => {
  const content = join(scratch, 'cache-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'a.md'), '---\ntitle: A\npublished: 2024-01-02\n---\nThe mayor, Ana Lima, said on Monday that the café would reopen.\n');
  const first = await buildSite('cached-site', content);
  assert.is(first.code, 0);
  const cacheDir = join(scratch, 'cache');
  const entries = readdirSync(cacheDir).filter((f) => /^[0-9a-f]{64}\.json$/.test(f));
  for (const entry of entries) {
    const path = join(cacheDir, entry);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length * 0.7)));
  }
  // Another article arrives, so the build runs and reads a.md's (damaged) entry.
  writeFileSync(join(content, 'b.md'), '---\ntitle: B\npublished: 2024-01-03\n---\nThe port reopened.\n');
  const { result, stderr } = await capturingStderr(() => buildSite('cached-site', content));
  assert.is(result.code, 0, stderr);
  assert.match(stderr, /cache: \S+\.json is damaged \(its checksum does not match\); it is discarded and \S*a\.md extracted again/);
  assert.ok(page(result.out, 'briefings/a').includes('Ana Lima'));
});

cache.run();
