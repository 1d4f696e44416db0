import type { HistoryDb } from './db';
import type { DigestRow } from './digest';
import { dropRows, putRows, rowOf } from './digest';
import { HistoryRecord } from './record';

type Buckets = Map<string, Set<DigestRow>>;

/**
 * One in-memory copy of the digest per open database, refreshed when another context wrote, with
 * buckets by sender, domain and fingerprint band so the analyzer's memory touches only its matches,
 * and row orders kept between queries until something changes.
 */
export class DigestView {
  readonly bySender: Buckets = new Map();
  readonly byDomain: Buckets = new Map();
  readonly byBand: Buckets = new Map();
  private readonly orders = new Map<string, DigestRow[]>();

  constructor(
    public rev: number,
    readonly rows: Map<string, DigestRow>,
  ) {
    for (const r of rows.values()) this.index(r);
  }

  private index(r: DigestRow): void {
    add(this.bySender, r.sender, r);
    add(this.byDomain, r.domain, r);
    for (const b of r.bands) add(this.byBand, b, r);
  }

  private unindex(r: DigestRow): void {
    remove(this.bySender, r.sender, r);
    remove(this.byDomain, r.domain, r);
    for (const b of r.bands) remove(this.byBand, b, r);
  }

  set(r: DigestRow): void {
    const old = this.rows.get(r.key);
    if (old) this.unindex(old);
    this.rows.set(r.key, r);
    this.index(r);
    this.orders.clear();
  }

  delete(key: string): void {
    const old = this.rows.get(key);
    if (!old) return;
    this.unindex(old);
    this.rows.delete(key);
    this.orders.clear();
  }

  /** All rows in one order, sorted once and reused until the digest changes. */
  sorted(name: string, compare: (a: DigestRow, b: DigestRow) => number): DigestRow[] {
    let order = this.orders.get(name);
    if (!order) {
      order = [...this.rows.values()].sort(compare);
      this.orders.set(name, order);
    }
    return order;
  }
}

function add(b: Buckets, key: string, r: DigestRow): void {
  if (!key) return;
  let set = b.get(key);
  if (!set) b.set(key, (set = new Set()));
  set.add(r);
}

function remove(b: Buckets, key: string, r: DigestRow): void {
  const set = b.get(key);
  if (!set) return;
  set.delete(r);
  if (!set.size) b.delete(key);
}

const views = new WeakMap<HistoryDb, DigestView>();

async function currentRev(db: HistoryDb): Promise<number> {
  return (await db.meta.get('rev'))?.value ?? 0;
}

/**
 * The digest of every record. One small read per call learns whether anything changed; the chunks
 * are read again only after another tab or the service worker wrote.
 */
export async function digestView(db: HistoryDb): Promise<DigestView> {
  const view = views.get(db);
  const rev = await currentRev(db);
  if (view && view.rev === rev) return view;
  if (view && (await catchUp(db, view, rev))) return view;
  // A cold start (worker woken by a message, page just opened) asks several times at once: load once.
  let pending = loading.get(db);
  if (!pending || pending.rev !== rev) {
    const promise = (async () => {
      const chunks = await db.digest.toArray();
      const rows = new Map<string, DigestRow>();
      for (const c of chunks) for (const r of c.rows) rows.set(r.key, r);
      const fresh = new DigestView(rev, rows);
      views.set(db, fresh);
      return fresh;
    })().finally(() => {
      if (loading.get(db)?.promise === promise) loading.delete(db);
    });
    pending = { rev, promise };
    loading.set(db, pending);
  }
  return pending.promise;
}
const loading = new WeakMap<HistoryDb, { rev: number; promise: Promise<DigestView> }>();

/** Most rows a reader patches from the change log; past that, reloading the chunks is cheaper. */
export const PATCH_MAX_KEYS = 500;
/** How many writes the change log remembers. */
const LOG_LENGTH = 200;

/**
 * Applies the writes made elsewhere since this view was loaded (the rep edited an outcome on the
 * history page; the worker saved a verdict), reading only the records they touched. False when the
 * log cannot say (too old, too large): the caller reloads.
 */
async function catchUp(db: HistoryDb, view: DigestView, rev: number): Promise<boolean> {
  if (rev < view.rev || rev - view.rev > LOG_LENGTH) return false;
  const log = await db.changes.where('rev').between(view.rev, rev, false, true).toArray();
  if (log.length !== rev - view.rev || log.some((c) => c.full)) return false;
  const put = new Set<string>();
  const removed = new Set<string>();
  for (const c of log.sort((a, b) => a.rev - b.rev)) {
    for (const k of c.removed) {
      removed.add(k);
      put.delete(k);
    }
    for (const k of c.put) {
      put.add(k);
      removed.delete(k);
    }
  }
  if (put.size + removed.size > PATCH_MAX_KEYS) return false;
  const keys = [...put];
  const records = await db.inquiries.bulkGet(keys);
  for (const k of removed) view.delete(k);
  records.forEach((r, i) => {
    const parsed = r && HistoryRecord.safeParse(r);
    // A record damaged since it was written leaves the list, as it would after a reload.
    if (parsed?.success) view.set(rowOf(parsed.data));
    else view.delete(keys[i]!);
  });
  // Records read here may be newer than `rev`; the next catch-up applies those writes again, harmlessly.
  view.rev = rev;
  return true;
}

export async function digestRows(db: HistoryDb): Promise<Map<string, DigestRow>> {
  return (await digestView(db)).rows;
}

export interface HistoryWriter {
  /** Store these records and their digest rows; a record's `chunk` says where its old row is. */
  put(records: HistoryRecord[]): Promise<void>;
  /** Delete these records and their rows. */
  remove(records: ReadonlyArray<Pick<HistoryRecord, 'key' | 'chunk'>>): Promise<void>;
}

/**
 * Runs a write over records and digest in one transaction, then brings this context's cached digest
 * up to date without re-reading it (a service worker saving one verdict must not reload 50 000 rows).
 */
export async function historyWrite<T>(db: HistoryDb, work: (w: HistoryWriter) => Promise<T>): Promise<T> {
  const put: HistoryRecord[] = [];
  const removed: string[] = [];
  let before = 0;
  let after = 0;
  const result = await db.transaction('rw', [db.inquiries, db.digest, db.meta, db.changes], async () => {
    before = await currentRev(db);
    const value = await work({
      async put(records) {
        await putRows(db.digest, records);
        await db.inquiries.bulkPut(records);
        put.push(...records);
      },
      async remove(records) {
        await dropRows(db.digest, records);
        await db.inquiries.bulkDelete(records.map((r) => r.key));
        removed.push(...records.map((r) => r.key));
      },
    });
    after = before + 1;
    await db.meta.put({ name: 'rev', value: after });
    const small = put.length + removed.length <= PATCH_MAX_KEYS;
    await db.changes.put(small ? { rev: after, put: put.map((r) => r.key), removed } : { rev: after, put: [], removed: [], full: true });
    await db.changes
      .where('rev')
      .below(after - LOG_LENGTH)
      .delete();
    return value;
  });
  const view = views.get(db);
  if (view && view.rev === before) {
    for (const k of removed) view.delete(k);
    for (const r of put) view.set(rowOf(r));
    view.rev = after;
  }
  return result;
}

/** Forget the cached digest (benchmarks of a cold start, repairs). */
export function dropDigestCache(db: HistoryDb): void {
  views.delete(db);
}
