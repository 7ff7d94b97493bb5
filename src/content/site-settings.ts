// Site-wide settings, in one documented place: content/_site.yaml. Every key is optional.
//
//   title: Annotated briefings
//   description: News stories as briefings.
//   url: https://example.org          # where the site is published (feeds and sitemap need it)
//   pathPrefix: /briefings/           # when served from a sub-folder; --pathprefix overrides it
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ArticleError } from './article-error.ts';

const SettingsSchema = z.object({
  title: z.string().trim().min(1).default('Annotated briefings'),
  description: z.string().trim().min(1).default('News stories as briefings: summary, who’s who, quotes and chronology, each linked to its source.'),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s/]+/i, 'expected an http(s) URL such as https://example.org')
    .default('http://localhost:8080')
    .transform((u) => u.replace(/\/+$/, '')),
  pathPrefix: z.string().regex(/^\/[\w\-./]*$/, 'expected a path such as /briefings/').default('/'),
});

export type SiteSettings = z.infer<typeof SettingsSchema>;

/** Parse the settings file's text (null when there is no file). Throws ArticleError. */
export function parseSiteSettings(file: string, source: string | null): SiteSettings {
  if (source === null) return SettingsSchema.parse({});
  const doc = parseDocument(source);
  const error = doc.errors[0];
  if (error) throw new ArticleError(file, `is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`, error.linePos?.[0].line ?? null);
  const data: unknown = doc.toJS() ?? {};
  const parsed = SettingsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ArticleError(file, `\`${String(issue.path[0] ?? '')}\` ${issue.message}`);
  }
  return parsed.data;
}

/** "/briefings" or "briefings/" -> "/briefings/"; "" or "/" -> "/". */
export function normalisePathPrefix(prefix: string): string {
  const inner = prefix.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}
