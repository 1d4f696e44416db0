/**
 * Judgement floors on the labelled corpus in ../shared/corpus (issue: analyzer core). These are floors;
 * the weights are never keyed to a corpus file's wording.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis';
import { parseCsvRecords } from '../../lib/csv';
import { evaluate } from '../../lib/evaluation';
import type { EvalRow, Label } from '../../lib/evaluation';
import { parseEml } from '../../lib/parse';
import { corpusFiles, corpusPath } from '../corpus';

interface Judged {
  file: string;
  label: Label;
  expectedSample: string;
  expectedRole: string;
  analysis: Analysis;
}

async function judge(folder: string): Promise<Judged[]> {
  const labels = new Map(parseCsvRecords(readFileSync(corpusPath(folder, 'labels.csv'), 'utf8')).map((r) => [r.file, r]));
  const out: Judged[] = [];
  for (const path of corpusFiles(folder)) {
    const l = labels.get(basename(path));
    if (!l) continue;
    const parsed = await parseEml(readFileSync(path), { source: 'eml', fallbackId: basename(path) });
    if (!parsed.ok) throw new Error(`${basename(path)} did not parse: ${parsed.error.message}`);
    out.push({ file: basename(path), label: l.label as Label, expectedSample: l.expected_sample ?? '', expectedRole: l.role ?? '', analysis: analyze(parsed.inquiry) });
  }
  return out;
}

const toRow = (j: Judged): EvalRow => ({
  file: j.file,
  label: j.label,
  expectedSample: j.expectedSample,
  expectedRole: j.expectedRole,
  score: j.analysis.score,
  band: j.analysis.band,
  risk: j.analysis.risk,
  sample: j.analysis.sample.advice,
  role: j.analysis.profile.role,
});

const show = (js: Judged[]) => js.map((j) => `${j.file}: ${j.analysis.score} ${j.analysis.band}${j.analysis.risk ? ' risk' : ''} ${j.analysis.sample.advice} ${j.analysis.profile.role}`).join('\n');

describe('labelled corpus: authored + trade-lure phishing', () => {
  let judged: Judged[] = [];
  beforeAll(async () => {
    judged = [...(await judge('authored')), ...(await judge('phishing'))];
  });

  it('reads all of it', () => {
    expect(judged.filter((j) => j.label === 'genuine')).toHaveLength(24);
    expect(judged.filter((j) => j.label === 'vague')).toHaveLength(12);
    expect(judged.filter((j) => j.label === 'scam').length).toBeGreaterThanOrEqual(20);
  });

  it('flags every scam (risk or low band) and never advises sending it a sample', () => {
    const missed = judged.filter((j) => j.label === 'scam' && !((j.analysis.risk || j.analysis.band === 'low') && ['decline', 'verify-first'].includes(j.analysis.sample.advice)));
    expect(show(missed)).toBe('');
  });

  it('rates at least 22 of 24 genuine buyers medium or high without risk', () => {
    const good = judged.filter((j) => j.label === 'genuine' && !j.analysis.risk && j.analysis.band !== 'low');
    expect(good.length, show(judged.filter((j) => j.label === 'genuine' && !good.includes(j)))).toBeGreaterThanOrEqual(22);
  });

  it('keeps at least 10 of 12 vague inquiries out of high, with quote-first, decline or verify-first', () => {
    const ok = judged.filter((j) => j.label === 'vague' && j.analysis.band !== 'high' && ['quote-first', 'decline', 'verify-first'].includes(j.analysis.sample.advice));
    expect(ok.length, show(judged.filter((j) => j.label === 'vague' && !ok.includes(j)))).toBeGreaterThanOrEqual(10);
  });

  it('agrees with the veteran on sample advice (≥ 75 %) and buyer role (≥ 70 %)', () => {
    const r = evaluate(judged.map(toRow));
    expect(r.sampleAgreement).toBeGreaterThanOrEqual(0.75);
    expect(r.roleAgreement).toBeGreaterThanOrEqual(0.7);
  });

  it('ranks genuine buyers above the rest (ROC AUC ≥ 0.9)', () => {
    expect(evaluate(judged.map(toRow)).rocAuc).toBeGreaterThanOrEqual(0.9);
  });
});

describe('labelled corpus: general order/invoice phishing', () => {
  it('flags at least 90 % as risk or low', async () => {
    const judged = await judge('phishing-general');
    expect(judged.length).toBeGreaterThanOrEqual(100);
    const caught = judged.filter((j) => j.analysis.risk || j.analysis.band === 'low');
    expect(caught.length / judged.length, show(judged.filter((j) => !caught.includes(j)))).toBeGreaterThanOrEqual(0.9);
  });
});
