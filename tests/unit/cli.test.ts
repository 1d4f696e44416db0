import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { parseEml } from '../../lib/parse';
import { tableRow, tableTotals } from '../../cli/format';
import { corpusPath, REPO_ROOT } from '../corpus';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(TSX, ['cli/index.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
const tableAt = (columns: number, target: string) =>
  execFileSync(TSX, ['cli/index.ts', 'analyze', target], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: String(columns) } })
    .trimEnd()
    .split('\n');
/** Terminal columns: code points, as every character the table prints is one column wide. */
const columns = (line: string) => [...line].length;

describe('command line', () => {
  it('analyze --json prints one JSON object per message, with the fields scripts rely on', () => {
    const out = execFileSync(TSX, ['cli/index.ts', 'analyze', 'tests/fixtures/mail', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['dev-genuine-01.eml', 'dev-genuine-02.eml', 'dev-vague-01.eml']);
    for (const l of lines) {
      expect(l).toMatchObject({
        score: expect.any(Number),
        band: expect.any(String),
        risk: expect.any(Boolean),
        sample: expect.any(String),
        role: expect.any(String),
      });
      expect(l.questions).toHaveLength(6);
      expect(l.signals[0]).toMatchObject({ id: expect.any(String), weight: expect.any(Number), evidence: expect.any(String) });
    }
    expect(lines[2].band).toBe('low');
  });

  it('reads an mbox and names each message by its position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-'));
    const box = join(dir, 'in.mbox');
    const one = execFileSync('cat', [join(REPO_ROOT, 'tests/fixtures/mail/dev-vague-01.eml')], { encoding: 'utf8' });
    writeFileSync(box, `From a@b Mon Jan  1 00:00:00 2024\n${one}\nFrom c@d Mon Jan  1 00:00:00 2024\n${one}`);
    const lines = execFileSync(TSX, ['cli/index.ts', 'analyze', box, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.index)).toEqual([0, 1]);
  });

  it('reports an unreadable file as an error line and exits non-zero, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-'));
    writeFileSync(join(dir, 'broken.eml'), '');
    const r = cli('analyze', join(dir, 'broken.eml'), '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim()).error.code).toBe('empty');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('eval prints the judgement metrics for a labelled folder', () => {
    const r = cli('eval', corpusPath('authored'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/genuine\s+24\s+mean score/);
    expect(r.stdout).toMatch(/ROC AUC, genuine vs the rest\s+\d\.\d{3}/);
    expect(r.stdout).toMatch(/sample advice agreement\s+\d+\.\d %/);
  });

  it('explains usage mistakes', () => {
    const r = cli('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command frobnicate/);
  });

  describe('analyze table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-table-'));
    const long = 'inbox-2024-11-export-from-outlook-buyer-inquiry-000412.eml';
    copyFileSync(join(REPO_ROOT, 'tests/fixtures/mail/dev-genuine-01.eml'), join(dir, long));
    copyFileSync(join(REPO_ROOT, 'tests/fixtures/mail/dev-vague-01.eml'), join(dir, 'dev-vague-01.eml'));
    // Each run starts tsx (seconds on 2 cores): one per width, shared by the tests.
    const runs = new Map<number, string[]>();
    const table = (width: number, target: string) => runs.get(width) ?? runs.set(width, tableAt(width, target)).get(width)!;

    for (const width of [80, 100, 120]) {
      it(`fits a ${width}-column terminal, every line`, () => {
        const lines = table(width, dir);
        for (const l of lines) expect(columns(l), l).toBeLessThan(width);
        expect(lines[0]).toMatch(/^file\s+subject\s+score\s+band\s+risk\s+sample\s+.*open$/);
      });
    }

    it('keeps a long file name\u2019s start and its number and extension', () => {
      const row = table(80, dir).find((l) => l.startsWith('inbox-'))!;
      expect(row).toMatch(/^inbox-20\S*\u2026\S*-000412\.eml /);
    });

    it('names signals in words, with their points and whole words of evidence', async () => {
      const lines = table(80, dir);
      expect(lines).toContain('    -8 vague: no product: \u201cNo model, part number or quantity\u201d');
      const json = execFileSync(TSX, ['cli/index.ts', 'analyze', dir, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { signals: { evidence: string }[] });
      const evidence = json.flatMap((m) => m.signals.map((s) => s.evidence));
      const cut = lines.filter((l) => l.includes('\u2026\u201d'));
      expect(cut.length).toBeGreaterThan(0);
      for (const l of cut) {
        const shown = /\u201c(.*)\u2026\u201d$/.exec(l)![1]!;
        const full = evidence.find((e) => e.replace(/\s+/g, ' ').startsWith(shown));
        expect(full, l).toBeDefined();
        // The cut falls between words: what follows in the evidence starts with a space or punctuation.
        expect(full!.replace(/\s+/g, ' ').slice(shown.length), l).toMatch(/^[\s,;:.\u2013\u2014-]/);
      }
    });

    it('ends with a totals line', () => {
      const lines = table(120, dir);
      expect(lines.at(-1)).toBe('total 2 messages: 1 high, 0 medium, 1 low \u00b7 0 flagged as risk \u00b7 samples: 1 quote-first, 1 send-paid');
    });

    it('shows the subject, cut between words', async () => {
      const parsed = await parseEml(execFileSync('cat', [join(REPO_ROOT, 'tests/fixtures/mail/dev-genuine-01.eml')]));
      if (!parsed.ok) throw new Error(parsed.error.message);
      const row = tableRow('dev-genuine-01.eml', analyze(parsed.inquiry), parsed.inquiry.subject, 80).split('\n')[0]!;
      // Taken here, so the command's closing line is not printed when this test process ends.
      expect(tableTotals(120)).toBe('total 1 message: 1 high, 0 medium, 0 low \u00b7 0 flagged as risk \u00b7 samples: 1 send-paid');
      expect(parsed.inquiry.subject.length).toBeGreaterThan(30);
      const shown = /^dev-genuine-01\.eml\s+(.*?\u2026)/.exec(row)?.[1];
      expect(parsed.inquiry.subject.startsWith(shown!.slice(0, -1))).toBe(true);
      expect(parsed.inquiry.subject.slice(shown!.length - 1)).toMatch(/^[\s,;:.\u2013\u2014-]/);
    });
  });
});
