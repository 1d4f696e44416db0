import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import { recordFrom, recordKey } from './build';
import type { HistoryDb } from './db';
import type { FollowUp, HistoryRecord, Outcome } from './record';
import { HistoryRecord as RecordSchema } from './record';

/** Store the verdict for a message, keeping what the rep recorded about it earlier. */
export async function saveAnalysis(db: HistoryDb, inquiry: Inquiry, analysis: Analysis, now = Date.now()): Promise<HistoryRecord> {
  return db.transaction('rw', db.inquiries, async () => {
    const previous = await db.inquiries.get(recordKey(inquiry));
    const record = RecordSchema.parse(recordFrom(inquiry, analysis, now, previous && RecordSchema.safeParse(previous).success ? previous : undefined));
    await db.inquiries.put(record);
    return record;
  });
}

export interface RepUpdate {
  outcome?: Outcome;
  wonValue?: number;
  status?: FollowUp;
  stars?: number;
  note?: string;
}

/** The rep's own fields: outcome, status, stars (domain.md §6), a note. */
export async function updateRecord(db: HistoryDb, key: string, update: RepUpdate): Promise<HistoryRecord | undefined> {
  return db.transaction('rw', db.inquiries, async () => {
    const current = await db.inquiries.get(key);
    if (!current) return undefined;
    const next = RecordSchema.parse({ ...current, ...update });
    await db.inquiries.put(next);
    return next;
  });
}

export interface HistoryQuery {
  search?: string;
  band?: HistoryRecord['verdict']['band'];
  risk?: boolean;
  advice?: HistoryRecord['verdict']['advice'];
  role?: string;
  region?: string;
  source?: string;
  minStars?: number;
  status?: FollowUp;
  outcome?: Outcome;
  from?: number;
  to?: number;
  sort?: 'newest' | 'oldest' | 'score';
  offset?: number;
  limit?: number;
}

function matches(r: HistoryRecord, q: HistoryQuery, terms: string[]): boolean {
  if (q.band && r.verdict.band !== q.band) return false;
  if (q.risk !== undefined && r.verdict.risk !== q.risk) return false;
  if (q.advice && r.verdict.advice !== q.advice) return false;
  if (q.role && r.verdict.role !== q.role) return false;
  if (q.region && r.verdict.region !== q.region) return false;
  if (q.source && r.inquiry.source !== q.source) return false;
  if (q.minStars !== undefined && r.stars < q.minStars) return false;
  if (q.status && r.status !== q.status) return false;
  if (q.outcome && r.outcome !== q.outcome) return false;
  if (q.from !== undefined && r.analyzedAt < q.from) return false;
  if (q.to !== undefined && r.analyzedAt > q.to) return false;
  return terms.every((t) => r.words.some((w) => w.startsWith(t)));
}

/**
 * A filtered, searched, sorted page of history. The first search word narrows by index (word prefix);
 * the rest of the filters run on that candidate set.
 */
export async function queryHistory(db: HistoryDb, q: HistoryQuery = {}): Promise<{ records: HistoryRecord[]; total: number }> {
  const terms = (q.search ?? '').toLowerCase().split(/\s+/).filter((t) => t.length >= 2).slice(0, 5);
  const limit = Math.min(q.limit ?? 50, 500);
  const offset = q.offset ?? 0;
  let collection = terms.length
    ? db.inquiries.where('words').startsWith(terms[0]!).distinct()
    : q.sort === 'oldest'
      ? db.inquiries.orderBy('analyzedAt')
      : db.inquiries.orderBy('analyzedAt').reverse();
  collection = collection.filter((r) => matches(r, q, terms));
  if (!terms.length && q.sort !== 'score') {
    const total = await collection.count();
    return { records: await collection.offset(offset).limit(limit).toArray(), total };
  }
  const all = await collection.toArray();
  all.sort((a, b) => (q.sort === 'score' ? b.verdict.score - a.verdict.score : q.sort === 'oldest' ? a.analyzedAt - b.analyzedAt : b.analyzedAt - a.analyzedAt));
  return { records: all.slice(offset, offset + limit), total: all.length };
}

export async function deleteRecords(db: HistoryDb, keys: readonly string[]): Promise<number> {
  await db.inquiries.bulkDelete([...keys]);
  return keys.length;
}

/** Retention: forget inquiries not analysed for `days` days, except those with a recorded outcome. */
export async function applyRetention(db: HistoryDb, days: number, now = Date.now()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = now - days * 86_400_000;
  return db.inquiries.where('analyzedAt').below(cutoff).filter((r) => r.outcome === 'none').delete();
}
