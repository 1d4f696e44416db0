import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../corpus';

/**
 * What addons.mozilla.org's review sees: `web-ext lint` on the Firefox package, offline. `npm test` builds
 * it first (`wxt build -b firefox --mv3`); a bare run builds it here. In the e2e project because the linter
 * takes most of a minute on two cores.
 */
const FIREFOX_OUT = join(REPO_ROOT, '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('Firefox package', () => {
  it('passes web-ext lint with no error and no warning, so a store review has nothing to ask', () => {
    if (!existsSync(join(FIREFOX_OUT, 'manifest.json')))
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: REPO_ROOT, stdio: 'ignore', timeout: 180_000 });
    const r = spawnSync(join(REPO_ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_OUT, '--output', 'json', '--no-input'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as LintReport;
    const list = [...report.errors, ...report.warnings].map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`).join('\n');
    expect(report.summary.errors, list).toBe(0);
    expect(report.summary.warnings, list).toBe(0);
  }, 240_000);
});
