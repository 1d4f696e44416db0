/**
 * Page script for bench-browser.ts: the analyzer on the bench's typical inquiry, timed inside Chromium the
 * way bench.ts times it in Node (warm-up, then the median of single runs).
 */
import { analyze } from '../lib/analyze';
import { typical3kb } from './bench-mail';
import { medianMs } from './bench-timing';

export interface AnalyzeBenchApi {
  medianMs(runs: number, warmup: number): number;
}

const api: AnalyzeBenchApi = {
  medianMs(runs, warmup) {
    const inq = typical3kb();
    return medianMs(() => analyze(inq), runs, warmup);
  },
};
(globalThis as unknown as { analyzeBench: AnalyzeBenchApi }).analyzeBench = api;
