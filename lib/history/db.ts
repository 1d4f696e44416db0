import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { HistoryRecord } from './record';

export const DB_NAME = 'inquirylens-history';

/**
 * The history database, in the extension's own origin (service worker and extension pages only;
 * content scripts never open it, so no web page can read it).
 * Version 1: one table of records keyed by "<source>:<message id>".
 */
export class HistoryDb extends Dexie {
  // `declare`: a class field would be set to undefined after Dexie defines the table in the constructor.
  declare inquiries: EntityTable<HistoryRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      inquiries: 'key, senderAddress, senderDomain, *bands, *words, analyzedAt, firstSeen, stars, status, outcome, verdict.band, verdict.advice, verdict.role, verdict.region, inquiry.source',
    });
  }
}
