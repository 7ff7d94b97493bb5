// Site-wide settings, in one documented place: content/_site.yaml. Every key is optional.
//
//   title: Annotated briefings
//   description: News stories as briefings.
//   url: https://example.org          # where the site is published (feeds and sitemap need it)
//   pathPrefix: /briefings/           # when served from a sub-folder; --pathprefix overrides it
import { z } from 'zod';
import { parseYamlFile } from '../annotations/yaml-file.ts';

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

/** Parse the settings file's text (null when there is no file). Throws ArticleError with the line. */
export function parseSiteSettings(file: string, source: string | null): SiteSettings {
  return parseYamlFile(file, source ?? '', SettingsSchema.strict());
}

/** "/briefings" or "briefings/" -> "/briefings/"; "" or "/" -> "/". */
export function normalisePathPrefix(prefix: string): string {
  const inner = prefix.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}
