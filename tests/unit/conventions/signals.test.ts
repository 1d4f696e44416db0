/**
 * Conventions every signal keeps (issue 12): a sound row in the weight table, an English and a Chinese
 * line for the evidence list, and a unit test that names it. A new signal fails here until it has all four.
 */
import { describe, expect, it } from 'vitest';
import { SIGNAL_WHY_ZH } from '../../../lib/i18n/signals-zh';
import { GROUP_CAPS, HAND_WEIGHTS, SIGNAL_IDS, WEIGHTS } from '../../../lib/weights';
import { FITTED } from '../../../lib/weights.fitted';
import { namesLiteral, readRepoFile, repoFiles, unitTestSources } from './repo';

/** The modules that can emit a signal: lib/ without the tables that only describe one. */
const EMITTERS = repoFiles('lib', /\.ts$/)
  .filter((path) => !/^lib\/(weights(\.fitted)?\.ts|i18n\/)/.test(path) && !path.endsWith('.d.ts'))
  .map((path) => ({ path, text: readRepoFile(path) }));

const TESTS = unitTestSources();

describe('every signal', () => {
  it('has a weight whose sign says its kind, and a group with a cap', () => {
    // The hand table sets each sign; the fit (lib/weights.fitted.ts) may bring a weight to 0 but never flip it.
    const sign = { positive: 1, negative: -1, scam: -1, info: 0 } as const;
    const wrong = SIGNAL_IDS.filter((id) => {
      const { weight, kind, group } = HAND_WEIGHTS[id];
      const shipped = WEIGHTS[id].weight;
      return Math.sign(weight) !== sign[kind] || !Number.isFinite(shipped) || shipped * sign[kind] < 0 || !(group in GROUP_CAPS);
    });
    expect(
      wrong.map((id) => `${id}: ${JSON.stringify(WEIGHTS[id])}`),
      'rows whose weight, kind or group disagree',
    ).toEqual([]);
  });

  it('is emitted by some module in lib/ (no row without a signal), and the fitted table names no other', () => {
    expect(
      SIGNAL_IDS.filter((id) => !EMITTERS.some((f) => namesLiteral(f.text, id))),
      'weight rows no module in lib/ emits',
    ).toEqual([]);
    expect(
      Object.keys(FITTED.weights).filter((id) => !(SIGNAL_IDS as string[]).includes(id)),
      'ids in lib/weights.fitted.ts that are no signal: rerun npm run fit',
    ).toEqual([]);
  });

  it('has one English line for the evidence list (lib/weights.ts)', () => {
    expect(
      SIGNAL_IDS.filter((id) => !/^[^\n]*\p{L}[^\n]*\.$/u.test(WEIGHTS[id].why)),
      'signals without a one-line English sentence',
    ).toEqual([]);
  });

  it('has one Chinese line for the evidence list (lib/i18n/signals-zh.ts)', () => {
    const zh = SIGNAL_WHY_ZH as Partial<Record<string, string>>;
    expect(
      SIGNAL_IDS.filter((id) => !/^[^\n]*\p{Script=Han}[^\n]*$/u.test(zh[id] ?? '')),
      'signals without a one-line Chinese sentence',
    ).toEqual([]);
  });

  it('is named by at least one unit test under tests/unit', () => {
    expect(
      SIGNAL_IDS.filter((id) => !TESTS.some((f) => namesLiteral(f.text, id))),
      'signals no unit test names',
    ).toEqual([]);
  });
});
