import type { HistoryDb } from './db';
import type { DigestRow } from './digest';
import { digestView } from './digest-store';
import { toHistoryError } from './errors';
import type { FollowUp, HistoryRecord, Outcome } from './record';

/*
 * Reading the history: the list's filters, search and sort over the in-memory digest, and one buyer's
 * timeline. Nothing here builds a record, so the history and statistics pages load it without the
 * domain lists and the public-suffix list that building one needs.
 */

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
