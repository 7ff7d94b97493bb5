// The editor's annotation file beside an article: content/articles/<name>.annotations.yaml.
// Extraction never writes it. Every key is optional. See README.md for a full example.
import { DateTime } from 'luxon';
import { z } from 'zod';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => DateTime.fromISO(v, { zone: 'utc' }).isValid, 'is not a calendar date');

/** A chronology date at the precision the editor knows: 2022, 2022-10 or 2022-10-03. */
const chronologyDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && DateTime.fromISO(v, { zone: 'utc' }).isValid, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

const text = z.string().trim().min(1, 'must not be empty');

const PersonCorrection = z
  .object({
    /** Rename everywhere. */
    name: text.optional(),
    /** More names the person goes by in this article ("the billionaire"): their mentions link too. */
    aliases: z.array(text).optional(),
    /** Replaces the roles found by extraction. */
    role: text.optional(),
    /** Fold this person into another (by extracted or new name). */
    merge: text.optional(),
    /** A false positive: not a person. */
    hide: z.boolean().optional(),
  })
  .strict();

const QuoteCorrection = z
  .object({
    /** The quote's first words, as in the article. */
    opening: text,
    /** Who said it: a person's name, an organisation, or a description. */
    speaker: text.optional(),
    hide: z.boolean().optional(),
  })
  .strict()
  .refine((q) => q.speaker !== undefined || q.hide !== undefined, 'expected `speaker` or `hide`');

const Note = z
  .object({
    /** The passage, word for word (W3C Web Annotation TextQuoteSelector). */
    exact: text,
    /** Text just before the passage, to pick one of several matches. */
    prefix: z.string().optional(),
    /** Text just after the passage. */
    suffix: z.string().optional(),
    /** The note, in Markdown. */
    note: text,
  })
  .strict();

const ChronologyEdit = z
  .object({
    /** To correct an entry: the date expression it hangs on, as in the article ("October last year"). */
    expression: text.optional(),
    date: chronologyDate.optional(),
    what: text.optional(),
    /** 1-based sentence number the entry comes from. */
    sentence: z.number().int().positive().optional(),
    hide: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.expression !== undefined || (c.date !== undefined && c.what !== undefined), 'a new entry needs `date` and `what` (or give `expression` to correct an entry)');

export const AnnotationSchema = z
  .object({
    title: text.optional(),
    published: isoDay.optional(),
    source: text.optional(),
    url: z.string().regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL').optional(),
    people: z.record(z.string(), PersonCorrection).optional(),
    quotes: z.array(QuoteCorrection).optional(),
    notes: z.array(Note).optional(),
    chronology: z.array(ChronologyEdit).optional(),
  })
  .strict();

export type Annotations = z.infer<typeof AnnotationSchema>;
export type AnnotationNote = z.infer<typeof Note>;
export type ChronologyAnnotation = z.infer<typeof ChronologyEdit>;
