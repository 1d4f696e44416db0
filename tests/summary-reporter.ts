import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the plain line CI reads, whatever the default reporter prints: tests and files counted
 * apart ("336 tests: 334 passed, 2 failed · 93 files: 89 passed, 4 failed"), since a file that fails to load
 * has no tests to count but still fails the run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    // Tests of outside data name why they did not run in their title: repeat each reason once at the end.
    const reasons = new Set<string>();
    for (const m of modules)
      for (const t of m.children.allTests()) if (t.result().state === 'skipped') for (const r of t.fullName.match(/skipped: [^)]*/g) ?? []) reasons.add(r);
    process.stdout.write(`\n${[...reasons].join('\n')}${reasons.size ? '\n' : ''}${summaryLine(modules)}\n`);
  }
}

type ModuleLike = Pick<TestModule, 'state'> & { children: { allTests(): Iterable<{ result(): { state: string } }> } };

export function summaryLine(modules: ReadonlyArray<ModuleLike>): string {
  const tests = { passed: 0, failed: 0, skipped: 0 };
  const files = { passed: 0, failed: 0, skipped: 0 };
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') tests.passed++;
      else if (state === 'failed') tests.failed++;
      else tests.skipped++;
    }
    const state = m.state();
    if (state === 'failed') files.failed++;
    else if (state === 'skipped') files.skipped++;
    else files.passed++;
  }
  const part = (noun: string, c: typeof tests) => {
    const total = c.passed + c.failed + c.skipped;
    return `${total} ${noun}${total === 1 ? '' : 's'}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
  };
  return `${part('test', tests)} · ${part('file', files)}`;
}
