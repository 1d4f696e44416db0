import Dexie from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import type { ChangeEntry, DigestChunk } from './digest';
import { rebuildDigest } from './digest';
import type { CachedReport } from '../online/cache';
import { HistoryRecord } from './record';

export const DB_NAME = 'inquirylens-history';

/** Indexes of version 1, kept verbatim: Dexie needs every version's schema to upgrade from it. */
export const SCHEMA_V1 =
  'key, senderAddress, senderDomain, *bands, *words, analyzedAt, firstSeen, stars, status, outcome, verdict.band, verdict.advice, verdict.role, verdict.region, inquiry.source';
/**
 * Version 2 adds the company timeline and the last-change time that import merge rules compare, and
 * the digest (see digest.ts) that makes search and memory fast. Lists and filters no longer use the
 * per-field indexes, so they go; the ones timelines, retention and exports use stay.
 */
export const SCHEMA_V2 = {
  inquiries: 'key, senderAddress, senderDomain, companyKey, analyzedAt',
  digest: 'id',
  meta: 'name',
  changes: 'rev',
};
/**
 * Version 3 adds the per-domain cache of online checks (lib/online/cache.ts). A new table only: every
 * record, digest chunk and change entry stays as version 2 left it.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, online: 'domain, expiresAt' };
export const SCHEMA_VERSION = 3;

const isRecord = (r: unknown): r is HistoryRecord => HistoryRecord.safeParse(r).success;

/**
 * Fills the version-2 fields of records written by version 1 and builds the digest. It never throws
 * on a record it cannot understand: that record is left as it was (the history page lists it as
 * unreadable) instead of failing the whole upgrade and locking the rep out of every other record.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  // Company keys need the public-suffix and free-mail lists: the pages load them only for this one-time
  // upgrade. `waitFor` keeps the upgrade transaction open while the module loads.
  const { companyKeyOf } = await Dexie.waitFor(import('./company'));
  await tx
    .table('inquiries')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      try {
        const verdict = r.verdict as { company?: unknown } | undefined;
        const company = typeof verdict?.company === 'string' ? verdict.company : '';
        const domain = typeof r.senderDomain === 'string' ? r.senderDomain : '';
        const address = typeof r.senderAddress === 'string' ? r.senderAddress : '';
        if (typeof r.companyKey !== 'string') r.companyKey = companyKeyOf(company, domain, address);
        if (typeof r.updatedAt !== 'number') r.updatedAt = typeof r.analyzedAt === 'number' ? r.analyzedAt : 0;
      } catch {
        // Leave the record untouched; see above.
      }
    });
  await rebuildDigest(tx, isRecord);
}

/**
 * The history database, in the extension's own origin (service worker and extension pages only;
 * content scripts never open it, so no web page can read it). Records are keyed "<source>:<message id>".
 */
export class HistoryDb extends Dexie {
  // `declare`: a class field would be set to undefined after Dexie defines the table in the constructor.
  declare inquiries: EntityTable<HistoryRecord, 'key'>;
  declare digest: EntityTable<DigestChunk, 'id'>;
  declare meta: EntityTable<{ name: string; value: number }, 'name'>;
  declare changes: EntityTable<ChangeEntry, 'rev'>;
  declare online: EntityTable<CachedReport, 'domain'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ inquiries: SCHEMA_V1 });
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
  }
}

/** The first schema, for tests and tools that need a database as version 1 left it. */
export class HistoryDbV1 extends Dexie {
  declare inquiries: EntityTable<Record<string, unknown> & { key: string }, 'key'>;
  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ inquiries: SCHEMA_V1 });
  }
}
