import type { EntityTable, Transaction } from 'dexie';
import type { HistoryRecord } from './record';

/**
 * The digest: for every record, the few fields the history list, its filters and the analyzer's memory
 * need, packed a thousand to a chunk. Chromium reads IndexedDB values one by one at ~0.1 ms each, so
 * searching 50 000 records value by value takes seconds; fifty chunk values load in one go, and every
 * search, filter, sort and memory look-up after that runs in memory. Full records are read only for
 * the rows on screen. Chunks are written in the same transaction as the records they describe, so the
 * two never disagree after a crash.
 */
export interface DigestRow {
  key: string;
  at: number;
  first: number;
  upd: number;
  score: number;
  band: HistoryRecord['verdict']['band'];
  risk: boolean;
  advice: HistoryRecord['verdict']['advice'];
  role: string;
  region: string;
  source: string;
  stars: number;
  status: HistoryRecord['status'];
  outcome: HistoryRecord['outcome'];
  won: number;
  sender: string;
  domain: string;
  companyKey: string;
  company: string;
  simhash: string;
  /** Fingerprint bands, empty when the body is too short to compare. */
  bands: string[];
  /** Search words joined as " w1 w2 … ", so a word-prefix test is one indexOf. */
  words: string;
}

export interface DigestChunk {
  id: number;
  rows: DigestRow[];
}

export const CHUNK_ROWS = 1000;

/**
 * What one write changed, so another context can patch its copy of the digest instead of reloading
 * all of it. `full` marks a write too large to patch (an import): readers reload.
 */
export interface ChangeEntry {
  rev: number;
  put: string[];
  removed: string[];
  full?: boolean;
}

export function rowOf(r: HistoryRecord): DigestRow {
  return {
    key: r.key,
    at: r.analyzedAt,
    first: r.firstSeen,
    upd: r.updatedAt || r.analyzedAt,
    score: r.verdict.score,
    band: r.verdict.band,
    risk: r.verdict.risk,
    advice: r.verdict.advice,
    role: r.verdict.role,
    region: r.verdict.region,
    source: r.inquiry.source,
    stars: r.stars,
    status: r.status,
    outcome: r.outcome,
    won: r.wonValue ?? 0,
    sender: r.senderAddress,
    domain: r.senderDomain,
    companyKey: r.companyKey,
    company: r.verdict.company,
    simhash: r.simhash,
    bands: r.bands,
    words: ` ${r.words.join(' ')} `,
  };
}

type ChunkTable = EntityTable<DigestChunk, 'id'>;

/**
 * Puts these records' rows into the digest (replacing their old rows) and gives each record the chunk
 * it lives in. Call inside a rw transaction over the records and the digest; `records` are changed in
 * place (their `chunk` is set) and must be written by the caller in the same transaction.
 */
export async function putRows(chunks: ChunkTable, records: HistoryRecord[]): Promise<void> {
  if (!records.length) return;
  const touched = new Map<number, DigestChunk>();
  const load = async (ids: number[]) => {
    const missing = [...new Set(ids)].filter((id) => !touched.has(id));
    const got = await chunks.bulkGet(missing);
    missing.forEach((id, i) => touched.set(id, got[i] ?? { id, rows: [] }));
  };
  await load(records.filter((r) => r.chunk !== undefined).map((r) => r.chunk!));
  const last = await chunks.orderBy('id').last();
  let tail = last ? (touched.get(last.id) ?? last) : { id: 0, rows: [] };
  touched.set(tail.id, tail);
  for (const r of records) {
    const home = r.chunk !== undefined ? touched.get(r.chunk) : undefined;
    const at = home ? home.rows.findIndex((row) => row.key === r.key) : -1;
    if (home && at >= 0) {
      home.rows[at] = rowOf(r);
      continue;
    }
    if (tail.rows.length >= CHUNK_ROWS) {
      tail = { id: tail.id + 1, rows: [] };
      touched.set(tail.id, tail);
    }
    tail.rows.push(rowOf(r));
    r.chunk = tail.id;
  }
  await chunks.bulkPut([...touched.values()]);
}

/** Removes these records' rows from the digest. Same transaction rules as `putRows`. */
export async function dropRows(chunks: ChunkTable, records: ReadonlyArray<Pick<HistoryRecord, 'key' | 'chunk'>>): Promise<void> {
  const byChunk = new Map<number, Set<string>>();
  for (const r of records) if (r.chunk !== undefined) byChunk.set(r.chunk, (byChunk.get(r.chunk) ?? new Set()).add(r.key));
  if (!byChunk.size) return;
  const ids = [...byChunk.keys()];
  const got = await chunks.bulkGet(ids);
  const next = got.filter((c): c is DigestChunk => Boolean(c)).map((c) => ({ id: c.id, rows: c.rows.filter((row) => !byChunk.get(c.id)!.has(row.key)) }));
  await chunks.bulkPut(next);
}

/** Builds the digest from scratch from every record that validates (schema upgrade, repair). */
export async function rebuildDigest(tx: Transaction, valid: (r: unknown) => r is HistoryRecord): Promise<void> {
  const chunks = tx.table('digest') as ChunkTable;
  await chunks.clear();
  const all: HistoryRecord[] = [];
  await tx.table('inquiries').each((r: unknown) => {
    if (valid(r)) all.push(r);
  });
  for (const r of all) delete r.chunk;
  await putRows(chunks, all);
  await tx.table('inquiries').bulkPut(all);
}
