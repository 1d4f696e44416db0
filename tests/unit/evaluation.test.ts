import { describe, expect, it } from 'vitest';
import { evaluate, rocAuc } from '../../lib/evaluation';
import type { EvalRow } from '../../lib/evaluation';

describe('evaluation', () => {
  it('computes ROC AUC with ties as half', () => {
    expect(rocAuc([90, 80], [10, 20])).toBe(1);
    expect(rocAuc([50], [50])).toBe(0.5);
    expect(rocAuc([10], [90])).toBe(0);
  });
  const row = (file: string, label: EvalRow['label'], score: number, band: EvalRow['band'], risk: boolean, sample: string): EvalRow => ({
    file,
    label,
    score,
    band,
    risk,
    sample,
    expectedSample: 'decline',
    expectedRole: 'unknown',
    role: 'unknown',
  });
  it('counts a scam as flagged only with risk and decline or verify-first advice: a low score alone warns nobody', () => {
    const r = evaluate([
      row('a', 'scam', 20, 'low', true, 'decline'),
      row('b', 'scam', 10, 'low', false, 'quote-first'),
      row('c', 'genuine', 80, 'high', false, 'send-paid'),
      row('d', 'genuine', 30, 'low', false, 'quote-first'),
    ]);
    expect(r.scamFlagRate).toBe(0.5);
    expect(r.genuineFalseAlarmRate).toBe(0.5);
    expect(r.genuineHighRate).toBe(0.5);
    expect(r.misjudged.map((m) => m.file)).toEqual(['b', 'd']);
  });
  it('measures model extraction against the annotation, ignoring case, spaces and hyphen kinds', () => {
    const r = evaluate([
      { ...row('a', 'genuine', 80, 'high', false, 'quote-first'), models: ['APE9B85-73', '12/F'], expectedModels: ['APE9B85\u201073', 'RWC 130'] },
      { ...row('b', 'genuine', 80, 'high', false, 'quote-first'), models: ['RWC130'], expectedModels: [] },
    ]);
    expect(r.models).toMatchObject({ truePositives: 1, predicted: 3, expected: 2, recall: 0.5 });
    expect(r.models?.precision).toBeCloseTo(1 / 3);
  });
});
