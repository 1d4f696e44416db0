/**
 * The worker refits the weights by itself once the rep's outcomes pass the threshold, and again every
 * few outcomes: a few seconds after an outcome is recorded, never while a verdict is being made.
 * Built from its dependencies so it runs in tests without a browser.
 */
import { labelledCount, refitDue, refitRecalibration } from '../fit/auto';
import type { OutcomeExample } from '../fit/recalibrate';
import type { Settings } from '../settings';

export interface AutoRecalibrateDeps {
  outcomes: () => Promise<OutcomeExample[]>;
  settings: () => Settings;
  save: (next: Settings) => Promise<void>;
  now?: () => Date;
  /** Outcomes often come in bursts (a rep clearing a backlog): one refit after the burst is enough. */
  delayMs?: number;
  schedule?: (run: () => void, ms: number) => unknown;
}

/** Returns "an outcome was recorded"; the refit it may trigger resolves the returned promise when done. */
export function autoRecalibrator(deps: AutoRecalibrateDeps): () => Promise<boolean> {
  const schedule = deps.schedule ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  let pending: Promise<boolean> | null = null;
  const refit = async (): Promise<boolean> => {
    const current = deps.settings().recalibration;
    if (!current.enabled) return false;
    const outcomes = await deps.outcomes();
    if (!refitDue(current, labelledCount(outcomes))) return false;
    const next = refitRecalibration(outcomes, current, (deps.now ?? (() => new Date()))());
    if (!next) return false;
    await deps.save({ ...deps.settings(), recalibration: next });
    return true;
  };
  return () => {
    pending ??= new Promise<boolean>((resolve) => {
      schedule(() => {
        pending = null;
        refit().then(resolve, () => resolve(false));
      }, deps.delayMs ?? 3000);
    });
    return pending;
  };
}
