import { describe, expect, it } from 'vitest';
import { fitPlatt, probability } from '../../../lib/fit/calibrate';
import { seededRandom } from '../../../lib/random';

/** Mails whose points are spread evenly and whose labels follow a known calibration. */
function synthetic(truth: { center: number; scale: number }, n: number, seed: number) {
  const rnd = seededRandom(seed);
  const points: number[] = [];
  const ys: (0 | 1)[] = [];
  for (let i = 0; i < n; i++) {
    const p = Math.round(rnd() * 100);
    points.push(p);
    ys.push(rnd() < probability(p, truth) ? 1 : 0);
  }
  return { points, ys };
}

describe('calibrating points into a share of real buyers', () => {
  it('recovers a known calibration from labelled mail', () => {
    const truth = { center: 45, scale: 10 };
    const { points, ys } = synthetic(truth, 4000, 3);
    const fitted = fitPlatt(points, ys);
    expect(fitted.center).toBeCloseTo(45, 0);
    expect(Math.abs(fitted.scale - 10)).toBeLessThan(1);
  });

  it('never claims certainty from a small sample that happens to separate perfectly', () => {
    const points = [10, 20, 30, 60, 70, 80];
    const ys: (0 | 1)[] = [0, 0, 0, 1, 1, 1];
    const c = fitPlatt(points, ys);
    expect(probability(80, c)).toBeLessThan(0.99);
    expect(probability(10, c)).toBeGreaterThan(0.01);
    expect(probability(60, c)).toBeGreaterThan(probability(30, c));
  });

  it('refuses data with only one kind of mail, or where more evidence means fewer buyers', () => {
    expect(() => fitPlatt([10, 50, 90], [1, 1, 1])).toThrow();
    expect(() => fitPlatt([10, 20, 30, 70, 80, 90], [1, 1, 1, 0, 0, 0])).toThrow();
  });
});
