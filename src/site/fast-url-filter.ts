// Eleventy's `url` filter first tries `new URL(path)` and catches the throw, on every call: about
// 36 µs each, and the pages call it 200 times per briefing (a third of rendering time under the
// profiler). A site-absolute path ("/people/elon-musk/") only needs the path prefix put in front;
// anything else still goes through Eleventy's own filter.

type UrlFilter = (this: unknown, url: unknown, ...rest: unknown[]) => unknown;

/** Paths Eleventy would normalise ("//x", "/a/../b", "/a//b", "\\") take the slow way. */
const UNUSUAL = /^\/\/|\/\.\.?(?:\/|$)|\/\/|\\/;

export function fastUrlFilter(eleventyUrl: UrlFilter): UrlFilter {
  let prefix: string | null = null;
  return function (this: unknown, url, ...rest) {
    if (rest.length > 0 || typeof url !== 'string' || !url.startsWith('/') || UNUSUAL.test(url)) {
      return eleventyUrl.call(this, url, ...rest);
    }
    // "/" -> the prefix itself ("/" or "/briefings/"), asked of Eleventy once per build.
    prefix ??= String(eleventyUrl.call(this, '/'));
    return prefix + url.slice(1);
  };
}
