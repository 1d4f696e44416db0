import { memoryCache } from './cache';
import { runChecks } from './checks';
import type { Endpoints } from './endpoints';
import type { Target } from './targets';
import type { Fetch } from './types';

/**
 * Median time of one "Check online" (website, RDAP and DNS in parallel, no cache) against the endpoints
 * given: `npm run -s bench` points them at local servers and reports it as online_check_ms (goal < 300 ms).
 */
export async function medianOnlineCheckMs(fetchImpl: Fetch, endpoints: Endpoints, target: Target, runs = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await runChecks([target], { fetch: fetchImpl, endpoints, cache: memoryCache() });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
