import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import { recordFrom, recordKey } from './build';
import type { HistoryDb } from './db';
import { toHistoryError } from './errors';
import type { FollowUp, HistoryRecord, Outcome } from './record';
import { FollowUp as FollowUpSchema, HistoryRecord as RecordSchema, Outcome as OutcomeSchema } from './record';

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
  if (typeof r.firstSeen === 'number' && Number.isInteger(r.firstSeen) && r.firstSeen >= 0) out.firstSeen = r.firstSeen;
  return out;
}

/** Store the verdict for a message, keeping what the rep recorded about it earlier. */
export async function saveAnalysis(db: HistoryDb, inquiry: Inquiry, analysis: Analysis, now = Date.now()): Promise<HistoryRecord> {
  try {
    return await db.transaction('rw', db.inquiries, async () => {
      const stored = await db.inquiries.get(recordKey(inquiry));
      const valid = stored ? RecordSchema.safeParse(stored) : undefined;
      const previous = valid?.success ? valid.data : stored ? (salvageRepFields(stored) as HistoryRecord | undefined) : undefined;
      const record = RecordSchema.parse(recordFrom(inquiry, analysis, now, previous));
      await db.inquiries.put(record);
      return record;
    });
  } catch (err) {
    throw toHistoryError(err);
  }
}

export interface RepUpdate {
  outcome?: Outcome;
  wonValue?: number;
  status?: FollowUp;
  stars?: number;
  note?: string;
}

/** The rep's own fields: outcome, status, stars (domain.md §6), a note. */
export async function updateRecord(db: HistoryDb, key: string, update: RepUpdate, now = Date.now()): Promise<HistoryRecord | undefined> {
  return db.transaction('rw', db.inquiries, async () => {
    const current = await db.inquiries.get(key);
    if (!current) return undefined;
    const next = RecordSchema.parse({ ...current, ...update, updatedAt: Math.max(now, current.updatedAt ?? 0) });
    await db.inquiries.put(next);
    return next;
  });
}

/** The same fields on many records at once (the history page's bulk actions). */
export async function updateRecords(db: HistoryDb, keys: readonly string[], update: RepUpdate, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.inquiries, async () => {
    const current = await db.inquiries.bulkGet([...keys]);
    const next = current.filter((r): r is HistoryRecord => Boolean(r)).map((r) => RecordSchema.parse({ ...r, ...update, updatedAt: Math.max(now, r.updatedAt ?? 0) }));
    await db.inquiries.bulkPut(next);
    return next.length;
  });
}

export type HistorySort = 'newest' | 'oldest' | 'score' | 'score-asc' | 'stars' | 'updated';
export const HISTORY_SORTS: readonly HistorySort[] = ['newest', 'oldest', 'score', 'score-asc', 'stars', 'updated'];

export interface HistoryQuery {
  search?: string;
  band?: HistoryRecord['verdict']['band'];
  risk?: boolean;
  advice?: HistoryRecord['verdict']['advice'];
  role?: string;
  region?: string;
  source?: string;
  /** At least this many stars. */
  minStars?: number;
  status?: FollowUp;
  outcome?: Outcome;
  /** Analysed at or after / at or before (ms since epoch). */
  from?: number;
  to?: number;
  /** One contact's inquiries (sender address) or one company's (company key). */
  contact?: string;
  companyKey?: string;
  sort?: HistorySort;
  offset?: number;
  limit?: number;
}

export interface HistoryPage {
  records: HistoryRecord[];
  total: number;
}

export function searchTerms(search: string | undefined): string[] {
  return (search ?? '')
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length >= 2)
    .slice(0, 5);
}

/** Also true for records damaged in storage: a filter on a missing field simply does not match. */
function matches(r: HistoryRecord, q: HistoryQuery, terms: string[]): boolean {
  const v = r.verdict ?? ({} as Partial<HistoryRecord['verdict']>);
  if (q.band && v.band !== q.band) return false;
  if (q.risk !== undefined && v.risk !== q.risk) return false;
  if (q.advice && v.advice !== q.advice) return false;
  if (q.role && v.role !== q.role) return false;
  if (q.region && v.region !== q.region) return false;
  if (q.source && r.inquiry?.source !== q.source) return false;
  if (q.minStars !== undefined && !((r.stars ?? 0) >= q.minStars)) return false;
  if (q.status && r.status !== q.status) return false;
  if (q.outcome && r.outcome !== q.outcome) return false;
  if (q.from !== undefined && !(r.analyzedAt >= q.from)) return false;
  if (q.to !== undefined && !(r.analyzedAt <= q.to)) return false;
  if (q.contact && r.senderAddress !== q.contact) return false;
  if (q.companyKey && r.companyKey !== q.companyKey) return false;
  const words = Array.isArray(r.words) ? r.words : [];
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}

const COMPARE: Record<HistorySort, (a: HistoryRecord, b: HistoryRecord) => number> = {
  newest: (a, b) => b.analyzedAt - a.analyzedAt,
  oldest: (a, b) => a.analyzedAt - b.analyzedAt,
  score: (a, b) => (b.verdict?.score ?? 0) - (a.verdict?.score ?? 0) || b.analyzedAt - a.analyzedAt,
  'score-asc': (a, b) => (a.verdict?.score ?? 0) - (b.verdict?.score ?? 0) || b.analyzedAt - a.analyzedAt,
  stars: (a, b) => (b.stars ?? 0) - (a.stars ?? 0) || b.analyzedAt - a.analyzedAt,
  updated: (a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0),
};

/**
 * A filtered, searched, sorted page of history. The narrowest index available picks the candidates
 * (a search word's prefix, a contact, a company); the other filters run on those. Without either, the
 * date index pages newest-first without reading the rest.
 */
export async function queryHistory(db: HistoryDb, q: HistoryQuery = {}): Promise<HistoryPage> {
  const terms = searchTerms(q.search);
  const limit = Math.min(q.limit ?? 50, 500);
  const offset = q.offset ?? 0;
  const sort = q.sort ?? 'newest';
  const narrowed = terms.length > 0 || Boolean(q.contact) || Boolean(q.companyKey);
  try {
    if (!narrowed && (sort === 'newest' || sort === 'oldest')) {
      const base = sort === 'oldest' ? db.inquiries.orderBy('analyzedAt') : db.inquiries.orderBy('analyzedAt').reverse();
      const filtered = hasFilters(q) ? base.filter((r) => matches(r, q, terms)) : base;
      const [records, total] = await Promise.all([filtered.clone().offset(offset).limit(limit).toArray(), hasFilters(q) ? filtered.count() : db.inquiries.count()]);
      return { records, total };
    }
    const base = terms.length
      ? db.inquiries.where('words').startsWith(terms[0]!).distinct()
      : q.contact
        ? db.inquiries.where('senderAddress').equals(q.contact)
        : q.companyKey
          ? db.inquiries.where('companyKey').equals(q.companyKey)
          : db.inquiries.toCollection();
    const all = await base.filter((r) => matches(r, q, terms)).toArray();
    all.sort(COMPARE[sort]);
    return { records: all.slice(offset, offset + limit), total: all.length };
  } catch (err) {
    throw toHistoryError(err);
  }
}

function hasFilters(q: HistoryQuery): boolean {
  return (
    q.band !== undefined ||
    q.risk !== undefined ||
    q.advice !== undefined ||
    q.role !== undefined ||
    q.region !== undefined ||
    q.source !== undefined ||
    q.minStars !== undefined ||
    q.status !== undefined ||
    q.outcome !== undefined ||
    q.from !== undefined ||
    q.to !== undefined
  );
}

/** Everything one contact (sender address) or one company sent, oldest first: the rep's timeline. */
export async function timeline(db: HistoryDb, by: 'contact' | 'company', key: string, limit = 500): Promise<HistoryRecord[]> {
  if (!key) return [];
  const index = by === 'contact' ? 'senderAddress' : 'companyKey';
  const records = await db.inquiries.where(index).equals(key).limit(limit).toArray();
  return records.sort((a, b) => a.firstSeen - b.firstSeen || a.analyzedAt - b.analyzedAt);
}

export async function deleteRecords(db: HistoryDb, keys: readonly string[]): Promise<number> {
  return db.transaction('rw', db.inquiries, async () => {
    const present = (await db.inquiries.bulkGet([...keys])).filter(Boolean).length;
    await db.inquiries.bulkDelete([...keys]);
    return present;
  });
}

/** Retention: forget inquiries not analysed for `days` days, except those with a recorded outcome. */
export async function applyRetention(db: HistoryDb, days: number, now = Date.now()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = now - days * 86_400_000;
  return db.inquiries.where('analyzedAt').below(cutoff).filter((r) => (r.outcome ?? 'none') === 'none' && (r.stars ?? 0) === 0).delete();
}

export interface UnreadableRecord {
  key: string;
  reason: string;
  raw: unknown;
}

/**
 * Records that no longer match the schema (damaged on disk, written by a future version). They are
 * never deleted behind the rep's back: the history page lists them and offers them as a raw export.
 */
export async function findUnreadable(db: HistoryDb, max = 1000): Promise<{ checked: number; unreadable: UnreadableRecord[] }> {
  const unreadable: UnreadableRecord[] = [];
  let checked = 0;
  await db.inquiries.each((r) => {
    checked++;
    if (unreadable.length >= max) return;
    const p = RecordSchema.safeParse(r);
    if (!p.success) {
      const issue = p.error.issues[0];
      unreadable.push({ key: String((r as { key?: unknown }).key ?? ''), reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid', raw: r });
    }
  });
  return { checked, unreadable };
}
