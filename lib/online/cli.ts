import { analyze } from '../analyze';
import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import type { Settings } from '../settings';
import { weightsFor } from '../weights';
import { memoryCache } from './cache';
import { runChecks } from './checks';
import { endpointsWith } from './endpoints';
import { mailFactsOf } from './extension';
import { onlineHits } from './signals';
import { targetsOf } from './targets';

/** Where tests point the command line's checks: a JSON object like the extension's override. */
export const ENDPOINTS_ENV = 'INQUIRYLENS_ONLINE_ENDPOINTS';

function overrideFrom(env: Record<string, string | undefined>): unknown {
  try {
    return JSON.parse(env[ENDPOINTS_ENV] ?? '{}');
  } catch {
    return {};
  }
}

/**
 * `analyze --online`: each verdict judged again with the online findings about its sender's domain.
 * One run shares a cache, so a folder of mail from one buyer asks the network once.
 */
export function cliOnline(env: Record<string, string | undefined> = process.env, fetchImpl: typeof fetch = fetch) {
  const endpoints = endpointsWith(overrideFrom(env));
  const cache = memoryCache();
  return async (inquiry: Inquiry, a: Analysis, settings: Settings, existingCustomer = false): Promise<Analysis> => {
    const targets = targetsOf(a, settings.ownDomains);
    if (!targets.length) return a;
    const now = Date.now();
    const run = await runChecks(targets, { fetch: fetchImpl, endpoints, cache, now: () => now });
    const hits = onlineHits(run.reports, mailFactsOf(a), weightsFor(settings), now);
    return analyze(inquiry, { settings, existingCustomer, memoryHits: hits });
  };
}
