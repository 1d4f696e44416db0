import { toCsv } from '../csv';
import { SCHEMA_VERSION } from './db';
import type { HistoryRecord } from './record';
import type { Recalibration } from '../settings';

/*
 * Writing the history to a file: a JSON backup that ./transfer reads back, and a spreadsheet. Apart from
 * the import side, which needs the domain lists to check what a file holds.
 */

export const EXPORT_FORMAT = 'inquirylens-history';
/** Excel and WPS cut a cell at 32 767 characters. */
const CELL_MAX = 32_000;

/**
 * Everything the database holds for these records, readable by `parseImport`, and what the rep's outcomes
 * taught the weights (`recalibration`), so a new machine starts where the old one left off.
 */
export function exportJson(records: readonly HistoryRecord[], now = new Date(), recalibration?: Recalibration): string {
  // `chunk` is where this database keeps the record's digest row: meaningless anywhere else.
  const portable = records.map(({ chunk: _chunk, ...r }) => r);
  const learned = recalibration?.fittedAt ? { recalibration } : {};
  return JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString(), ...learned, records: portable }, null, 1);
}

export const CSV_COLUMNS = [
  'firstSeen',
  'analyzedAt',
  'source',
  'subject',
  'senderName',
  'senderAddress',
  'company',
  'country',
  'region',
  'role',
  'score',
  'band',
  'risk',
  'advice',
  'products',
  'openQuestions',
  'outcome',
  'wonValue',
  'status',
  'stars',
  'note',
  'message',
  'key',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

function localTime(ms: number): string {
  // "2026-03-03 14:05" in the machine's time zone: Excel and WPS read it as a date, and so do people.
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function cell(r: HistoryRecord, c: CsvColumn, label: (column: CsvColumn, value: string) => string): string | number {
  const v = r.verdict;
  switch (c) {
    case 'firstSeen':
      return localTime(r.firstSeen);
    case 'analyzedAt':
      return localTime(r.analyzedAt);
    case 'source':
      return label(c, r.inquiry.source);
    case 'subject':
      return r.inquiry.subject;
    case 'senderName':
      return r.inquiry.from.name;
    case 'senderAddress':
      return r.senderAddress;
    case 'company':
      return v.company;
    case 'country':
      return v.country ?? '';
    case 'region':
      return label(c, v.region);
    case 'role':
      return label(c, v.role);
    case 'score':
      return v.score;
    case 'band':
      return label(c, v.band);
    case 'risk':
      return label(c, v.risk ? 'yes' : 'no');
    case 'advice':
      return label(c, v.advice);
    case 'products':
      return v.products.join('; ');
    case 'openQuestions':
      return v.openQuestions.map((q) => label(c, q)).join('; ');
    case 'outcome':
      return label(c, r.outcome);
    case 'wonValue':
      return r.wonValue ?? '';
    case 'status':
      return label(c, r.status);
    case 'stars':
      return r.stars;
    case 'note':
      return r.note;
    case 'message':
      return r.inquiry.body.slice(0, CELL_MAX);
    case 'key':
      return r.key;
  }
}

export interface CsvLabels {
  /** Column heading; defaults to the column id. */
  header?: (column: CsvColumn) => string;
  /** A code's label in the rep's language ("won" → "已成交"); defaults to the code. */
  value?: (column: CsvColumn, code: string) => string;
}

/** A spreadsheet of the history: UTF-8 with BOM and CRLF, so Excel and WPS open Chinese text cleanly. */
export function exportCsv(records: Iterable<HistoryRecord>, labels: CsvLabels = {}): string {
  const header = labels.header ?? ((c: CsvColumn) => c);
  const value = labels.value ?? ((_c: CsvColumn, code: string) => code);
  const rows: Array<Array<string | number>> = [CSV_COLUMNS.map(header)];
  for (const r of records) rows.push(CSV_COLUMNS.map((c) => cell(r, c, value)));
  return toCsv(rows, { bom: true });
}
