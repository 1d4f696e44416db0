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
  /** Product models the analyzer extracted. */
  models?: readonly string[];
  /** Product models a careful reader sees in the mail; undefined when the source is not annotated. */
  expectedModels?: readonly string[];
}

export interface LabelStats {
  count: number;
  meanScore: number;
}

export interface ExtractionStats {
  /** Extracted models that a reader also sees. */
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  total: number;
  perLabel: Record<Label, LabelStats>;
  /** Share of scams flagged as risk with advice decline or verify-first: a low score alone is not a warning. */
  scamFlagRate: number | null;
  /** Share of genuine inquiries put in band low or flagged as risk. */
  genuineFalseAlarmRate: number | null;
  /** Share of genuine inquiries in band high. */
  genuineHighRate: number | null;
  /** Share of vague inquiries that are not high and get quote-first, decline or verify-first. */
  vagueRecognition: number | null;
  /** Probability that a random genuine inquiry scores above a random other one. */
  rocAuc: number | null;
  sampleAgreement: number | null;
  /** Over genuine inquiries with a labelled role (a scam's claimed role means nothing). */
  roleAgreement: number | null;
  models: ExtractionStats | null;
  misjudged: EvalRow[];
}

export function scamFlagged(r: EvalRow): boolean {
  return r.risk && ['decline', 'verify-first'].includes(r.sample);
}

export function genuineFalseAlarm(r: EvalRow): boolean {
  return r.risk || r.band === 'low';
}

export function vagueRecognised(r: EvalRow): boolean {
  return r.band !== 'high' && ['quote-first', 'decline', 'verify-first'].includes(r.sample);
}

export function misjudged(r: EvalRow): boolean {
  if (r.label === 'scam') return !scamFlagged(r);
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

/** Spelling differences a reader ignores: case, spaces, hyphens of any kind, dots and slashes. */
export function modelKey(m: string): string {
  return m
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u2010-\u2015\u2212._/-]+/g, '');
}

/**
 * Precision and recall of model extraction against the annotation. A model counts as found when the
 * extracted one is the same after `modelKey`, or one contains the other ("USRP 2943R" ↔ "2943R"):
 * the panel shows what was extracted, and a reader recognises either as the product asked about.
 */
export function modelExtraction(rows: readonly EvalRow[]): ExtractionStats | null {
  const annotated = rows.filter((r) => r.expectedModels !== undefined);
  if (!annotated.length) return null;
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  let found = 0;
  for (const r of annotated) {
    const exp = [...new Set((r.expectedModels ?? []).map(modelKey).filter(Boolean))];
    const got = [...new Set((r.models ?? []).map(modelKey).filter(Boolean))];
    const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)));
    predicted += got.length;
    expected += exp.length;
    tp += got.filter((g) => exp.some((e) => same(g, e))).length;
    found += exp.filter((e) => got.some((g) => same(g, e))).length;
  }
  return {
    truePositives: tp,
    predicted,
    expected,
    precision: predicted ? tp / predicted : null,
    recall: expected ? found / expected : null,
  };
}

export function evaluate(rows: readonly EvalRow[]): EvalReport {
  const by = (l: Label) => rows.filter((r) => r.label === l);
  const stats = (l: Label): LabelStats => {
    const rs = by(l);
    return { count: rs.length, meanScore: rs.length ? rs.reduce((a, r) => a + r.score, 0) / rs.length : 0 };
  };
  const withSample = rows.filter((r) => r.expectedSample);
  const withRole = rows.filter((r) => r.expectedRole && r.label === 'genuine');
  return {
    total: rows.length,
    perLabel: { genuine: stats('genuine'), vague: stats('vague'), scam: stats('scam') },
    scamFlagRate: rate(by('scam'), scamFlagged),
    genuineFalseAlarmRate: rate(by('genuine'), genuineFalseAlarm),
    genuineHighRate: rate(by('genuine'), (r) => r.band === 'high' && !r.risk),
    vagueRecognition: rate(by('vague'), vagueRecognised),
    rocAuc: rocAuc(
      by('genuine').map((r) => r.score),
      rows.filter((r) => r.label !== 'genuine').map((r) => r.score),
    ),
    sampleAgreement: rate(withSample, (r) => r.sample === r.expectedSample),
    roleAgreement: rate(withRole, (r) => r.role === r.expectedRole),
    models: modelExtraction(rows),
    misjudged: rows.filter(misjudged),
  };
}

/** The labelled columns of one row of a labels.csv (file,label,expected_sample,role,notes[,models]). */
export type LabelRecord = Partial<Record<'file' | 'label' | 'expected_sample' | 'role' | 'notes' | 'models', string>>;

/** What the verdict says, reduced to what evaluation compares. */
export interface JudgedVerdict {
  score: number;
  band: EvalRow['band'];
  risk: boolean;
  sample: { advice: string };
  profile: { role: string };
  signals: readonly { id: string; data?: Record<string, string | number | boolean> }[];
}

export function isLabel(s: string | undefined): s is Label {
  return s === 'genuine' || s === 'vague' || s === 'scam';
}

/** Models the verdict extracted: the catalog matches and the part numbers, as the panel lists them. */
export function extractedModels(a: JudgedVerdict): string[] {
  const out: string[] = [];
  for (const id of ['product.catalog', 'product.model', 'product.quoted']) {
    const data = a.signals.find((s) => s.id === id)?.data;
    for (const v of [data?.models, data?.quotedModels])
      if (typeof v === 'string')
        out.push(
          ...v
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
        );
  }
  return [...new Set(out)];
}

export function evalRow(file: string, l: LabelRecord & { label: Label }, a: JudgedVerdict, annotated: boolean): EvalRow {
  const row: EvalRow = {
    file,
    label: l.label,
    expectedSample: l.expected_sample ?? '',
    expectedRole: l.role ?? '',
    score: a.score,
    band: a.band,
    risk: a.risk,
    sample: a.sample.advice,
    role: a.profile.role,
    models: extractedModels(a),
  };
  if (annotated)
    row.expectedModels = (l.models ?? '')
      .split('|')
      .map((m) => m.trim())
      .filter(Boolean);
  return row;
}
