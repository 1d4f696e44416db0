/**
 * The weight fitter (issue 10): what a maintainer relies on when `npm run fit` rewrites the table —
 * it finds the weights that generated the data, never flips a signal's meaning, keeps group caps, and
 * gives the same table on every run.
 */
import { describe, expect, it } from 'vitest';
import type { Example, FitOptions, SignalSpec } from '../../../lib/fit/logistic';
import { balanced, cappedContributions, fitLogistic, pointsOf, probabilityOf, reliability, seededRandom, stratifiedFolds } from '../../../lib/fit/logistic';
import { scoreHits } from '../../../lib/score';
import type { SignalId } from '../../../lib/weights';
import { GROUP_CAPS, SIGNAL_IDS, WEIGHTS } from '../../../lib/weights';

const SPECS: Record<string, SignalSpec> = {
  good: { kind: 'positive', group: 'product' },
  bad: { kind: 'negative', group: 'vague' },
  noise: { kind: 'positive', group: 'trade' },
};
const WIDE_CAPS = { product: 100, vague: 100, trade: 100 };

/** Mails drawn from a known model: each signal fires with probability 0.4, the label from the link. */
function synthetic(
  truth: { baseline: number; weights: Record<string, number> },
  n: number,
  seed: number,
  specs = SPECS,
  caps: Record<string, number> = WIDE_CAPS,
): Example[] {
  const rnd = seededRandom(seed);
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const ids = Object.keys(truth.weights).filter(() => rnd() < 0.4);
    const p = probabilityOf(pointsOf({ ids }, truth, specs, caps));
    out.push({ ids, y: rnd() < p ? 1 : 0 });
  }
  return out;
}

const weak = (specs: Record<string, SignalSpec>, caps: Record<string, number>): FitOptions => ({
  specs,
  caps,
  prior: { baseline: 50, weights: Object.fromEntries(Object.keys(specs).map((id) => [id, 0])) },
  priorSd: 200,
  baselineSd: 200,
});

describe('fitting weights from labelled mail', () => {
  it('recovers the weights and baseline that generated the data', () => {
    const truth = { baseline: 40, weights: { good: 30, bad: -20, noise: 0 } };
    const fit = fitLogistic(synthetic(truth, 2500, 1), weak(SPECS, WIDE_CAPS));
    expect(fit.baseline).toBeCloseTo(40, -1);
    expect(Math.abs(fit.weights.good! - 30)).toBeLessThan(5);
    expect(Math.abs(fit.weights.bad! + 20)).toBeLessThan(5);
    expect(Math.abs(fit.weights.noise!)).toBeLessThan(4);
  });

  it('never lets a positive signal count against a mail, nor a scam or negative signal for it', () => {
    const specs: Record<string, SignalSpec> = {
      praise: { kind: 'positive', group: 'product' },
      scam: { kind: 'scam', group: 'scam' },
      warn: { kind: 'negative', group: 'vague' },
      note: { kind: 'info', group: 'meta' },
    };
    const caps = { product: 100, scam: 100, vague: 100, meta: 0 };
    // In this data the positive signal marks the rest and the scam and negative signals mark buyers.
    const truth = { baseline: 50, weights: { praise: -30, scam: 30, warn: 30, note: 10 } };
    const unconstrained: Record<string, SignalSpec> = Object.fromEntries(
      Object.keys(specs).map((id) => [id, { kind: 'negative', group: 'vague' } as SignalSpec]),
    );
    const data = synthetic(truth, 2000, 2, unconstrained, { vague: 1000 });
    const fit = fitLogistic(data, { ...weak(specs, caps), prior: { baseline: 50, weights: { praise: 10, scam: -30, warn: -5, note: 0 } } });
    expect(fit.weights.praise).toBe(0);
    expect(fit.weights.scam).toBe(0);
    expect(fit.weights.warn).toBe(0);
    expect(fit.weights.note).toBe(0);
  });

  it('keeps group caps: two signals of one group never count more than the cap together, nor one alone above it', () => {
    const specs: Record<string, SignalSpec> = { a: { kind: 'positive', group: 'product' }, b: { kind: 'positive', group: 'product' } };
    const caps = { product: 20 };
    // Far stronger evidence than the group may carry.
    const truth = { baseline: 10, weights: { a: 60, b: 60 } };
    const fit = fitLogistic(synthetic(truth, 2000, 3, specs, { product: 1000 }), weak(specs, caps));
    expect(fit.weights.a).toBeLessThanOrEqual(20);
    expect(fit.weights.b).toBeLessThanOrEqual(20);
    expect(pointsOf({ ids: ['a', 'b'] }, fit, specs, caps) - fit.baseline).toBeLessThanOrEqual(20 + 1e-9);
  });

  it('counts capped hits exactly as the product scores them', () => {
    const rnd = seededRandom(4);
    const specs = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { kind: WEIGHTS[id].kind, group: WEIGHTS[id].group }]));
    const weights = Object.fromEntries(SIGNAL_IDS.map((id) => [id, WEIGHTS[id].weight]));
    for (let n = 0; n < 200; n++) {
      const ids = SIGNAL_IDS.filter(() => rnd() < 0.15 && true).filter((id) => WEIGHTS[id].kind !== 'scam') as SignalId[];
      const product = scoreHits(ids.map((id) => ({ id, weight: WEIGHTS[id].weight, evidence: '' })));
      const ours = cappedContributions(ids, weights, specs, GROUP_CAPS).counted;
      expect(ours).toEqual(product.signals.map((s) => s.counted));
    }
  });

  it('keeps a weight the data never tests at its prior, and pulls a rarely seen one less than a common one', () => {
    const specs: Record<string, SignalSpec> = { ...SPECS, unseen: { kind: 'positive', group: 'trade' } };
    const truth = { baseline: 50, weights: { good: 30, bad: -20, noise: 0 } };
    const data = synthetic(truth, 300, 5);
    const prior = { baseline: 50, weights: { good: 5, bad: -5, noise: 0, unseen: 7 } };
    const strong = fitLogistic(data, { specs, caps: WIDE_CAPS, prior, priorSd: 2 });
    const loose = fitLogistic(data, { specs, caps: WIDE_CAPS, prior, priorSd: 50 });
    expect(strong.weights.unseen).toBe(7);
    expect(loose.weights.unseen).toBe(7);
    expect(Math.abs(strong.weights.good! - 5)).toBeLessThan(Math.abs(loose.weights.good! - 5));
  });

  it('gives the same table and the same folds on every run with the same seed', () => {
    const data = synthetic({ baseline: 45, weights: { good: 20, bad: -10, noise: 3 } }, 500, 6);
    expect(fitLogistic(data, weak(SPECS, WIDE_CAPS))).toEqual(fitLogistic(data, weak(SPECS, WIDE_CAPS)));
    const strata = Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? 'real|genuine' : i % 3 === 1 ? 'real|vague' : 'phishing|scam'));
    const folds = stratifiedFolds(strata, 5, 10);
    expect(stratifiedFolds(strata, 5, 10)).toEqual(folds);
    expect(stratifiedFolds(strata, 5, 11)).not.toEqual(folds);
    // Every fold holds its share of each stratum.
    for (let f = 0; f < 5; f++) for (const s of new Set(strata)) expect(strata.filter((x, i) => x === s && folds[i] === f)).toHaveLength(6);
  });

  it('balances the classes when asked, so a corpus mostly of buyers does not raise the baseline', () => {
    const data: Example[] = [
      ...Array.from({ length: 30 }, () => ({ ids: [], y: 1 as const })),
      ...Array.from({ length: 10 }, () => ({ ids: [], y: 0 as const })),
    ];
    const link = { center: 50, scale: 25 };
    const opts = { ...weak(SPECS, WIDE_CAPS), link };
    // Three buyers in four with no evidence at all: the baseline lands where the link says 75 %.
    expect(fitLogistic(data, opts).baseline).toBeCloseTo(50 + 25 * Math.log(3), 0);
    expect(Math.abs(fitLogistic(balanced(data), opts).baseline - 50)).toBeLessThan(1);
  });

  it('reads points through the calibration it is given, so the fitted weights move the estimate the rep sees', () => {
    const steep = { center: 40, scale: 8 };
    const data: Example[] = [
      ...Array.from({ length: 30 }, () => ({ ids: [], y: 1 as const })),
      ...Array.from({ length: 10 }, () => ({ ids: [], y: 0 as const })),
    ];
    const baseline = fitLogistic(data, { ...weak(SPECS, WIDE_CAPS), link: steep }).baseline;
    expect(probabilityOf(baseline, steep)).toBeCloseTo(0.75, 2);
  });

  it('reports the share of real buyers per score bucket', () => {
    const rows = reliability([10, 15, 75, 78, 79, 95], [0, 0, 1, 1, 0, 1], [0, 20, 70, 80, 101]);
    expect(rows.map((r) => [r.count, r.share])).toEqual([
      [2, 0],
      [0, null],
      [3, 2 / 3],
      [1, 1],
    ]);
  });
});
