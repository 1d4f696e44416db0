import { describe, expect, it } from 'vitest';
import { summaryLine } from '../summary-reporter';

const mod = (state: 'passed' | 'failed' | 'skipped', tests: string[]) => ({
  state: () => state,
  children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) },
});

describe('closing test line', () => {
  it('counts tests and files apart: two files that fail to load add no failed test', () => {
    const line = summaryLine([
      mod('passed', ['passed', 'passed', 'passed']),
      mod('failed', ['passed', 'failed']),
      mod('failed', ['failed']),
      mod('failed', []),
      mod('failed', []),
    ]);
    expect(line).toBe('6 tests: 4 passed, 2 failed · 5 files: 1 passed, 4 failed');
  });

  it('says how many tests and files were skipped', () => {
    expect(summaryLine([mod('passed', ['passed']), mod('skipped', ['skipped', 'skipped'])])).toBe(
      '3 tests: 1 passed, 0 failed, 2 skipped · 2 files: 1 passed, 0 failed, 1 skipped',
    );
  });
});
