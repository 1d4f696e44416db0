/**
 * The analyzer where the extension runs it: bundled and minified like the shipped code, in Chromium's
 * engine, on the same typical inquiry as `analyze_3kb_ms` (which bench.ts measures in Node). The page is
 * cross-origin isolated so that performance.now() resolves 5 µs, not 100 µs. Null, with a note on stderr,
 * without Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { AnalyzeBenchApi } from './analyze-bench-page';
import { CHROMIUM, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/harness';
import { pageBundle, servePage } from './page-bundle';

const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export async function analyzeInBrowserMs(runs = 300, warmup = 20): Promise<number | null> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Chromium not found at ${CHROMIUM}; analyze_3kb_browser_ms reported as null\n`);
    return null;
  }
  const script = await pageBundle('scripts/analyze-bench-page.ts');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext();
    const url = await servePage(context, script, 'analyze bench', ISOLATED);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'analyzeBench' in globalThis);
    const ms = await page.evaluate(([r, w]) => (globalThis as unknown as { analyzeBench: AnalyzeBenchApi }).analyzeBench.medianMs(r!, w!), [runs, warmup]);
    return Math.round(ms * 1000) / 1000;
  } finally {
    await browser.close();
  }
}
