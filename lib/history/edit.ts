import type { HistoryDb } from './db';
import { digestRows, historyWrite } from './digest-store';
import type { FollowUp, HistoryRecord, Outcome } from './record';
import { HistoryRecord as RecordSchema } from './record';

/*
 * What the rep changes in the history (outcome, status, stars, note; delete; retention) and the repair
 * of records missing from the digest. Like ./query, it never builds a record from an analysis.
 */

export interface RepUpdate {
  outcome?: Outcome;
  wonValue?: number;
  status?: FollowUp;
  stars?: number;
  note?: string;
}

/** The rep's own fields: outcome, follow-up status, stars (how much the buyer is worth chasing, 0–3), a note. */
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
