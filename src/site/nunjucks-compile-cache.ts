// Eleventy 3.1 compiles a paginated template once per page: its Nunjucks engine is not
// `cacheable`, so 10,000 briefings meant 40,000 compiles of the same four templates (the largest
// cost of rendering under the profiler). This compiles each template text once per environment
// and hands the compiled code to every later Template of the same text and path.

interface NunjucksTemplate {
  env: object & { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
  path: string | undefined;
  tmplStr: string | undefined;
  tmplProps: unknown;
  _compile(): void;
}

export interface NunjucksLibrary {
  Template: { prototype: NunjucksTemplate };
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, path: string | undefined, opts: unknown): string };
}

const compiled = new WeakMap<object, Map<string, unknown>>();
/**
 * The code made of each compiled source, shared by every environment: a large site is rendered in
 * several Eleventy runs (scripts/render-run.ts), each with its own environment, and code made anew
 * by each run's `new Function` ran cold (interpreted, then optimised again) in every run. The same
 * source text makes the same code: it reads only its arguments and globals.
 */
const bySource = new Map<string, unknown>();
const patched = new WeakSet<object>();

/** Handler for Eleventy's `eleventy.engine.njk` event. */
export function cacheNunjucksCompiles({ nunjucks }: { nunjucks: NunjucksLibrary }): void {
  const proto = nunjucks.Template.prototype;
  if (patched.has(proto)) return;
  patched.add(proto);
  const compile = proto._compile;
  proto._compile = function (this: NunjucksTemplate) {
    if (this.tmplProps === undefined && typeof this.tmplStr === 'string') {
      const byText = compiled.get(this.env) ?? new Map<string, unknown>();
      compiled.set(this.env, byText);
      const key = `${this.path ?? ''}\u0000${this.tmplStr}`;
      let props = byText.get(key);
      if (props === undefined) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = bySource.get(source) ?? new Function(source)();
        bySource.set(source, props);
        byText.set(key, props);
      }
      this.tmplProps = props;
    }
    compile.call(this);
  };
}
