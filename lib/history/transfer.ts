import { z } from 'zod';
import { recordKey } from './record';
import { companyKeyOf } from './company';
import type { HistoryDb } from './db';
import { historyWrite } from './digest-store';
import { SCHEMA_VERSION } from './db';
import { HistoryError } from './errors';
import { EXPORT_FORMAT } from './export';
import type { MergeRule } from './merge-rule';
import { HistoryRecord } from './record';
import { Recalibration } from '../settings';

/** Larger files are refused before parsing: a browser tab would run out of memory first. */
export const MAX_IMPORT_CHARS = 400_000_000;

const Envelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string().max(40).optional(),
  records: z.array(z.unknown()).max(2_000_000),
  recalibration: z.unknown().optional(),
});

/**
 * Why a record of an import file was skipped, for the rep: `invalid` (some field does not fit; the
 * reason names it), `not-a-date` (a time that is no date), `too-large` (message text over the cap),
 * `key-mismatch` (its key names another message than the one it holds: importing it would overwrite
 * that other message's record).
 */
export type SkipCode = 'invalid' | 'not-a-date' | 'too-large' | 'key-mismatch';

export interface SkippedRecord {
  /** Position in the file's record list, from 0. */
  index: number;
  key?: string;
  code: SkipCode;
  /** The first failed check, in English, for a bug report. */
  reason: string;
}

const TIME_FIELDS = new Set(['firstSeen', 'analyzedAt', 'updatedAt']);

function skipCodeOf(issue: z.core.$ZodIssue | undefined): SkipCode {
  if (!issue) return 'invalid';
  const [first, second] = issue.path;
  if (path1(first) && TIME_FIELDS.has(first)) return 'not-a-date';
  if (first === 'inquiry' && (second === 'body' || second === 'quoted') && issue.code === 'too_big') return 'too-large';
  return 'invalid';
}

function path1(p: PropertyKey | undefined): p is string {
  return typeof p === 'string';
}
export interface ParsedImport {
  version: number;
  exportedAt?: string;
  records: HistoryRecord[];
  skipped: SkippedRecord[];
  /** Learned weights carried by the file; absent when it has none or they fail validation. */
  recalibration?: Recalibration;
}

/**
 * Reads an export file. A file that is not an InquiryLens export is refused whole with a clear reason;
 * single bad records are listed and skipped, never silently dropped.
 */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) throw new HistoryError('bad-import', 'too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new HistoryError('bad-import', `not-json: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300));
  }
  const env = Envelope.safeParse(raw);
  if (!env.success) throw new HistoryError('bad-import', 'not-inquirylens');
  // Its records may hold fields this version would drop or misread: the rep should update, not lose them.
  if (env.data.version > SCHEMA_VERSION) throw new HistoryError('newer-import', `version ${env.data.version}`);
  const records: HistoryRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Map<string, number>();
  env.data.records.forEach((item, index) => {
    const parsed = HistoryRecord.safeParse(item);
    const key = typeof (item as { key?: unknown })?.key === 'string' ? String((item as { key: string }).key).slice(0, 200) : undefined;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({
        index,
        ...(key ? { key } : {}),
        code: skipCodeOf(issue),
        reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid',
      });
      return;
    }
    const r = parsed.data;
    if (r.key !== recordKey(r.inquiry)) {
      skipped.push({ index, key: r.key.slice(0, 200), code: 'key-mismatch', reason: `key: expected ${recordKey(r.inquiry).slice(0, 200)}` });
      return;
    }
    delete r.chunk;
    // Version-1 exports have no company key or change time.
    if (!r.companyKey) r.companyKey = companyKeyOf(r.verdict.company, r.senderDomain, r.senderAddress);
    if (!r.updatedAt) r.updatedAt = r.analyzedAt;
    const dup = seen.get(r.key);
    if (dup !== undefined) {
      // The same message twice in one file: the later change wins, as it would have in the database.
      if (records[dup]!.updatedAt <= r.updatedAt) records[dup] = r;
      return;
    }
    seen.set(r.key, records.length);
    records.push(r);
  });
  // Damaged learned weights are dropped, not the import: the outcomes in the records can rebuild them.
  const learned = Recalibration.safeParse(env.data.recalibration);
  return {
    version: env.data.version,
    ...(env.data.exportedAt ? { exportedAt: env.data.exportedAt } : {}),
    records,
    skipped,
    ...(env.data.recalibration !== undefined && learned.success && learned.data.fittedAt ? { recalibration: learned.data } : {}),
  };
}

/**
 * The learned weights to keep after an import: the file's when they were fitted later than the ones
 * this machine has, with the rep's own on/off choice kept; otherwise none (this machine's stay).
 */
export function adoptedRecalibration(current: Recalibration, incoming: Recalibration | undefined): Recalibration | undefined {
  if (!incoming?.fittedAt || incoming.fittedAt <= current.fittedAt) return undefined;
  return { ...incoming, enabled: current.enabled };
}

export interface ImportPreview {
  parsed: ParsedImport;
  /** Not in the history yet. */
  added: number;
  /** Stored, and the file's copy was changed later. */
  newer: number;
  /** Stored, and the stored copy is as new or newer. */
  older: number;
  /** The first few records, to show the rep what is coming. */
  sample: HistoryRecord[];
}

export async function previewImport(db: HistoryDb, parsed: ParsedImport): Promise<ImportPreview> {
  let added = 0;
  let newer = 0;
  let older = 0;
  const CHUNK = 2000;
  for (let i = 0; i < parsed.records.length; i += CHUNK) {
    const chunk = parsed.records.slice(i, i + CHUNK);
    const existing = await db.inquiries.bulkGet(chunk.map((r) => r.key));
    chunk.forEach((r, j) => {
      const e = existing[j];
      if (!e) added++;
      else if ((r.updatedAt || r.analyzedAt) > (e.updatedAt || e.analyzedAt)) newer++;
      else older++;
    });
  }
  return { parsed, added, newer, older, sample: parsed.records.slice(0, 5) };
}

function merge(stored: HistoryRecord | undefined, incoming: HistoryRecord, rule: MergeRule): HistoryRecord | undefined {
  if (!stored) return incoming;
  if (rule === 'keep-existing') return undefined;
  const winner = rule === 'replace' || (incoming.updatedAt || incoming.analyzedAt) > (stored.updatedAt || stored.analyzedAt) ? incoming : undefined;
  if (!winner) return undefined;
  // The first time the message was seen is a fact both copies agree on at best: keep the earliest.
  return { ...winner, firstSeen: Math.min(stored.firstSeen, incoming.firstSeen) };
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Writes the import in one transaction: if anything fails (full disk, closed tab) nothing is half-written. */
export async function applyImport(db: HistoryDb, parsed: ParsedImport, rule: MergeRule = 'newer-wins'): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, skipped: parsed.skipped.length };
  await historyWrite(db, async (w) => {
    const CHUNK = 2000;
    for (let i = 0; i < parsed.records.length; i += CHUNK) {
      const chunk = parsed.records.slice(i, i + CHUNK);
      const existing = await db.inquiries.bulkGet(chunk.map((r) => r.key));
      const writes: HistoryRecord[] = [];
      chunk.forEach((r, j) => {
        const stored = existing[j];
        const next = merge(stored, r, rule);
        if (!next) result.unchanged++;
        else {
          // The stored copy's digest row is replaced in place, not duplicated.
          writes.push(stored?.chunk !== undefined ? { ...next, chunk: stored.chunk } : { ...next, chunk: undefined });
          if (stored) result.updated++;
          else result.added++;
        }
      });
      for (const r of writes) if (r.chunk === undefined) delete r.chunk;
      if (writes.length) await w.put(writes);
    }
  });
  return result;
}
