// The briefing's chronology records: extracted entries in story order, labelled for readers
// (an undated entry says how it stands to the dated one it hangs on), then the editor's
// corrections and additions.
import type { ChronologyEntry, Extraction } from '../pipeline/types.ts';
import type { ChronologyAnnotation } from '../annotations/annotation-schema.ts';
import type { ChronologyRecord, SentenceRef } from './site-types.ts';
import { htmlDatetime } from './html-datetime.ts';
import { timexPeriod } from './timex-period.ts';
import { personUrl } from './urls.ts';

const RELATION_WORDS = { before: 'Before', after: 'After', during: 'At the time of' } as const;

interface Context {
  readonly slug: string;
  readonly briefing: { slug: string; name: string; href: string };
  readonly ref: (sentence: number) => SentenceRef;
  readonly personIds: ReadonlyMap<string, string>;
}

export function chronologyRecords(x: Extraction, ctx: Context): ChronologyRecord[] {
  const names = new Map(x.people.map((p) => [p.id, p.name]));
  const byId = new Map(x.chronology.map((c) => [c.id, c]));
  const expression = new Map(x.temporal.map((t) => [t.id, t.text]));
  const labelOf = (c: ChronologyEntry): string => (c.value && timexPeriod(c.value)?.label) ?? c.value ?? 'Date not stated';
  return [...x.chronology]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const period = c.value ? timexPeriod(c.value) : null;
      const anchor = c.relation ? byId.get(c.relation.entry) : undefined;
      const relation = c.relation && {
        kind: c.relation.kind,
        entry: c.relation.entry,
        label: anchor ? `${RELATION_WORDS[c.relation.kind]} “${anchor.what.text}”` : `${RELATION_WORDS[c.relation.kind]} an earlier event`,
      };
      return {
        key: `${ctx.slug}/${c.id}`,
        id: c.id,
        briefing: ctx.briefing,
        value: c.value,
        precision: c.precision,
        label: period?.label ?? c.value ?? relativeLabel(c, byId, labelOf),
        datetime: htmlDatetime(c.value),
        start: period?.start ?? null,
        end: period?.end ?? null,
        expression: expression.get(c.temporal) ?? '',
        what: c.what.text,
        sentenceText: x.sentences[c.sentence]?.text ?? '',
        people: c.people.map((id) => {
          const key = ctx.personIds.get(id) ?? id;
          return { id: key, name: names.get(id) ?? id, href: personUrl(key) };
        }),
        relation,
        source: ctx.ref(c.sentence),
        edited: false,
        notes: [],
      };
    });
}

/**
 * How an undated entry stands in time, through the entries it hangs on: "after" an entry that
 * is itself "after" October 2022 is "After October 2022"; a chain that turns direction says
 * only that the date is not stated. Never a made-up date.
 */
function relativeLabel(c: ChronologyEntry, byId: ReadonlyMap<string, ChronologyEntry>, labelOf: (c: ChronologyEntry) => string): string {
  let kind: 'before' | 'after' | 'during' | null = null;
  const seen = new Set<string>();
  for (let at: ChronologyEntry | undefined = c; at?.relation && !seen.has(at.id); at = byId.get(at.relation.entry)) {
    seen.add(at.id);
    const step = at.relation.kind;
    if (kind === null || kind === 'during') kind = step;
    else if (step !== 'during' && step !== kind) return 'Date not stated';
    const anchor = byId.get(at.relation.entry);
    if (anchor?.value) return `${RELATION_WORDS[kind]} ${labelOf(anchor)}`;
  }
  return 'Date not stated';
}

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** The editor's chronology edits: entries hidden, re-dated or re-worded, or added. */
export function applyChronologyEdits(
  records: readonly ChronologyRecord[],
  edits: readonly ChronologyAnnotation[],
  x: Extraction,
  ctx: Context,
  file: string,
): { records: ChronologyRecord[]; warnings: string[] } {
  const warnings: string[] = [];
  let out = [...records];
  const dated = (r: ChronologyRecord, value: string): ChronologyRecord => {
    const period = timexPeriod(value);
    return {
      ...r, value, precision: PRECISION[value.length as 4 | 7 | 10] ?? null, label: period?.label ?? value,
      datetime: htmlDatetime(value), start: period?.start ?? null, end: period?.end ?? null, relation: null, edited: true,
    };
  };
  edits.forEach((edit, i) => {
    if (edit.expression !== undefined) {
      const key = edit.expression.toLowerCase();
      const target = out.find((r) => r.expression.toLowerCase() === key);
      if (!target) {
        warnings.push(`${file}: chronology: no entry hangs on "${edit.expression}"; the correction is kept but not applied`);
        return;
      }
      out = out.filter((r) => r !== target);
      if (edit.hide) return;
      let entry: ChronologyRecord = { ...target, edited: true, what: edit.what ?? target.what };
      if (edit.date) entry = dated(entry, edit.date);
      out = insertByDate(out, entry);
      return;
    }
    const sentence = edit.sentence !== undefined && edit.sentence <= x.sentences.length ? edit.sentence - 1 : null;
    if (edit.sentence !== undefined && sentence === null) warnings.push(`${file}: chronology: the article has no sentence ${edit.sentence}`);
    const added: ChronologyRecord = dated({
      key: `${ctx.slug}/e${i + 1}`, id: `e${i + 1}`, briefing: ctx.briefing, value: null, precision: null, label: '',
      datetime: null, start: null, end: null, expression: '', what: edit.what ?? '',
      sentenceText: sentence === null ? '' : x.sentences[sentence]!.text, people: [], relation: null,
      source: sentence === null ? null : ctx.ref(sentence), edited: true, notes: [],
    }, edit.date!);
    out = insertByDate(out, added);
  });
  return { records: out, warnings };
}

/** Put a dated entry before the first dated entry that starts later; story order is kept otherwise. */
function insertByDate(records: readonly ChronologyRecord[], entry: ChronologyRecord): ChronologyRecord[] {
  if (entry.start === null) return [...records, entry];
  const at = records.findIndex((r) => r.start !== null && r.start > entry.start!);
  return at < 0 ? [...records, entry] : [...records.slice(0, at), entry, ...records.slice(at)];
}
