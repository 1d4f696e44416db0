/**
 * Judgement floors on every labelled dev source (issue: judgement on real mail): the project's authored mail
 * in tests/fixtures/corpus, the rest in ../shared/corpus. The real mail stays in shared/ (real people's mail,
 * not redistributed); it is read there, never copied, and its floors are skipped, saying so, without it.
 * These are floors: no weight or pattern is keyed to a corpus file's wording, and the README lists the
 * figures measured with `npm run -s cli -- eval ../shared/corpus`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { parseCsvRecords } from '../../lib/csv';
import type { EvalReport, EvalRow } from '../../lib/evaluation';
import { evalRow, evaluate, isLabel, misjudged } from '../../lib/evaluation';
import { parseEml } from '../../lib/parse';
import { corpusFiles, corpusPath, missingCorpus } from '../corpus';

async function judge(folder: string): Promise<EvalRow[]> {
  const text = readFileSync(corpusPath(folder, 'labels.csv'), 'utf8');
  const annotated = /^[^\n]*\bmodels\b/.test(text);
  const labels = new Map(parseCsvRecords(text).map((r) => [r.file, r]));
  const rows: EvalRow[] = [];
  for (const path of corpusFiles(folder)) {
    const l = labels.get(basename(path));
    if (!l || !isLabel(l.label)) continue;
    const parsed = await parseEml(readFileSync(path), { source: 'eml', fallbackId: basename(path) });
    if (!parsed.ok) throw new Error(`${basename(path)} did not parse: ${parsed.error.message}`);
    rows.push(evalRow(basename(path), { ...l, label: l.label }, analyze(parsed.inquiry), annotated));
  }
  return rows;
}

const show = (rows: readonly EvalRow[]) =>
  rows
    .filter(misjudged)
    .map((r) => `${r.file} [${r.label}] ${r.score} ${r.band}${r.risk ? ' risk' : ''} ${r.sample}`)
    .join('\n');

interface Floors {
  count: Partial<Record<'genuine' | 'vague' | 'scam', number>>;
  genuineHigh?: number;
  genuineLowOrFlaggedAtMost?: number;
  scamsFlagged?: number;
  vagueRecognised?: number;
  auc?: number;
  roles?: number;
  modelPrecision?: number;
  modelRecall?: number;
}

/**
 * The issue's targets, per source: genuine in high ≥ 40 %, in low or flagged ≤ 15 %, scams flagged ≥ 95 %,
 * vague recognised ≥ 90 %, AUC ≥ 0.95, roles ≥ 75 %, models precision ≥ 95 % and recall ≥ 85 %.
 * Where a source is still short of a target the floor is the measured figure less a margin, and the
 * README says so; a floor is raised, never lowered.
 */
const SOURCES: Record<string, Floors> = {
  authored: { count: { genuine: 24, vague: 12 }, genuineHigh: 0.9, genuineLowOrFlaggedAtMost: 0.05, vagueRecognised: 0.9, auc: 0.98, roles: 0.85 },
  phishing: { count: { scam: 21 }, scamsFlagged: 0.95 },
  'phishing-general': { count: { scam: 105 }, scamsFlagged: 0.95 },
  'real/mlists-dev': {
    count: { genuine: 11, vague: 20, scam: 59 },
    genuineHigh: 0.4,
    genuineLowOrFlaggedAtMost: 0.15,
    scamsFlagged: 0.95,
    vagueRecognised: 0.9,
    auc: 0.95,
    roles: 0.75,
    modelPrecision: 0.95,
    modelRecall: 0.85,
  },
  'real/enron-dev': {
    count: { genuine: 29, vague: 5 },
    genuineHigh: 0.4,
    genuineLowOrFlaggedAtMost: 0.15,
    vagueRecognised: 0.9,
    auc: 0.95,
    roles: 0.75,
    modelPrecision: 0.95,
    modelRecall: 0.85,
  },
};

for (const [source, floors] of Object.entries(SOURCES)) {
  // The authored mail ships in the repository; the real and phishing mail only sits in ../shared (CI).
  const missing = missingCorpus(source);
  describe.skipIf(missing !== undefined)(`labelled dev mail: ${source}${missing ? ` (${missing})` : ''}`, () => {
    let rows: EvalRow[] = [];
    let r: EvalReport;
    beforeAll(async () => {
      rows = await judge(source);
      r = evaluate(rows);
    });

    it('reads every labelled message', () => {
      for (const [label, n] of Object.entries(floors.count)) expect(rows.filter((x) => x.label === label).length, label).toBe(n);
    });
    if (floors.genuineHigh !== undefined) {
      it(`puts at least ${floors.genuineHigh * 100} % of real buyers in band high and at most ${floors.genuineLowOrFlaggedAtMost! * 100} % in low or flagged`, () => {
        expect(r.genuineHighRate, show(rows.filter((x) => x.label === 'genuine'))).toBeGreaterThanOrEqual(floors.genuineHigh!);
        expect(r.genuineFalseAlarmRate, show(rows.filter((x) => x.label === 'genuine'))).toBeLessThanOrEqual(floors.genuineLowOrFlaggedAtMost!);
      });
    }
    if (floors.scamsFlagged !== undefined) {
      it(`flags at least ${floors.scamsFlagged * 100} % of scams as risk, advising decline or verify-first`, () => {
        expect(r.scamFlagRate, show(rows.filter((x) => x.label === 'scam'))).toBeGreaterThanOrEqual(floors.scamsFlagged!);
      });
    }
    if (floors.vagueRecognised !== undefined) {
      it(`keeps at least ${floors.vagueRecognised * 100} % of vague mail out of high, without sending samples`, () => {
        expect(r.vagueRecognition, show(rows.filter((x) => x.label === 'vague'))).toBeGreaterThanOrEqual(floors.vagueRecognised!);
      });
    }
    if (floors.auc !== undefined) {
      it(`ranks real buyers above the rest (ROC AUC ≥ ${floors.auc})`, () => {
        expect(r.rocAuc).toBeGreaterThanOrEqual(floors.auc!);
      });
    }
    if (floors.roles !== undefined) {
      it(`agrees with the labelled buyer role on at least ${floors.roles * 100} % of real buyers`, () => {
        const wrong = rows
          .filter((x) => x.label === 'genuine' && x.expectedRole && x.role !== x.expectedRole)
          .map((x) => `${x.file}: ${x.role} (labelled ${x.expectedRole})`);
        expect(r.roleAgreement, wrong.join('\n')).toBeGreaterThanOrEqual(floors.roles!);
      });
    }
    if (floors.modelPrecision !== undefined) {
      it(`extracts product models with precision ≥ ${floors.modelPrecision * 100} % and recall ≥ ${floors.modelRecall! * 100} %`, () => {
        const detail = rows
          .filter((x) => x.expectedModels && (x.expectedModels.length || x.models?.length))
          .map((x) => `${x.file}: ${(x.models ?? []).join(', ')} | ${(x.expectedModels ?? []).join(', ')}`);
        expect(r.models?.precision, detail.join('\n')).toBeGreaterThanOrEqual(floors.modelPrecision!);
        expect(r.models?.recall, detail.join('\n')).toBeGreaterThanOrEqual(floors.modelRecall!);
      });
    }
  });
}
