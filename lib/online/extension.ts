import type { Analysis } from '../analysis';
import type { Settings } from '../settings';
import type { SignalHit } from '../signals/types';
import { weightsFor } from '../weights';
import type { OnlineCache } from './cache';
import { cachedReports, runChecks } from './checks';
import type { Endpoints } from './endpoints';
import type { OnlineCheckResult, OnlinePlan } from './messages';
import type { MailFacts } from './signals';
import { onlineHits } from './signals';
import { originsFor, targetsOf } from './targets';
import type { DomainReport, Fetch } from './types';

/** What the worker lends the checks: all of it injectable, so tests run the same code on local servers. */
export interface OnlineEnv {
  cache: OnlineCache;
  endpoints: () => Promise<Endpoints>;
  fetch: Fetch;
  online: () => boolean;
  /** Whether the rep granted these hosts (permissions.contains in the extension). */
  granted: (origins: string[]) => Promise<boolean>;
  now?: () => number;
  timeoutMs?: number;
}

type Judged = { status: string; analysis?: Analysis };
type Rejudge<V> = (hits: SignalHit[]) => V;

export function mailFactsOf(a: Pick<Analysis, 'facts'>): MailFacts {
  return { company: a.facts.company, products: a.facts.products };
}

function hitsFor(reports: readonly DomainReport[], a: Analysis, settings: Settings, now: number): SignalHit[] {
  return onlineHits(reports, mailFactsOf(a), weightsFor(settings), now);
}

/**
 * A verdict again with what the cache already knows about the sender's domain: later mail from a
 * domain the rep checked gets the same evidence without the network. Unchanged when the option is off.
 */
export async function withCachedOnline<V extends Judged>(v: V, settings: Settings, cache: OnlineCache, rejudge: Rejudge<V>, now = Date.now()): Promise<V> {
  if (!settings.onlineChecks || v.status !== 'ready' || !v.analysis) return v;
  const targets = targetsOf(v.analysis, settings.ownDomains);
  if (!targets.length) return v;
  const reports = await cachedReports(targets, cache, now);
  return reports.length ? rejudge(hitsFor(reports, v.analysis, settings, now)) : v;
}

/** What the panel shows before the rep presses "Check online". */
export function planOf(v: Judged | undefined, settings: Settings, endpoints: Endpoints): OnlinePlan {
  if (!settings.onlineChecks) return { enabled: false, domains: [], origins: [] };
  if (v?.status !== 'ready' || !v.analysis) return { enabled: true, domains: [], origins: [] };
  const targets = targetsOf(v.analysis, settings.ownDomains);
  return { enabled: true, domains: targets.map((t) => t.domain), origins: originsFor(targets, endpoints) };
}

/** The rep pressed "Check online": look up, cache, and judge the message again with the findings. */
export async function checkNow<V extends Judged>(
  v: V | undefined,
  settings: Settings,
  env: OnlineEnv,
  rejudge: Rejudge<V>,
): Promise<{ result: OnlineCheckResult; verdict?: V; reports: DomainReport[] }> {
  if (!settings.onlineChecks) return { result: { status: 'off', cached: [], failures: [] }, reports: [] };
  if (v?.status !== 'ready' || !v.analysis) return { result: { status: 'no-verdict', cached: [], failures: [] }, reports: [] };
  const targets = targetsOf(v.analysis, settings.ownDomains);
  if (!targets.length) return { result: { status: 'nothing-to-check', cached: [], failures: [] }, reports: [] };
  const endpoints = await env.endpoints();
  const now = (env.now ?? Date.now)();
  const run = await runChecks(targets, {
    fetch: env.fetch,
    endpoints,
    cache: env.cache,
    online: env.online,
    allowed: (t) => env.granted(originsFor([t], endpoints)),
    now: () => now,
    ...(env.timeoutMs ? { timeoutMs: env.timeoutMs } : {}),
  });
  const failures: OnlineCheckResult['failures'] = [];
  for (const r of run.reports)
    for (const check of ['site', 'age', 'mail'] as const) {
      const c = r[check];
      if (c && !c.ok) failures.push({ domain: r.domain, check, reason: c.reason });
    }
  return {
    result: { status: 'checked', checkedAt: now, cached: run.cached, failures },
    verdict: rejudge(hitsFor(run.reports, v.analysis, settings, now)),
    reports: run.reports,
  };
}
