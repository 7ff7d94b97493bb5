// One content file -> one Article: front matter validated, body kept verbatim (every offset the
// pipeline produces points into `body`), title and slug derived when the file does not give them.
import { ArticleError } from './article-error.ts';
import { parseFrontMatter } from './front-matter.ts';
import { splitSentences } from '../pipeline/sentences/split-sentences.ts';
import { slugify } from '../site/slugify.ts';
import { ENGLISH_THRESHOLD, englishShare } from './language-check.ts';

export interface Article {
  /** Path of the file, as given (for messages). */
  readonly file: string;
  /** URL slug, from the file name. */
  readonly slug: string;
  readonly title: string;
  /** ISO date, or null when the file gives none. */
  readonly published: string | null;
  /** Who published it ("The Independent"). */
  readonly source: string | null;
  readonly url: string | null;
  /** Attribution the article's licence asks for. */
  readonly credit: string | null;
  /** The article text, verbatim. */
  readonly body: string;
  /** Problems worth a warning that do not stop the build. */
  readonly warnings: readonly string[];
}

export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.txt'];

const TITLE_LIMIT = 120;
/** A long news feature is 50,000 characters; a text past this is probably not one article. */
const LARGE_ARTICLE = 1_000_000;

/** Parse a content file's text. `name` is the file name, for the slug. Throws ArticleError. */
export function parseArticle(file: string, name: string, source: string): Article {
  if (source.includes('\u0000')) throw new ArticleError(file, 'is a binary file, not an article');
  const { frontMatter, body, unknownKeys } = parseFrontMatter(file, source);
  if (!body.trim()) throw new ArticleError(file, 'has no article text');
  const warnings = unknownKeys.map((key) => `${file}: unknown front matter key \`${key}\` (ignored; a typo?)`);
  const share = englishShare(body);
  if (share !== null && share < ENGLISH_THRESHOLD) {
    warnings.push(`${file}: the text does not read as English; people, quotes and dates are found by English rules and may be missed`);
  }
  if (body.length > LARGE_ARTICLE) {
    warnings.push(`${file}: the text is ${(body.length / 1_000_000).toFixed(1)} million characters long, far more than a news article; it is built, but slowly`);
  }
  if (!frontMatter.published) {
    warnings.push(`${file}: no \`published\` date, so relative dates ("on Monday", "last year") stay unresolved`);
  }
  return {
    file,
    slug: slugify(name.replace(/\.[^.]+$/, '')),
    title: frontMatter.title ?? titleFromText(body),
    published: frontMatter.published ?? null,
    source: frontMatter.source ?? null,
    url: frontMatter.url ?? null,
    credit: frontMatter.credit ?? null,
    body,
    warnings,
  };
}

/** The first sentence, cut at a word boundary when long. */
function titleFromText(body: string): string {
  const first = splitSentences(body)[0]?.text ?? body.trim();
  if (first.length <= TITLE_LIMIT) return first;
  const cut = first.slice(0, TITLE_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}
