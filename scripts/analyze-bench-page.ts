/**
 * Page script for bench-browser.ts: the analyzer on the bench's typical inquiry, timed inside Chromium the
 * way bench.ts times it in Node (warm-up, then the median of single runs).
 */
import { analyze } from '../lib/analyze';
import { typical3kb } from './bench-mail';

export interface AnalyzeBenchApi {
  medianMs(runs: number, warmup: number): number;
}

const api: AnalyzeBenchApi = {
  medianMs(runs, warmup) {
    const inq = typical3kb();
    for (let i = 0; i < warmup; i++) analyze(inq);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      analyze(inq);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const m = times.length >> 1;
    return times.length % 2 ? times[m]! : (times[m - 1]! + times[m]!) / 2;
  },
};
(globalThis as unknown as { analyzeBench: AnalyzeBenchApi }).analyzeBench = api;
