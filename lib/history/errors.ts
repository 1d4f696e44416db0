/**
 * What can go wrong with the history database, in terms the rep can act on. Every code has a
 * translated message under `store.<code>` in the UI catalogs.
 */
export type StoreProblem =
  /** The browser refused to store more (disk or quota full). Nothing was written. */
  | 'quota'
  /** An open tab of an older InquiryLens holds the database, so the upgrade waits. */
  | 'blocked'
  /** The database was closed under us (upgraded from another tab, or the browser shut it). */
  | 'closed'
  /** Opening or upgrading the database failed; the data is left as it was. */
  | 'upgrade-failed'
  /** IndexedDB is not available at all (private mode in some browsers, disabled storage). */
  | 'unavailable'
  /** An import file that is not an InquiryLens export, or not valid JSON. */
  | 'bad-import'
  /** An InquiryLens export written by a newer version, with a format this version does not know. */
  | 'newer-import'
  | 'unknown';

export class HistoryError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'HistoryError';
  }
}

const NAMES: Record<string, StoreProblem> = {
  QuotaExceededError: 'quota',
  // Dexie wraps the DOM error; its inner name survives in `inner`.
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  VersionError: 'upgrade-failed',
  UpgradeError: 'upgrade-failed',
  OpenFailedError: 'upgrade-failed',
  MissingAPIError: 'unavailable',
  InvalidAccessError: 'unavailable',
};

/** Maps a Dexie or DOM error (possibly wrapped several times) to a problem the UI can explain. */
export function problemOf(err: unknown): StoreProblem {
  let e: unknown = err;
  let fallback: StoreProblem = 'unknown';
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof HistoryError) return e.problem;
    const name = (e as { name?: unknown }).name;
    const message = String((e as { message?: unknown }).message ?? '');
    if (typeof name === 'string' && name in NAMES) {
      const p = NAMES[name]!;
      // A quota error inside an upgrade or an abort is still a full disk.
      if (p === 'quota') return p;
      if (fallback === 'unknown') fallback = p;
    }
    if (/quota/i.test(message)) return 'quota';
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return fallback;
}

export function toHistoryError(err: unknown): HistoryError {
  if (err instanceof HistoryError) return err;
  return new HistoryError(problemOf(err), err instanceof Error ? err.message : String(err));
}
