import type { OnlineCache } from './cache';
import { checkMail } from './doh';
import type { Endpoints } from './endpoints';
import { checkAge } from './rdap';
import type { Target } from './targets';
import type { DomainReport, Failure, Fetch } from './types';
import { checkSite } from './website';

/** Each check's deadline; the three run side by side, so a report takes about the slowest one. */
export const CHECK_TIMEOUT_MS = 4000;

export interface RunDeps {
  fetch: Fetch;
  endpoints: Endpoints;
  timeoutMs?: number;
  now?: () => number;
  cache?: OnlineCache;
  /** False when the browser knows it is offline: nothing is sent, every check says so. */
  online?: () => boolean;
  /** Whether the rep granted the hosts a target needs; false makes its checks "permission not given". */
  allowed?: (target: Target) => Promise<boolean>;
}

export interface RunResult {
  reports: DomainReport[];
  /** Domains answered from the cache, without the network. */
  cached: string[];
}

function failed(t: Target, now: number, reason: Failure, detail = ''): DomainReport {
  const f = { ok: false as const, reason, detail };
  return { domain: t.domain, checkedAt: now, ...(t.site ? { site: f } : {}), ...(t.age ? { age: f } : {}), ...(t.mail ? { mail: f } : {}) };
}

/** A check that throws (a bug, a hostile answer we did not foresee) is a check that could not be made. */
async function safely<T>(run: () => Promise<T>, fallback: (detail: string) => T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    return fallback(err instanceof Error ? err.message.slice(0, 200) : 'error');
  }
}

async function checkTarget(t: Target, deps: RunDeps & { timeoutMs: number }, now: number): Promise<DomainReport> {
  const bad = (detail: string) => ({ ok: false as const, reason: 'bad-answer' as const, detail });
  const site = async () => {
    const first = await checkSite(t.host, deps);
    // Plenty of companies answer on acme.com but not on www.acme.com, or the other way round.
    return !first.ok && first.reason === 'unreachable' && t.host !== t.domain ? checkSite(t.domain, deps) : first;
  };
  const [s, a, m] = await Promise.all([
    t.site ? safely(site, bad) : undefined,
    t.age ? safely(() => checkAge(t.domain, deps), bad) : undefined,
    t.mail ? safely(() => checkMail(t.domain, deps), bad) : undefined,
  ]);
  return { domain: t.domain, checkedAt: now, ...(s ? { site: s } : {}), ...(a ? { age: a } : {}), ...(m ? { mail: m } : {}) };
}

/**
 * Looks the targets up: from the cache when it has them, else over the network (only the domain names
 * are sent), in parallel, each check with its own deadline. Never throws; what could not be checked
 * says why.
 */
export async function runChecks(targets: readonly Target[], deps: RunDeps): Promise<RunResult> {
  const now = (deps.now ?? Date.now)();
  const timeoutMs = deps.timeoutMs ?? CHECK_TIMEOUT_MS;
  const cached: string[] = [];
  const reports = await Promise.all(
    targets.map(async (t) => {
      const hit = await deps.cache?.get(t.domain, now).catch(() => undefined);
      // Only a complete answer spares the network; a partial one is asked again for what it lacks.
      if (hit && (!t.site || hit.site) && (!t.age || hit.age) && (!t.mail || hit.mail)) {
        cached.push(t.domain);
        return hit;
      }
      if (deps.online && !deps.online()) return failed(t, now, 'offline');
      if (deps.allowed && !(await deps.allowed(t).catch(() => false))) return failed(t, now, 'permission');
      const report = await checkTarget(t, { ...deps, timeoutMs }, now);
      await deps.cache?.put(report).catch(() => undefined);
      return report;
    }),
  );
  return { reports, cached };
}

/** The cache's answer alone, for later mail from a domain already checked: never the network. */
export async function cachedReports(targets: readonly Target[], cache: OnlineCache, now = Date.now()): Promise<DomainReport[]> {
  const out: DomainReport[] = [];
  for (const t of targets) {
    const r = await cache.get(t.domain, now).catch(() => undefined);
    if (r) out.push(r);
  }
  return out;
}
