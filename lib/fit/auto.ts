/**
 * When and how the extension refits by itself: after the rep's outcomes reach the threshold, and again
 * every few new outcomes, off the verdict path. The options page's "Recalibrate now" uses the same refit.
 */
import type { Recalibration } from '../settings';
import { BASELINE, GROUP_CAPS, SIGNAL_IDS, WEIGHTS } from '../weights';
import type { OutcomeExample } from './recalibrate';
import { MIN_OUTCOMES, outcomeLabel, recalibrate } from './recalibrate';

/** New outcomes since the last refit that make another one worth its cost. */
export const REFIT_EVERY = 10;

/** The refit's setting: the shipped table as kinds, caps and prior. */
export const SHIPPED_REFIT = {
  specs: Object.fromEntries(SIGNAL_IDS.map((id) => [id, { kind: WEIGHTS[id].kind, group: WEIGHTS[id].group }])),
  caps: GROUP_CAPS,
  shipped: { baseline: BASELINE, weights: Object.fromEntries(SIGNAL_IDS.map((id) => [id, WEIGHTS[id].weight])) },
};

/** Outcomes that say real buyer or not (a recorded "none" says nothing). */
export function labelledCount(outcomes: readonly OutcomeExample[]): number {
  return outcomes.filter((o) => outcomeLabel(o.outcome) !== null).length;
}

export function refitDue(current: Recalibration, labelled: number): boolean {
  if (!current.enabled || labelled < MIN_OUTCOMES) return false;
  return current.fittedAt === '' || labelled - current.used >= REFIT_EVERY;
}

/** The refit as settings: null below the threshold, so the shipped table (or the last refit) stands. */
export function refitRecalibration(outcomes: readonly OutcomeExample[], current: Recalibration, now: Date): Recalibration | null {
  const r = recalibrate(outcomes, SHIPPED_REFIT);
  if (!r) return null;
  return {
    ...current,
    baseline: r.baseline,
    weights: r.weights,
    moves: r.moves.slice(0, 200),
    used: r.used,
    realBuyers: r.realBuyers,
    fittedAt: now.toISOString(),
  };
}
