import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import { recordFrom, recordKey } from './build';
import type { HistoryDb } from './db';
import type { DigestRow } from './digest';
import { digestRows, digestView, historyWrite } from './digest-store';
import { toHistoryError } from './errors';
import type { FollowUp, HistoryRecord, Outcome } from './record';
import { FollowUp as FollowUpSchema, HistoryRecord as RecordSchema, isTime, Outcome as OutcomeSchema } from './record';

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

export interface RepUpdate {
  outcome?: Outcome;
  wonValue?: number;
  status?: FollowUp;
  stars?: number;
  note?: string;
}

/** The rep's own fields: outcome, status, stars (domain.md §6), a note. */
export async function updateRecord(db: HistoryDb, key: string, update: RepUpdate, now = Date.now()): Promise<HistoryRecord | undefined> {
  return historyWrite(db, async (w) => {
    const current = await db.inquiries.get(key);
    if (!current) return undefined;
    const next = RecordSchema.parse({ ...current, ...update, updatedAt: Math.max(now, current.updatedAt ?? 0) });
    await w.put([next]);
    return next;
  });
}

/** The same fields on many records at once (the history page's bulk actions). */
export async function updateRecords(db: HistoryDb, keys: readonly string[], update: RepUpdate, now = Date.now()): Promise<number> {
  return historyWrite(db, async (w) => {
    const current = await db.inquiries.bulkGet([...keys]);
    const next = current
      .filter((r): r is HistoryRecord => Boolean(r))
      .map((r) => RecordSchema.parse({ ...r, ...update, updatedAt: Math.max(now, r.updatedAt ?? 0) }));
    await w.put(next);
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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * A search term without the punctuation around it ("(acme)," → "acme"). A loop over code points:
 * `/[^\p{L}\p{N}]+$/` retries from every character of a long run of punctuation the rep pastes.
 */
function trimToWord(term: string): string {
  const chars = Array.from(term);
  let start = 0;
  let end = chars.length;
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++;
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

export function searchTerms(search: string | undefined): string[] {
  return (search ?? '')
    .toLowerCase()
    .split(/[\s,;]+/)
    .map(trimToWord)
    .filter((t) => t.length >= 2)
    .slice(0, 5);
}

function matches(r: DigestRow, q: HistoryQuery, terms: readonly string[]): boolean {
  if (q.band && r.band !== q.band) return false;
  if (q.risk !== undefined && r.risk !== q.risk) return false;
  if (q.advice && r.advice !== q.advice) return false;
  if (q.role && r.role !== q.role) return false;
  if (q.region && r.region !== q.region) return false;
  if (q.source && r.source !== q.source) return false;
  if (q.minStars !== undefined && r.stars < q.minStars) return false;
  if (q.status && r.status !== q.status) return false;
  if (q.outcome && r.outcome !== q.outcome) return false;
  if (q.from !== undefined && r.at < q.from) return false;
  if (q.to !== undefined && r.at > q.to) return false;
  if (q.contact && r.sender !== q.contact) return false;
  if (q.companyKey && r.companyKey !== q.companyKey) return false;
  // Word-prefix match: " heat" finds "heat" and "heating", not "preheat".
  for (const t of terms) if (!r.words.includes(` ${t}`)) return false;
  return true;
}

const COMPARE: Record<HistorySort, (a: DigestRow, b: DigestRow) => number> = {
  newest: (a, b) => b.at - a.at,
  oldest: (a, b) => a.at - b.at,
  score: (a, b) => b.score - a.score || b.at - a.at,
  'score-asc': (a, b) => a.score - b.score || b.at - a.at,
  stars: (a, b) => b.stars - a.stars || b.at - a.at,
  updated: (a, b) => b.upd - a.upd,
};

/**
 * A filtered, searched, sorted page of history. Filters, search and sorting run on the in-memory
 * digest; only the page's own records are read from the database.
 */
export async function queryHistory(db: HistoryDb, q: HistoryQuery = {}): Promise<HistoryPage> {
  const terms = searchTerms(q.search);
  const limit = Math.min(q.limit ?? 50, 500);
  const offset = q.offset ?? 0;
  try {
    const sort = q.sort ?? 'newest';
    const hits: DigestRow[] = [];
    // Filtering a presorted order keeps it sorted: no sort per query.
    for (const r of (await digestView(db)).sorted(sort, COMPARE[sort])) if (matches(r, q, terms)) hits.push(r);
    const keys = hits.slice(offset, offset + limit).map((r) => r.key);
    const records = (await db.inquiries.bulkGet(keys)).filter((r): r is HistoryRecord => Boolean(r));
    return { records, total: hits.length };
  } catch (err) {
    throw toHistoryError(err);
  }
}

/** Everything one contact (sender address) or one company sent, oldest first: the rep's timeline. */
export async function timeline(db: HistoryDb, by: 'contact' | 'company', key: string, limit = 500): Promise<HistoryRecord[]> {
  if (!key) return [];
  const index = by === 'contact' ? 'senderAddress' : 'companyKey';
  const records = await db.inquiries.where(index).equals(key).limit(limit).toArray();
  return records.sort((a, b) => a.firstSeen - b.firstSeen || a.analyzedAt - b.analyzedAt);
}

export async function deleteRecords(db: HistoryDb, keys: readonly string[]): Promise<number> {
  return historyWrite(db, async (w) => {
    const present = (await db.inquiries.bulkGet([...keys])).filter((r): r is HistoryRecord => Boolean(r));
    await w.remove(present);
    // Damaged records are not in the digest but can still be deleted by key.
    await db.inquiries.bulkDelete([...keys]);
    return present.length;
  });
}

/** Retention: forget inquiries not analysed for `days` days, unless the rep recorded an outcome or stars. */
export async function applyRetention(db: HistoryDb, days: number, now = Date.now()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = now - days * 86_400_000;
  const old = [...(await digestRows(db)).values()].filter((r) => r.at < cutoff && r.outcome === 'none' && r.stars === 0).map((r) => r.key);
  return old.length ? deleteRecords(db, old) : 0;
}

export interface UnreadableRecord {
  key: string;
  reason: string;
  raw: unknown;
}

/**
 * Records missing from the digest: damaged ones (they no longer match the schema, or a future version
 * wrote them) are reported, never deleted behind the rep's back; sound ones (written around the digest,
 * e.g. by an interrupted repair) are put back into it so the list shows them again.
 */
export async function findUnreadable(db: HistoryDb, max = 1000): Promise<{ checked: number; unreadable: UnreadableRecord[]; repaired: number }> {
  const keys = (await db.inquiries.toCollection().primaryKeys()) as string[];
  const rows = await digestRows(db);
  const missing = keys.filter((k) => !rows.has(k));
  const unreadable: UnreadableRecord[] = [];
  const sound: HistoryRecord[] = [];
  for (let i = 0; i < missing.length; i += 500) {
    for (const raw of await db.inquiries.bulkGet(missing.slice(i, i + 500))) {
      const p = RecordSchema.safeParse(raw);
      if (p.success) sound.push({ ...p.data, chunk: undefined } as HistoryRecord);
      else if (unreadable.length < max) {
        const issue = p.error.issues[0];
        unreadable.push({
          key: String((raw as { key?: unknown } | undefined)?.key ?? ''),
          reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid',
          raw,
        });
      }
    }
  }
  if (sound.length) {
    for (const r of sound) delete r.chunk;
    await historyWrite(db, (w) => w.put(sound));
  }
  return { checked: keys.length, unreadable, repaired: sound.length };
}
