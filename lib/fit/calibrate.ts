/**
 * Turning evidence points into a calibrated estimate: "a score of 80 means about 80 % of such
 * mails were real buyers in the labelled data".
 *
 * Platt scaling: P(real buyer) = σ((points − center) / scale), two numbers fitted by maximum likelihood
 * on the labelled mail. Why two numbers and not an isotonic table: a hundred mails without a scam signal
 * cannot set a step function without steps that are noise, and a smooth monotone curve keeps the promise
 * that more evidence never lowers the estimate. Platt's own smoothed targets ((N₊+1)/(N₊+2) and
 * 1/(N₋+2) instead of 1 and 0) keep the curve from claiming certainty the data cannot show.
 *
 * Pure and deterministic (Newton's method from a fixed start).
 */

export interface Calibration {
  /** Points at which the estimate is 50 %. */
  center: number;
  /** Points per unit of log-odds: the smaller, the steeper. */
  scale: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function probability(points: number, c: Calibration): number {
  return sigmoid((points - c.center) / c.scale);
}

/** Fits center and scale; `points` and `ys` are parallel (1 = real buyer). */
export function fitPlatt(points: readonly number[], ys: readonly (0 | 1)[]): Calibration {
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  if (!pos || !neg) throw new Error('calibration needs real buyers and other mail');
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  // σ(a·x + b); x is centred and scaled so Newton starts well conditioned.
  const mean = points.reduce((s, x) => s + x, 0) / points.length;
  const xs = points.map((x) => (x - mean) / 10);
  let a = 0;
  let b = Math.log((pos + 1) / (neg + 1));
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    xs.forEach((x, i) => {
      const p = sigmoid(a * x + b);
      const e = p - (ys[i] ? hi : lo);
      const w = p * (1 - p);
      ga += e * x;
      gb += e;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  // Evidence that lowered the estimate would break the score's promise; the data never says so, but a
  // degenerate sample could.
  if (!(a > 0)) throw new Error('calibration found no rising relation between points and real buyers');
  return { center: mean - (b / a) * 10, scale: 10 / a };
}
