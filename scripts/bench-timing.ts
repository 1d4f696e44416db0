/** Timing shared by the benchmarks, in Node and in the browser page alike (performance.now() is global in both). */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** `warmup` unmeasured calls, then the median of `runs` single timed calls, in ms to the microsecond. */
export function medianMs(run: () => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 1000) / 1000;
}
