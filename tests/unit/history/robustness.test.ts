import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { HistoryDb } from '../../../lib/history/db';
import { HistoryError, problemOf } from '../../../lib/history/errors';
import { memoryFor } from '../../../lib/history/memory';
import { findUnreadable, queryHistory, saveAnalysis, updateRecord } from '../../../lib/history/repo';
import { localHistoryStore } from '../../../lib/history/store';
import type { InquiryInput } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';
import { effectiveWeights } from '../../../lib/weights';

let db: HistoryDb;
beforeEach(async () => {
  db = new HistoryDb(`robust-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

const inq = (over: Partial<InquiryInput> & { id: string }) =>
  makeInquiry({
    source: 'outlook',
    from: { name: 'Ana', address: 'ana@lumen-iberia.example' },
    subject: 'Pedido LED panels',
    body: 'Please quote 600x600 LED panels, 2,000 pcs, CIF Valencia.',
    ...over,
  });
const full = (msg: string) => new DOMException(msg, 'QuotaExceededError');

describe('a full disk', () => {
  it('refuses the new verdict with a "quota" problem and leaves what was stored untouched', async () => {
    const i = inq({ id: 'q1' });
    await saveAnalysis(db, i, analyze(i), 1000);
    await updateRecord(db, 'outlook:q1', { outcome: 'quoted', stars: 2 }, 1500);
    const before = await db.inquiries.get('outlook:q1');

    vi.spyOn(db.inquiries, 'bulkPut').mockImplementation(() => {
      throw full('The quota has been exceeded.');
    });
    const err = await saveAnalysis(db, i, analyze(i), 2000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryError);
    expect((err as HistoryError).problem).toBe('quota');
    vi.restoreAllMocks();
    expect(await db.inquiries.get('outlook:q1')).toEqual(before);
  });

  it('is recognised however deeply Dexie wraps it', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('disk full'));
    expect(problemOf(wrapped)).toBe('quota');
    expect(problemOf(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(problemOf(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(problemOf(new Error('??'))).toBe('unknown');
  });
});

describe('a damaged record', () => {
  beforeEach(async () => {
    const i = inq({ id: 'ok' });
    await saveAnalysis(db, i, analyze(i), 1000);
    // As if the disk or an older build wrote garbage over the verdict, but the rep's outcome survived.
    await db.inquiries.put({
      key: 'outlook:bad',
      outcome: 'won',
      wonValue: 9000,
      stars: 3,
      note: 'big order',
      firstSeen: 500,
      verdict: 'garbage',
      senderAddress: 'ana@lumen-iberia.example',
      senderDomain: 'lumen-iberia.example',
    } as never);
  });

  it('does not break listing, searching, memory or statistics, and is reported', async () => {
    const page = await queryHistory(db, { sort: 'score' });
    expect(page.records.map((r) => r.key)).toContain('outlook:ok');
    expect((await queryHistory(db, { band: 'high' })).records.every((r) => r.key !== 'outlook:bad')).toBe(true);
    await expect(memoryFor(db, inq({ id: 'new' }), effectiveWeights())).resolves.toBeInstanceOf(Array);
    expect((await localHistoryStore(db).stats()).total).toBe(1);
    const { unreadable } = await findUnreadable(db);
    expect(unreadable.map((u) => u.key)).toEqual(['outlook:bad']);
    expect(unreadable[0]!.raw).toMatchObject({ note: 'big order' });
  });

  it('is repaired by re-analysing the message, keeping the outcome, stars and note the rep recorded', async () => {
    const i = inq({ id: 'bad' });
    const saved = await saveAnalysis(db, i, analyze(i), 3000);
    expect(saved).toMatchObject({ outcome: 'won', wonValue: 9000, stars: 3, note: 'big order', firstSeen: 500 });
    expect((await findUnreadable(db)).unreadable).toEqual([]);
  });
});

describe('the service worker stopped in the middle of a write', () => {
  it('leaves the previous record whole: the half-done transaction is rolled back', async () => {
    const i = inq({ id: 'w1' });
    await saveAnalysis(db, i, analyze(i), 1000);
    await updateRecord(db, 'outlook:w1', { outcome: 'sample-sent' }, 1100);
    const before = await db.inquiries.get('outlook:w1');
    // The worker is killed after the record was written but before the transaction committed.
    const realPut = db.inquiries.bulkPut.bind(db.inquiries);
    vi.spyOn(db.inquiries, 'bulkPut').mockImplementation((async (recs: never) => {
      await realPut(recs);
      throw new Dexie.AbortError('The worker was stopped');
    }) as never);
    await expect(saveAnalysis(db, i, analyze(i), 5000)).rejects.toBeInstanceOf(HistoryError);
    vi.restoreAllMocks();
    expect(await db.inquiries.get('outlook:w1')).toEqual(before);
  });
});
