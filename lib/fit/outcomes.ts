/**
 * The rep's outcomes as recalibration reads them: each history record with an outcome, reduced to the
 * signal ids its verdict showed. Runs on the options page when the rep asks and in the worker after an
 * outcome is recorded (lib/extension/auto-recalibrate.ts), never on the verdict path.
 */
import type { HistoryDb } from '../history/db';
import type { OutcomeExample } from './recalibrate';

export async function outcomesFromHistory(db: HistoryDb): Promise<OutcomeExample[]> {
  const out: OutcomeExample[] = [];
  // A cursor over the records; only the outcome and the signal ids are kept, so memory stays small.
  await db.inquiries.each((r) => {
    if (r.outcome && r.outcome !== 'none') out.push({ ids: (r.verdict?.signals ?? []).map((s) => s.id), outcome: r.outcome });
  });
  return out;
}
