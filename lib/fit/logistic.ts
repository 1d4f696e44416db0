/**
 * Fitting the weights table from labelled mail: an L2-regularised logistic model over the
 * signal hits, in score points, with the hand weights as the prior.
 *
 * Why in points and not in log-odds: the panel explains a score as a baseline plus the points each
 * signal earned. The model keeps that additive form, s = baseline + Σ counted_i (group caps applied
 * exactly as lib/score.ts does), and reads it through the shipped calibration (lib/fit/calibrate.ts,
 * fitted by `npm run fit`): P(real buyer) = σ((s − center) / scale). The same link turns points into the
 * score the panel shows, so a weight fitted here moves the estimate the rep reads.
 *
 * Why a prior at the hand weights: a few hundred labelled mails cannot set ninety weights on their own,
 * and the product is judged on mail it never saw. Each weight is pulled towards its hand value with a
 * Gaussian prior (standard deviation `priorSd` points), so a signal that rarely fires keeps its hand
 * weight and one that fires often moves only as far as the evidence carries it.
 *
 * Pure and deterministic: no clock, no randomness except the seeded fold shuffle.
 */
import type { SignalGroup, SignalKind } from '../weights';
import { seededRandom } from '../random';
import { CALIBRATION } from '../calibration.fitted';
import type { Calibration } from './calibrate';
import { probability } from './calibrate';

export interface SignalSpec {
  kind: SignalKind;
  group: SignalGroup;
}

/** One labelled mail reduced to what the score sees: the ids of the signals that fired (repeats allowed). */
export interface Example {
  ids: readonly string[];
  /** 1 = real buyer, 0 = the rest. */
  y: 0 | 1;
  /** How much this example counts in the likelihood (default 1), e.g. to balance the classes. */
  weight?: number;
}

export interface Model {
  baseline: number;
  weights: Record<string, number>;
}

export interface FitOptions {
  specs: Readonly<Record<string, SignalSpec>>;
  caps: Readonly<Record<string, number>>;
  /** The prior: hand weights and baseline, in points. */
  prior: Model;
  /** Prior standard deviation of each weight, in points (smaller = stronger pull to the prior). */
  priorSd?: number;
  /** Prior standard deviation of the baseline, in points. */
  baselineSd?: number;
  /** Ids whose weight is never fitted (kept at the prior), e.g. the scam signals of a separate question. */
  frozen?: (id: string) => boolean;
  iterations?: number;
  /** Points → probability; the shipped calibration unless the fit script is fitting a new one. */
  link?: Calibration;
}

export interface FitResult extends Model {
  /** Penalised negative log-likelihood at the end, per example (for reports and tests). */
  loss: number;
  iterations: number;
}

export function probabilityOf(points: number, link: Calibration = CALIBRATION): number {
  return probability(points, link);
}

/**
 * What each hit counts after group caps, the same rule as lib/score.ts: within a group, positive and
 * negative weights each count up to the cap, strongest first. `full[i]` says whether hit i counted in
 * full; only those move with their own weight, which is the gradient the fitter follows.
 */
export function cappedContributions(
  ids: readonly string[],
  weights: Readonly<Record<string, number>>,
  specs: Readonly<Record<string, SignalSpec>>,
  caps: Readonly<Record<string, number>>,
): { counted: number[]; full: boolean[] } {
  const w = ids.map((id) => weights[id] ?? 0);
  const order = ids.map((_, i) => i).sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!));
  const counted = new Array<number>(ids.length).fill(0);
  const full = new Array<boolean>(ids.length).fill(false);
  const used = new Map<string, { pos: number; neg: number }>();
  for (const i of order) {
    const spec = specs[ids[i]!];
    if (!spec) continue;
    const cap = caps[spec.group] ?? Infinity;
    const u = used.get(spec.group) ?? { pos: 0, neg: 0 };
    const wi = w[i]!;
    if (wi > 0) {
      counted[i] = Math.min(wi, Math.max(0, cap - u.pos));
      u.pos += counted[i]!;
    } else if (wi < 0) {
      counted[i] = -Math.min(-wi, Math.max(0, cap - u.neg));
      u.neg -= counted[i]!;
    }
    full[i] = counted[i] === wi;
    used.set(spec.group, u);
  }
  return { counted, full };
}

/** Uncapped-by-range points of one example: baseline plus what the hits count after group caps. */
export function pointsOf(ex: Pick<Example, 'ids'>, model: Model, specs: FitOptions['specs'], caps: FitOptions['caps']): number {
  return model.baseline + cappedContributions(ex.ids, model.weights, specs, caps).counted.reduce((a, b) => a + b, 0);
}

/** Sign constraints from domain knowledge, and no single weight beyond what its group can ever count. */
export function project(id: string, w: number, specs: FitOptions['specs'], caps: FitOptions['caps']): number {
  const spec = specs[id];
  if (!spec) return w;
  const cap = caps[spec.group] ?? Infinity;
  switch (spec.kind) {
    case 'info':
      return 0;
    case 'positive':
      return Math.min(cap, Math.max(0, w));
    // A scam sign never helps a mail, and a negative sign never turns into praise.
    case 'negative':
    case 'scam':
      return Math.max(-cap, Math.min(0, w));
  }
}

function objective(examples: readonly Example[], model: Model, o: Required<Omit<FitOptions, 'frozen'>>): number {
  let nll = 0;
  for (const ex of examples) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probabilityOf(pointsOf(ex, model, o.specs, o.caps), o.link)));
    nll -= (ex.weight ?? 1) * (ex.y ? Math.log(p) : Math.log(1 - p));
  }
  let pen = ((model.baseline - o.prior.baseline) / o.baselineSd) ** 2 / 2;
  for (const [id, w] of Object.entries(model.weights)) pen += ((w - (o.prior.weights[id] ?? 0)) / o.priorSd) ** 2 / 2;
  return (nll + pen) / Math.max(1, examples.length);
}

/**
 * Maximum a posteriori fit by projected gradient descent with Adam steps (deterministic, no sampling).
 * The caps make the score piecewise linear in the weights; within a piece the objective is the convex
 * logistic one, and the projection keeps every weight on its allowed side. The loop works on typed
 * arrays without allocating, so a refit on a rep's thousand outcomes stays well under the 200 ms goal.
 */
export function fitLogistic(examples: readonly Example[], options: FitOptions): FitResult {
  const o = {
    priorSd: 8,
    baselineSd: 20,
    iterations: 1500,
    link: CALIBRATION,
    ...options,
  };
  const frozen = options.frozen ?? (() => false);
  // Parameter 0 is the baseline; then every id of the prior, fitted or not, so capped hits see them all.
  const ids = Object.keys(o.prior.weights).filter((id) => o.specs[id]);
  const index = new Map(ids.map((id, k) => [id, k + 1]));
  const groups = [...new Set(ids.map((id) => o.specs[id]!.group))];
  const groupOf = new Int32Array(ids.length + 1);
  const cap = new Float64Array(groups.length);
  groups.forEach((g, j) => (cap[j] = o.caps[g] ?? Infinity));
  ids.forEach((id, k) => (groupOf[k + 1] = groups.indexOf(o.specs[id]!.group)));
  const free = new Uint8Array(ids.length + 1);
  ids.forEach((id, k) => (free[k + 1] = o.specs[id]!.kind !== 'info' && !frozen(id) ? 1 : 0));
  free[0] = 1;

  const theta = new Float64Array(ids.length + 1);
  const prior = new Float64Array(ids.length + 1);
  const sd = new Float64Array(ids.length + 1).fill(o.priorSd);
  prior[0] = o.prior.baseline;
  sd[0] = o.baselineSd;
  ids.forEach((id, k) => (prior[k + 1] = project(id, o.prior.weights[id] ?? 0, o.specs, o.caps)));
  theta.set(prior);

  // Examples as parameter indices; hits of unknown ids never count.
  const hits = examples.map((ex) => Int32Array.from(ex.ids.map((id) => index.get(id) ?? -1).filter((k) => k > 0)));
  const maxHits = Math.max(1, ...hits.map((h) => h.length));
  const order = new Int32Array(maxHits);
  const full = new Uint8Array(maxHits);
  const usedPos = new Float64Array(groups.length);
  const usedNeg = new Float64Array(groups.length);

  /** Points of one example (caps as lib/score.ts); marks in `full` the hits that counted in full. */
  const points = (h: Int32Array): number => {
    const n = h.length;
    for (let i = 0; i < n; i++) {
      // Insertion sort by |weight|, strongest first; stable like Array.prototype.sort.
      let j = i;
      const a = Math.abs(theta[h[i]!]!);
      while (j > 0 && Math.abs(theta[h[order[j - 1]!]!]!) < a) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
      usedPos[groupOf[h[i]!]!] = 0;
      usedNeg[groupOf[h[i]!]!] = 0;
    }
    let s = theta[0]!;
    for (let r = 0; r < n; r++) {
      const i = order[r]!;
      const k = h[i]!;
      const g = groupOf[k]!;
      const w = theta[k]!;
      let c = 0;
      if (w > 0) {
        c = Math.min(w, Math.max(0, cap[g]! - usedPos[g]!));
        usedPos[g]! += c;
      } else if (w < 0) {
        c = -Math.min(-w, Math.max(0, cap[g]! - usedNeg[g]!));
        usedNeg[g]! -= c;
      }
      full[i] = c === w ? 1 : 0;
      s += c;
    }
    return s;
  };

  const n = theta.length;
  const g = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const lr = 0.5;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= o.iterations; t++) {
    g.fill(0);
    for (let e = 0; e < hits.length; e++) {
      const h = hits[e]!;
      const ex = examples[e]!;
      const r = ((ex.weight ?? 1) * (probabilityOf(points(h), o.link) - ex.y)) / o.link.scale;
      g[0]! += r;
      for (let i = 0; i < h.length; i++) if (full[i]) g[h[i]!]! += r;
    }
    for (let k = 0; k < n; k++) {
      if (!free[k]) continue;
      const gk = g[k]! + (theta[k]! - prior[k]!) / sd[k]! ** 2;
      m[k] = b1 * m[k]! + (1 - b1) * gk;
      v[k] = b2 * v[k]! + (1 - b2) * gk * gk;
      const next = theta[k]! - (lr * (m[k]! / (1 - b1 ** t))) / (Math.sqrt(v[k]! / (1 - b2 ** t)) + 1e-8);
      theta[k] = k === 0 ? next : project(ids[k - 1]!, next, o.specs, o.caps);
    }
  }
  const model: Model = { baseline: theta[0]!, weights: { ...o.prior.weights } };
  ids.forEach((id, k) => (model.weights[id] = theta[k + 1]!));
  return { ...model, loss: objective(examples, model, { ...o, prior: o.prior }), iterations: o.iterations };
}

/**
 * Example weights that give both classes the same total: a labelled corpus is collected, not sampled
 * from an inbox, so its share of real buyers says nothing about a rep's mail. Balanced, the fitted
 * baseline is the score of a mail with no evidence at even odds; the rep's own outcomes (recalibrate.ts)
 * then move it towards their inbox.
 */
export function balanced(examples: readonly Example[]): Example[] {
  const pos = examples.filter((e) => e.y === 1).length;
  const neg = examples.length - pos;
  if (!pos || !neg) return [...examples];
  return examples.map((e) => ({ ...e, weight: examples.length / 2 / (e.y === 1 ? pos : neg) }));
}

/** Weights as a table shows them: whole points, the baseline too (the panel counts whole points). */
export function roundModel(model: Model): Model {
  const weights: Record<string, number> = {};
  for (const [id, w] of Object.entries(model.weights)) weights[id] = Math.round(w) || 0;
  return { baseline: Math.round(model.baseline), weights };
}

export { seededRandom };

/**
 * Stratified k-fold assignment: items of each stratum (e.g. source and label) are shuffled with the
 * seed and dealt round-robin, so every fold holds its share of each source's buyers, vague mail and scams.
 */
export function stratifiedFolds(strata: readonly string[], k: number, seed: number): number[] {
  const rnd = seededRandom(seed);
  const fold = new Array<number>(strata.length).fill(0);
  const by = new Map<string, number[]>();
  strata.forEach((s, i) => by.set(s, [...(by.get(s) ?? []), i]));
  let offset = 0;
  for (const key of [...by.keys()].sort()) {
    const idx = by.get(key)!;
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((item, r) => (fold[item] = (r + offset) % k));
    // Continue dealing where the last stratum stopped, so small strata do not all land in fold 0.
    offset = (offset + idx.length) % k;
  }
  return fold;
}

export interface ReliabilityRow {
  from: number;
  to: number;
  count: number;
  /** Share of real buyers among the mails scored in [from, to). */
  share: number | null;
}

/** Score bucket → share of real buyers: how far the score can be read as a probability. */
export function reliability(scores: readonly number[], ys: readonly (0 | 1)[], edges: readonly number[] = [0, 20, 40, 60, 70, 80, 90, 101]): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b]!;
    const to = edges[b + 1]!;
    const inside = scores.map((s, i) => [s, ys[i]!] as const).filter(([s]) => s >= from && s < to);
    rows.push({ from, to, count: inside.length, share: inside.length ? inside.filter(([, y]) => y === 1).length / inside.length : null });
  }
  return rows;
}
