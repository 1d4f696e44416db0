import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import { recordFrom } from './build';
import { recordKey } from './record';
import type { HistoryDb } from './db';
import { historyWrite } from './digest-store';
import { toHistoryError } from './errors';
import type { HistoryRecord } from './record';
import { FollowUp as FollowUpSchema, HistoryRecord as RecordSchema, isTime, Outcome as OutcomeSchema } from './record';

/*
 * Writing verdicts: a record built from an analysis (./build, with the domain lists and the public-suffix
 * list) for the service worker, seeding and tests. The pages read and edit through ./query and ./edit;
 * this module re-exports both so callers that want the whole history API import one path.
 */
export * from './edit';
export * from './query';

/**
 * The rep's own fields from a stored record that no longer validates as a whole: each field that still
 * makes sense is kept, so re-analysing a damaged record never throws away an outcome the rep recorded.
 */
export function salvageRepFields(raw: unknown): Partial<HistoryRecord> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const out: Partial<HistoryRecord> = {};
  const outcome = OutcomeSchema.safeParse(r.outcome);
  if (outcome.success) out.outcome = outcome.data;
  const status = FollowUpSchema.safeParse(r.status);
  if (status.success) out.status = status.data;
  if (typeof r.stars === 'number' && Number.isInteger(r.stars) && r.stars >= 0 && r.stars <= 3) out.stars = r.stars;
  if (typeof r.note === 'string') out.note = r.note.slice(0, 5000);
  if (typeof r.wonValue === 'number' && r.wonValue >= 0 && r.wonValue <= 1e12) out.wonValue = r.wonValue;
  if (isTime(r.firstSeen)) out.firstSeen = r.firstSeen;
  return out;
}

/** Store the verdict for a message, keeping what the rep recorded about it earlier. */
export async function saveAnalysis(db: HistoryDb, inquiry: Inquiry, analysis: Analysis, now = Date.now()): Promise<HistoryRecord> {
  try {
    return await historyWrite(db, async (w) => {
      const stored = await db.inquiries.get(recordKey(inquiry));
      const valid = stored ? RecordSchema.safeParse(stored) : undefined;
      const previous = valid?.success ? valid.data : stored ? (salvageRepFields(stored) as HistoryRecord | undefined) : undefined;
      const record = RecordSchema.parse(recordFrom(inquiry, analysis, now, previous));
      if (valid?.success && valid.data.chunk !== undefined) record.chunk = valid.data.chunk;
      await w.put([record]);
      return record;
    });
  } catch (err) {
    throw toHistoryError(err);
  }
}

/**
 * Stores records built elsewhere (seeding, benchmarks, repairs) with their digest rows, replacing
 * any stored record with the same key. Keys must be unique within the call.
 */
export async function putRecords(db: HistoryDb, records: readonly HistoryRecord[]): Promise<number> {
  return historyWrite(db, async (w) => {
    const existing = await db.inquiries.bulkGet(records.map((r) => r.key));
    const next = records.map((r, i) => {
      const { chunk: _chunk, ...rest } = r;
      const home = existing[i]?.chunk;
      return home !== undefined ? { ...rest, chunk: home } : rest;
    });
    await w.put(next);
    return next.length;
  });
}
