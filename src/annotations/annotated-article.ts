// An article with its editor's annotations: the overrides of title, date, source and URL come
// first (the date changes how relative dates resolve), the corrections after extraction.
import type { Article } from '../content/parse-article.ts';
import type { Extraction, Person } from '../pipeline/types.ts';
import { applyRegistry, type Registry } from './people-registry.ts';
import type { BriefingRecord } from '../site/site-types.ts';
import { buildBriefingRecord, personKey } from '../site/briefing-record.ts';
import type { Annotations } from './annotation-schema.ts';
import { applyCorrections } from './apply-corrections.ts';

export interface AnnotationFile {
  /** Path as messages show it. */
  readonly file: string;
  readonly annotations: Annotations;
}

/** The article as the editor wants it shown: title, published, source and url overridden. */
export function applyMeta(article: Article, annotated: AnnotationFile | null): Article {
  if (!annotated) return article;
  const a = annotated.annotations;
  const published = a.published ?? article.published;
  return {
    ...article,
    title: a.title ?? article.title,
    published,
    source: a.source ?? article.source,
    url: a.url ?? article.url,
    // The warning about a missing date no longer holds when the editor gives one.
    warnings: published ? article.warnings.filter((w) => !w.includes('no `published` date')) : article.warnings,
  };
}

/** The briefing record of an article, with the editor's corrections and notes applied. */
export function annotatedRecord(
  article: Article,
  extracted: Extraction,
  annotated: AnnotationFile | null,
  registry: Registry,
): BriefingRecord {
  // The registry first (one identity across briefings), then this article's own corrections.
  const extraction = applyRegistry(extracted, registry);
  const ids = new Set(registry.entries.map((e) => e.id));
  const keys = { personKey: (p: Person) => (ids.has(p.id) ? p.id : personKey(p.name)) };
  if (!annotated) return buildBriefingRecord(article, extraction, { warnings: article.warnings, editorial: null, ...keys });
  const corrected = applyCorrections(extraction, annotated.annotations, annotated.file);
  return buildBriefingRecord(article, corrected.extraction, {
    warnings: [...article.warnings, ...corrected.warnings],
    editorial: {
      file: annotated.file,
      annotations: annotated.annotations,
      editedPeople: corrected.editedPeople,
      editedQuotes: corrected.editedQuotes,
      editorRoles: corrected.editorRoles,
    },
    ...keys,
  });
}
