import type { CsvColumn, CsvLabels } from '../../lib/history/export';
import { toHistoryError } from '../../lib/history/errors';
import { HistoryRecord } from '../../lib/history/record';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';

/** The translated sentence for any failure of the history store. */
/** A code's label ("won" → "Order won"), or the code itself when the catalog has none (a newer record). */
export function labelOf(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = t(locale, key);
  return text === key ? code : text;
}

export function storeMessage(locale: Locale, err: unknown): string {
  const e = toHistoryError(err);
  return t(locale, `store.${e.problem}`, { detail: e.detail });
}

// Formatters are costly to build and rows re-render on every scroll step: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const id = `${locale}|${style}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(id, f);
  }
  return f;
}

/** Intl throws on a finite number past the last date a Date can hold (±8.64e15 ms). */
function isDate(ms: number): boolean {
  return !Number.isNaN(new Date(ms).getTime());
}

export function formatDay(ms: number, locale: Locale): string {
  return isDate(ms) ? formatter(locale, 'date').format(ms) : '';
}

/** The `dateTime` of a <time>: empty for a number that is no date, where toISOString would throw. */
export function isoTime(ms: number): string {
  return isDate(ms) ? new Date(ms).toISOString() : '';
}

export function formatDateTime(ms: number, locale: Locale): string {
  return isDate(ms) ? formatter(locale, 'dateTime').format(ms) : '';
}

/** A message without a subject (pasted text, most often) is named by its first words instead. */
export function subjectOf(r: HistoryRecord, locale: Locale): string {
  const subject = r.inquiry.subject.trim();
  if (subject) return subject;
  const first = r.inquiry.body.trim().split('\n')[0]?.trim() ?? '';
  return first
    ? first.length > 60
      ? `${first.slice(0, first.lastIndexOf(' ', 60) > 20 ? first.lastIndexOf(' ', 60) : 60)}\u2026`
      : first
    : t(locale, 'history.noSubject');
}

export function senderOf(r: HistoryRecord, locale: Locale): string {
  const name = r.inquiry.from.name.trim();
  const address = r.senderAddress || r.inquiry.from.address;
  if (name && address) return `${name} <${address}>`;
  // Nobody named at all: say where the text came from ("Pasted text") rather than "(unknown sender)".
  return name || address || labelOf(locale, 'source', r.inquiry.source);
}

export function starsText(stars: number): string {
  return '\u2605'.repeat(stars) + '\u2606'.repeat(Math.max(0, 3 - stars));
}

/** Headings and value labels in the rep's language, so the spreadsheet reads like the page. */
export function csvLabels(locale: Locale): CsvLabels {
  const value = (column: CsvColumn, code: string): string => {
    switch (column) {
      case 'source':
        return labelOf(locale, 'source', code);
      case 'band':
        return labelOf(locale, 'band', code);
      case 'risk':
        return t(locale, `history.${code === 'yes' ? 'yes' : 'no'}`);
      case 'advice':
        return labelOf(locale, 'sample', code);
      case 'role':
        return labelOf(locale, 'role', code);
      case 'region':
        return labelOf(locale, 'region', code);
      case 'openQuestions':
        return labelOf(locale, 'question', code);
      case 'outcome':
      case 'status':
        return labelOf(locale, 'record', code);
      default:
        return code;
    }
  };
  return { header: (column) => t(locale, `history.csv.${column}`), value };
}

/** Hands a text file to the browser's download flow. */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a large export may take a moment.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const checked = new WeakMap<object, HistoryRecord | null>();
/**
 * The record as the schema reads it, or undefined for one damaged on disk (the store returns those
 * as they are): the page shows such a row as unreadable instead of failing on a missing field.
 */
export function readable(r: unknown): HistoryRecord | undefined {
  if (!r || typeof r !== 'object') return undefined;
  let hit = checked.get(r);
  if (hit === undefined) {
    const parsed = HistoryRecord.safeParse(r);
    hit = parsed.success ? parsed.data : null;
    checked.set(r, hit);
  }
  return hit ?? undefined;
}
