/** Judgement quality on labelled mail: the numbers reps and we tune weights by. */
export type Label = 'genuine' | 'vague' | 'scam';

export interface EvalRow {
  file: string;
  label: Label;
  expectedSample: string;
  expectedRole: string;
  score: number;
  band: 'high' | 'medium' | 'low';
  risk: boolean;
  sample: string;
  role: string;
}

export interface LabelStats {
  count: number;
  meanScore: number;
}

export interface EvalReport {
  total: number;
  perLabel: Record<Label, LabelStats>;
  /** Share of scams with risk or band low. */
  scamCatchRate: number | null;
  /** Share of genuine inquiries with risk or band low. */
  genuineFalseAlarmRate: number | null;
  /** Share of vague inquiries that are not high and get quote-first, decline or verify-first. */
  vagueRecognition: number | null;
  /** Probability that a random genuine inquiry scores above a random other one. */
  rocAuc: number | null;
  sampleAgreement: number | null;
  roleAgreement: number | null;
  misjudged: EvalRow[];
}

export function scamCaught(r: EvalRow): boolean {
  return r.risk || r.band === 'low';
}

export function genuineFalseAlarm(r: EvalRow): boolean {
  return r.risk || r.band === 'low';
}

export function vagueRecognised(r: EvalRow): boolean {
  return r.band !== 'high' && ['quote-first', 'decline', 'verify-first'].includes(r.sample);
}

export function misjudged(r: EvalRow): boolean {
  if (r.label === 'scam') return !scamCaught(r) || !['decline', 'verify-first'].includes(r.sample);
  if (r.label === 'genuine') return genuineFalseAlarm(r);
  return !vagueRecognised(r);
}

function rate(rows: readonly EvalRow[], pred: (r: EvalRow) => boolean): number | null {
  return rows.length ? rows.filter(pred).length / rows.length : null;
}

/** Mann–Whitney form of the ROC AUC; ties count half. */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number | null {
  if (!positives.length || !negatives.length) return null;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

export function evaluate(rows: readonly EvalRow[]): EvalReport {
  const by = (l: Label) => rows.filter((r) => r.label === l);
  const stats = (l: Label): LabelStats => {
    const rs = by(l);
    return { count: rs.length, meanScore: rs.length ? rs.reduce((a, r) => a + r.score, 0) / rs.length : 0 };
  };
  const withSample = rows.filter((r) => r.expectedSample);
  const withRole = rows.filter((r) => r.expectedRole);
  return {
    total: rows.length,
    perLabel: { genuine: stats('genuine'), vague: stats('vague'), scam: stats('scam') },
    scamCatchRate: rate(by('scam'), scamCaught),
    genuineFalseAlarmRate: rate(by('genuine'), genuineFalseAlarm),
    vagueRecognition: rate(by('vague'), vagueRecognised),
    rocAuc: rocAuc(
      by('genuine').map((r) => r.score),
      rows.filter((r) => r.label !== 'genuine').map((r) => r.score),
    ),
    sampleAgreement: rate(withSample, (r) => r.sample === r.expectedSample),
    roleAgreement: rate(withRole, (r) => r.role === r.expectedRole),
    misjudged: rows.filter(misjudged),
  };
}
