import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/component/**/*.test.ts'], testTimeout: 20000 },
      },
      {
        extends: true,
        // Real Chromium with the built extension (npm test builds it first); one browser at a time.
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], testTimeout: 90000, hookTimeout: 90000, fileParallelism: false },
      },
    ],
  },
});
