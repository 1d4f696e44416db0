import type { HistoryDb } from './db';
import type { StoreProblem } from './errors';
import { problemOf } from './errors';

export type OpenResult = { ok: true } | { ok: false; problem: StoreProblem; detail: string };

/**
 * Opens (and if needed upgrades) the history, reporting rather than throwing. While an older tab
 * holds the database the upgrade waits; `onBlocked` lets the page say so instead of looking frozen,
 * and the open completes by itself once that tab lets go.
 */
export async function openHistory(db: HistoryDb, onBlocked?: () => void): Promise<OpenResult> {
  const blocked = () => onBlocked?.();
  db.on('blocked', blocked);
  try {
    await db.open();
    return { ok: true };
  } catch (err) {
    const problem = problemOf(err);
    // While opening, a closed connection or an unnamed failure means the open or upgrade itself failed.
    return {
      ok: false,
      problem: problem === 'unknown' || problem === 'closed' ? 'upgrade-failed' : problem,
      detail: err instanceof Error ? err.message : String(err),
    };
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
}
