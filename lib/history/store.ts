import type { HistoryDb } from './db';
import { digestRows } from './digest-store';
import { HistoryError, toHistoryError } from './errors';
import type { RepUpdate, UnreadableRecord } from './edit';
import { applyRetention, deleteRecords, findUnreadable, updateRecord, updateRecords } from './edit';
import type { MergeRule } from './merge-rule';
import type { HistoryPage, HistoryQuery } from './query';
import { queryHistory, timeline } from './query';
import type { HistoryRecord } from './record';
import type { HistoryStats, StatsInput } from './stats';
import { computeStats } from './stats';
import type { CsvLabels } from './export';
import { exportCsv, exportJson } from './export';
import type { ImportPreview, ImportResult } from './transfer';
import type { Recalibration } from '../settings';

/** Where the learned weights live (the settings), for export and import; pages without it leave them alone. */
export interface LearnedWeightsAccess {
  get(): Promise<Recalibration>;
  set(next: Recalibration): Promise<void>;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/**
 * Everything the history and statistics pages do with stored inquiries. Pages receive it as a prop,
 * so component tests run them on a real (fake-indexeddb) database, and every failure arrives as a
 * `HistoryError` whose `problem` has a translated message.
 */
export interface HistoryStore {
  query(q: HistoryQuery): Promise<HistoryPage>;
  get(key: string): Promise<HistoryRecord | undefined>;
  timeline(by: 'contact' | 'company', key: string): Promise<HistoryRecord[]>;
  update(key: string, update: RepUpdate): Promise<HistoryRecord | undefined>;
  updateMany(keys: readonly string[], update: RepUpdate): Promise<number>;
  remove(keys: readonly string[]): Promise<number>;
  stats(range?: { from?: number; to?: number }): Promise<HistoryStats>;
  /** All records matching the query (no paging), as a downloadable file. */
  exportFile(format: 'json' | 'csv', q?: HistoryQuery, labels?: CsvLabels): Promise<ExportFile>;
  previewImport(text: string): Promise<ImportPreview>;
  /** `learnedAdopted` says the file's learned weights replaced this machine's (they were newer). */
  applyImport(preview: ImportPreview, rule: MergeRule): Promise<ImportResult & { learnedAdopted: boolean }>;
  applyRetention(days: number): Promise<number>;
  findUnreadable(): Promise<{ checked: number; unreadable: UnreadableRecord[]; repaired: number }>;
}

/**
 * The import code loads when the rep imports a file: checking a file's records needs the public-suffix
 * and free-mail lists (company keys of old exports), which nothing else on the pages uses.
 */
const transfer = () => import('./transfer');

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw err instanceof HistoryError ? err : toHistoryError(err);
  }
}

export function localHistoryStore(db: HistoryDb, now: () => Date = () => new Date(), learned?: LearnedWeightsAccess): HistoryStore {
  async function allMatching(q: HistoryQuery = {}): Promise<HistoryRecord[]> {
    const out: HistoryRecord[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await queryHistory(db, { ...q, offset, limit: 500 });
      out.push(...page.records);
      if (page.records.length < 500) return out;
    }
  }
  return {
    query: (q) => guard(() => queryHistory(db, q)),
    get: (key) => guard(async () => db.inquiries.get(key)),
    timeline: (by, key) => guard(() => timeline(db, by, key)),
    update: (key, u) => guard(() => updateRecord(db, key, u)),
    updateMany: (keys, u) => guard(() => updateRecords(db, keys, u)),
    remove: (keys) => guard(() => deleteRecords(db, keys)),
    stats: (range) =>
      guard(async () => {
        const rows: StatsInput[] = [];
        for (const r of (await digestRows(db)).values()) {
          rows.push({
            analyzedAt: r.at,
            firstSeen: r.first,
            outcome: r.outcome,
            companyKey: r.companyKey,
            senderAddress: r.sender,
            wonValue: r.won,
            verdict: { band: r.band, region: r.region, company: r.company },
            inquiry: { source: r.source as StatsInput['inquiry']['source'] },
          });
        }
        return computeStats(rows, range);
      }),
    exportFile: (format, q, labels) =>
      guard(async () => {
        const records = q ? await allMatching(q) : await db.inquiries.toArray();
        const day = stamp(now());
        return format === 'json'
          ? { filename: `inquirylens-history-${day}.json`, mime: 'application/json', text: exportJson(records, now(), await learned?.get()) }
          : { filename: `inquirylens-history-${day}.csv`, mime: 'text/csv;charset=utf-8', text: exportCsv(records, labels) };
      }),
    previewImport: (text) =>
      guard(async () => {
        const { parseImport, previewImport } = await transfer();
        return previewImport(db, parseImport(text));
      }),
    applyImport: (preview, rule) =>
      guard(async () => {
        const { adoptedRecalibration, applyImport } = await transfer();
        const result = await applyImport(db, preview.parsed, rule);
        // After the records: a failed import must not leave weights learned from outcomes that never arrived.
        const next = learned ? adoptedRecalibration(await learned.get(), preview.parsed.recalibration) : undefined;
        if (next) await learned!.set(next);
        return { ...result, learnedAdopted: Boolean(next) };
      }),
    applyRetention: (days) => guard(() => applyRetention(db, days, now().getTime())),
    findUnreadable: () => guard(() => findUnreadable(db)),
  };
}
