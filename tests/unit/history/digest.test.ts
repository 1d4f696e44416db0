import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { recordFrom } from '../../../lib/history/build';
import { HistoryDb } from '../../../lib/history/db';
import { CHUNK_ROWS } from '../../../lib/history/digest';
import { PATCH_MAX_KEYS } from '../../../lib/history/digest-store';
import { memoryFor } from '../../../lib/history/memory';
import { deleteRecords, findUnreadable, putRecords, queryHistory, saveAnalysis, updateRecord } from '../../../lib/history/repo';
import type { InquiryInput } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';
import { effectiveWeights } from '../../../lib/weights';

let name = '';
let worker: HistoryDb;
let page: HistoryDb;
beforeEach(async () => {
  name = `digest-${Math.random()}`;
  // Two connections, as the service worker and the history page each hold one.
  worker = new HistoryDb(name);
  page = new HistoryDb(name);
  await worker.open();
  await page.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  worker.close();
  page.close();
  await Dexie.delete(name);
});

const inq = (over: Partial<InquiryInput> & { id: string }) =>
  makeInquiry({
    source: 'gmail',
    from: { name: 'Laura Bianchi', address: 'laura@arcotherm.example' },
    subject: 'Preheating coils and heat pumps',
    body: 'Please quote 40 units of HP-12, CIF Genoa.',
    ...over,
  });
const save = (db: HistoryDb, i: ReturnType<typeof inq>, at: number) => saveAnalysis(db, i, analyze(i), at);
const keys = async (db: HistoryDb, q: Parameters<typeof queryHistory>[1]) => (await queryHistory(db, q)).records.map((r) => r.key);

describe('the history digest', () => {
  it('shows what one context wrote to the other at its next query, both ways', async () => {
    expect(await keys(page, {})).toEqual([]);
    await save(worker, inq({ id: 'a' }), 1000);
    expect(await keys(page, {})).toEqual(['gmail:a']);
    await updateRecord(page, 'gmail:a', { outcome: 'quoted' });
    const hits = await memoryFor(worker, inq({ id: 'b' }), effectiveWeights());
    expect(hits.map((h) => h.id)).toEqual(['memory.existing-contact']);
    await deleteRecords(page, ['gmail:a']);
    expect(await memoryFor(worker, inq({ id: 'b' }), effectiveWeights())).toEqual([]);
    expect((await queryHistory(worker, {})).total).toBe(0);
  });

  it('matches search words by their start: "heat" finds heat pumps, not preheating', async () => {
    await save(page, inq({ id: 'a', subject: 'Heating cable' }), 1);
    await save(page, inq({ id: 'b', subject: 'Preheating coils', from: { name: 'Ana', address: 'ana@lumen.example' } }), 2);
    expect(await keys(page, { search: 'heat' })).toEqual(['gmail:a']);
    expect(await keys(page, { search: 'HEATING  ' })).toEqual(['gmail:a']);
    expect(await keys(page, { search: 'preheat' })).toEqual(['gmail:b']);
  });

  it('re-sorts after a change: a record given stars moves up the list sorted by stars', async () => {
    for (const id of ['a', 'b', 'c']) await save(page, inq({ id }), id.charCodeAt(0));
    expect(await keys(page, { sort: 'stars' })).toEqual(['gmail:c', 'gmail:b', 'gmail:a']);
    await updateRecord(page, 'gmail:a', { stars: 3 });
    expect(await keys(page, { sort: 'stars' })).toEqual(['gmail:a', 'gmail:c', 'gmail:b']);
  });

  it('spreads many records over chunks and keeps one row per message when they are saved again', async () => {
    const a = analyze(inq({ id: 'x' }));
    const records = Array.from({ length: CHUNK_ROWS + 50 }, (_, i) => recordFrom(inq({ id: `m${i}` }), a, i));
    await putRecords(page, records);
    expect(await page.digest.count()).toBe(2);
    await putRecords(page, records.slice(0, 10));
    await save(page, inq({ id: 'm5' }), 99_999);
    const { total, records: first } = await queryHistory(worker, { limit: 1 });
    expect(total).toBe(CHUNK_ROWS + 50);
    expect(first[0]!.key).toBe('gmail:m5');
  });

  it('puts a sound record written around the digest back into the list, and reports a damaged one', async () => {
    const i = inq({ id: 'around' });
    await page.inquiries.put(recordFrom(i, analyze(i), 5));
    await page.inquiries.put({ key: 'gmail:damaged', verdict: 7 } as never);
    expect(await keys(page, {})).toEqual([]);
    const report = await findUnreadable(page);
    expect(report).toMatchObject({ checked: 2, repaired: 1 });
    expect(report.unreadable.map((u) => u.key)).toEqual(['gmail:damaged']);
    expect(await keys(worker, {})).toEqual(['gmail:around']);
  });
  it('patches in what another context changed instead of reloading the whole digest', async () => {
    for (const id of ['a', 'b', 'c']) await save(page, inq({ id }), id.charCodeAt(0));
    expect((await queryHistory(page, {})).total).toBe(3);
    await updateRecord(worker, 'gmail:a', { outcome: 'won', wonValue: 1000 });
    await deleteRecords(worker, ['gmail:b']);
    await save(worker, inq({ id: 'd' }), 500);
    const reload = vi.spyOn(page.digest, 'toArray');
    expect(await keys(page, { outcome: 'won' })).toEqual(['gmail:a']);
    expect(await keys(page, {})).toEqual(['gmail:d', 'gmail:c', 'gmail:a']);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads after a change too large to patch, such as an import', async () => {
    await save(page, inq({ id: 'first' }), 1);
    expect((await queryHistory(page, {})).total).toBe(1);
    const a = analyze(inq({ id: 'x' }));
    await putRecords(
      worker,
      Array.from({ length: PATCH_MAX_KEYS + 1 }, (_, i) => recordFrom(inq({ id: `imp${i}` }), a, 10 + i)),
    );
    const reload = vi.spyOn(page.digest, 'toArray');
    expect((await queryHistory(page, {})).total).toBe(PATCH_MAX_KEYS + 2);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
