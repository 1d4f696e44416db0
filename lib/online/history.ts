import type { HistoryDb } from '../history/db';
import { historyWrite } from '../history/digest-store';
import { HistoryRecord } from '../history/record';
import type { DomainReport } from './types';

/**
 * Notes on the message's history record when which domains were checked online; the findings
 * themselves are the verdict's signals, with their evidence, saved with it.
 */
export async function stampRecord(db: HistoryDb, key: string, reports: readonly DomainReport[]): Promise<void> {
  if (!reports.length) return;
  await historyWrite(db, async (w) => {
    const current = await db.inquiries.get(key);
    if (!current) return;
    const online = reports.slice(0, 4).map((r) => ({ domain: r.domain, checkedAt: r.checkedAt }));
    const next = HistoryRecord.safeParse({ ...current, online });
    if (next.success) await w.put([next.data]);
  });
}
