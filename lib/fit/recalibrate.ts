/**
 * Recalibration from the rep's own outcomes: once enough inquiries have an outcome, refit the
 * weights on them with the shipped table as the prior, so the score follows the rep's market (buyers who
 * write from free mail, say) while a handful of outcomes can only nudge it.
 *
 * What counts as a real buyer is the rep's judgement after the fact: an order won, a quotation or sample
 * sent, or a reply from the buyer. A confirmed scam and a buyer who never answered count as the rest.
 * Inquiries without an outcome say nothing and are left out.
 *
 * Risk is not touched: scam-kind weights stay as shipped and any scam signal still sets `risk`, so
 * recalibration can never lower scam detection. Mails that carried a scam signal are left out of the fit
 * for the same reason as in `npm run fit`: their score is capped whatever their points.
 *
 * Pure: the caller reads the outcomes from the history and stores the result in settings.
 */
import type { Model, SignalSpec } from './logistic';
import { fitLogistic, roundModel } from './logistic';

export const MIN_OUTCOMES = 30;

/** Outcome values of the history (lib/history/record.ts), repeated here to keep this module free of it. */
export type OutcomeValue = 'none' | 'replied' | 'quoted' | 'sample-sent' | 'won' | 'no-reply' | 'confirmed-scam';

export const REAL_BUYER_OUTCOMES: readonly OutcomeValue[] = ['won', 'quoted', 'sample-sent', 'replied'];
export const OTHER_OUTCOMES: readonly OutcomeValue[] = ['no-reply', 'confirmed-scam'];

export interface OutcomeExample {
  /** Ids of the signals the verdict showed. */
  ids: readonly string[];
  outcome: OutcomeValue;
}

export interface WeightMove {
  id: string;
  from: number;
  to: number;
  /** Inquiries with an outcome in which the signal fired. */
  fired: number;
  /** Of those, how many turned out real buyers. */
  real: number;
}

export interface Recalibrated {
  baseline: number;
  /** Only the weights that moved, id → learned weight. */
  weights: Record<string, number>;
  moves: WeightMove[];
  /** The baseline move, with the share of real buyers among all outcomes used. */
  baselineFrom: number;
  used: number;
  realBuyers: number;
}

export interface RecalibrateOptions {
  specs: Readonly<Record<string, SignalSpec>>;
  caps: Readonly<Record<string, number>>;
  /** The shipped table: the prior every learned weight is pulled back to. */
  shipped: Model;
  minOutcomes?: number;
  /**
   * Prior sd in points. The prior is fixed while the evidence grows with every outcome, so 30 outcomes
   * move a weight a point or two and a few hundred can move it as far as the market really differs.
   */
  priorSd?: number;
  iterations?: number;
}

export function outcomeLabel(outcome: OutcomeValue): 0 | 1 | null {
  if (REAL_BUYER_OUTCOMES.includes(outcome)) return 1;
  if (OTHER_OUTCOMES.includes(outcome)) return 0;
  return null;
}

/**
 * Refit on the rep's outcomes. Returns null below the threshold of usable outcomes: too few to tell the
 * rep's market from chance, so the shipped table stands.
 */
export function recalibrate(outcomes: readonly OutcomeExample[], options: RecalibrateOptions): Recalibrated | null {
  const isScam = (id: string) => options.specs[id]?.kind === 'scam';
  const usable = outcomes
    .map((o) => ({ ids: o.ids.filter((id) => options.specs[id]), y: outcomeLabel(o.outcome) }))
    .filter((o): o is { ids: string[]; y: 0 | 1 } => o.y !== null && !o.ids.some(isScam));
  if (usable.length < (options.minOutcomes ?? MIN_OUTCOMES)) return null;
  const fit = roundModel(
    fitLogistic(usable, {
      specs: options.specs,
      caps: options.caps,
      prior: options.shipped,
      priorSd: options.priorSd ?? 3,
      baselineSd: 10,
      frozen: isScam,
      // Starts at the shipped table, which is close: far fewer steps than a fit from scratch.
      iterations: options.iterations ?? 300,
    }),
  );
  const moves: WeightMove[] = [];
  const weights: Record<string, number> = {};
  for (const [id, to] of Object.entries(fit.weights)) {
    const from = options.shipped.weights[id] ?? 0;
    if (to === from) continue;
    weights[id] = to;
    const with_ = usable.filter((u) => u.ids.includes(id));
    moves.push({ id, from, to, fired: with_.length, real: with_.filter((u) => u.y === 1).length });
  }
  moves.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.id.localeCompare(b.id));
  return {
    baseline: fit.baseline,
    baselineFrom: options.shipped.baseline,
    weights,
    moves,
    used: usable.length,
    realBuyers: usable.filter((u) => u.y === 1).length,
  };
}
