import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath, REPO_ROOT } from '../corpus';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(TSX, ['cli/index.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('command line', () => {
  it('analyze --json prints one JSON object per message, with the fields scripts rely on', () => {
    const out = execFileSync(TSX, ['cli/index.ts', 'analyze', 'tests/fixtures/mail', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['dev-genuine-01.eml', 'dev-genuine-02.eml', 'dev-vague-01.eml']);
    for (const l of lines) {
      expect(l).toMatchObject({ score: expect.any(Number), band: expect.any(String), risk: expect.any(Boolean), sample: expect.any(String), role: expect.any(String) });
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
    const lines = execFileSync(TSX, ['cli/index.ts', 'analyze', box, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
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
});
