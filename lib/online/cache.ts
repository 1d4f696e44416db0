import type { EntityTable } from 'dexie';
import type { DomainReport } from './types';
import { DomainReport as ReportSchema } from './types';

/** A week: long enough to spare the network for a buyer's follow-ups, short enough to see a domain lapse. */
export const CACHE_DAYS = 7;
const DAY = 86_400_000;

export interface CachedReport {
  domain: string;
  expiresAt: number;
  report: DomainReport;
}

export interface OnlineCache {
  get(domain: string, now: number): Promise<DomainReport | undefined>;
  put(report: DomainReport): Promise<void>;
}

/**
 * What is worth keeping: the checks that answered. A check that failed is left out, so the next
 * "Check online" tries it again instead of repeating "could not check" for a week.
 */
export function keepable(report: DomainReport): DomainReport | undefined {
  const out: DomainReport = { domain: report.domain, checkedAt: report.checkedAt };
  if (report.site?.ok) out.site = report.site;
  if (report.age?.ok) out.age = report.age;
  if (report.mail?.ok) out.mail = report.mail;
  return out.site || out.age || out.mail ? out : undefined;
}

function fresh(row: unknown, now: number): DomainReport | undefined {
  const r = row as Partial<CachedReport> | undefined;
  if (!r || typeof r.expiresAt !== 'number' || r.expiresAt <= now) return undefined;
  // A damaged row is a miss, never an error.
  const parsed = ReportSchema.safeParse(r.report);
  return parsed.success ? parsed.data : undefined;
}

/** The cache in the history database's `online` table (lib/history/db.ts, version 3). */
export function dexieCache(table: EntityTable<CachedReport, 'domain'>): OnlineCache {
  return {
    async get(domain, now) {
      return fresh(await table.get(domain), now);
    },
    async put(report) {
      const keep = keepable(report);
      if (keep) await table.put({ domain: keep.domain, expiresAt: keep.checkedAt + CACHE_DAYS * DAY, report: keep });
    },
  };
}

/** For the command line and tests: one run's memory. */
export function memoryCache(): OnlineCache & { rows: Map<string, CachedReport> } {
  const rows = new Map<string, CachedReport>();
  return {
    rows,
    async get(domain, now) {
      return fresh(rows.get(domain), now);
    },
    async put(report) {
      const keep = keepable(report);
      if (keep) rows.set(keep.domain, { domain: keep.domain, expiresAt: keep.checkedAt + CACHE_DAYS * DAY, report: keep });
    },
  };
}
