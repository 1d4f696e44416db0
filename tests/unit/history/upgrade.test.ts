import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { recordFrom } from '../../../lib/history/build';
import { HistoryDb, HistoryDbV1, SCHEMA_VERSION } from '../../../lib/history/db';
import { openHistory } from '../../../lib/history/open';
import { HistoryRecord } from '../../../lib/history/record';
import { findUnreadable, queryHistory, saveAnalysis, timeline } from '../../../lib/history/repo';
import { makeInquiry } from '../../../lib/inquiry';

const names: string[] = [];
function dbName(): string {
  const n = `upgrade-${names.length}-${Math.random()}`;
  names.push(n);
  return n;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** A record exactly as version 1 wrote it: no company key, no change time. */
function v1Record(id: string, company: string, address: string, at: number): Record<string, unknown> & { key: string } {
  const inquiry = makeInquiry({
    source: 'gmail',
    id,
    from: { name: 'Laura Bianchi', address },
    subject: `RFQ heat pumps ${id}`,
    body: `Dear Sir,\nPlease quote 40 units of HP-12 heat pumps, CIF Genoa. We are ${company}, HVAC distributor in Italy since 1998.\nRegards\nLaura`,
  });
  const full = recordFrom(inquiry, analyze(inquiry), at) as Record<string, unknown> & { key: string };
  delete full.companyKey;
  delete full.updatedAt;
  (full.verdict as { company: string }).company = company;
  return { ...full, outcome: 'quoted', stars: 2, note: 'called on Monday' };
}

describe('schema upgrade from version 1', () => {
  it('keeps every version-1 record and fills the company timeline and change time', async () => {
    const name = dbName();
    const v1 = new HistoryDbV1(name);
    await v1.inquiries.bulkPut([
      v1Record('a', 'Arcotherm S.r.l.', 'laura@arcotherm.example', 1000),
      v1Record('b', 'ARCOTHERM SRL', 'sales@arcotherm.example', 2000),
      v1Record('c', '', 'buyer@gmail.com', 3000),
    ]);
    v1.close();

    const db = new HistoryDb(name);
    expect(await openHistory(db)).toEqual({ ok: true });
    expect(db.verno).toBe(SCHEMA_VERSION);
    const all = await db.inquiries.toArray();
    expect(all).toHaveLength(3);
    for (const r of all) expect(HistoryRecord.safeParse(r).success).toBe(true);
    // The rep's work survives the upgrade untouched.
    expect(all.map((r) => [r.key, r.outcome, r.stars, r.note])).toEqual([
      ['gmail:a', 'quoted', 2, 'called on Monday'],
      ['gmail:b', 'quoted', 2, 'called on Monday'],
      ['gmail:c', 'quoted', 2, 'called on Monday'],
    ]);
    expect(all.find((r) => r.key === 'gmail:b')!.updatedAt).toBe(2000);
    // Two spellings of one company land on one timeline; free mail stays per person.
    const a = all.find((r) => r.key === 'gmail:a')!;
    expect((await timeline(db, 'company', a.companyKey)).map((r) => r.key)).toEqual(['gmail:a', 'gmail:b']);
    expect(all.find((r) => r.key === 'gmail:c')!.companyKey).toBe('address:buyer@gmail.com');
    // The new indexes answer queries.
    expect((await queryHistory(db, { companyKey: a.companyKey, sort: 'oldest' })).total).toBe(2);
    db.close();
  });

  it('does not fail the whole upgrade on a damaged record, and leaves that record for the rep to see', async () => {
    const name = dbName();
    const v1 = new HistoryDbV1(name);
    await v1.inquiries.bulkPut([v1Record('good', 'Arcotherm', 'laura@arcotherm.example', 1000), { key: 'gmail:broken', verdict: null, senderAddress: 42 }]);
    v1.close();

    const db = new HistoryDb(name);
    expect(await openHistory(db)).toEqual({ ok: true });
    expect(await db.inquiries.count()).toBe(2);
    const { unreadable } = await findUnreadable(db);
    expect(unreadable.map((u) => u.key)).toEqual(['gmail:broken']);
    // Listing and searching still work around it.
    expect((await queryHistory(db, {})).records.map((r) => r.key)).toContain('gmail:good');
    expect((await queryHistory(db, { band: 'high' })).records.every((r) => r.key !== 'gmail:broken')).toBe(true);
    db.close();
  });

  it('waits for an old tab that holds the database, says so, and opens with the data once it lets go', async () => {
    const name = dbName();
    const v1 = new HistoryDbV1(name);
    await v1.inquiries.put(v1Record('a', 'Arcotherm', 'laura@arcotherm.example', 1000));
    v1.close();
    // An old tab: a raw connection at version 1 (Dexie stores version × 10) that ignores "please close".
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = () => undefined;

    const db = new HistoryDb(name);
    let blocked = 0;
    const opening = openHistory(db, () => {
      blocked++;
      // The rep closes the old tab after reading the message.
      setTimeout(() => old.close(), 10);
    });
    expect(await opening).toEqual({ ok: true });
    expect(blocked).toBeGreaterThan(0);
    expect((await db.inquiries.get('gmail:a'))?.note).toBe('called on Monday');
    db.close();
  });

  it('opens a database left by a newer version without touching it, listing what it cannot read', async () => {
    const name = dbName();
    const future = new Dexie(name);
    future.version(9).stores({ inquiries: 'key, somethingNew' });
    await future.open();
    await future.table('inquiries').put({ key: 'gmail:future', somethingNew: 1 });
    future.close();

    const db = new HistoryDb(name);
    expect(await openHistory(db)).toEqual({ ok: true });
    expect((await findUnreadable(db)).unreadable.map((u) => u.key)).toEqual(['gmail:future']);
    expect(await db.inquiries.count()).toBe(1);
    db.close();
  });

  it('re-analysing a message stored before the upgrade keeps its rep fields and gains the new ones', async () => {
    const name = dbName();
    const v1 = new HistoryDbV1(name);
    await v1.inquiries.put(v1Record('a', 'Arcotherm', 'laura@arcotherm.example', 1000));
    v1.close();
    const db = new HistoryDb(name);
    const inquiry = makeInquiry({
      source: 'gmail',
      id: 'a',
      from: { name: 'Laura', address: 'laura@arcotherm.example' },
      subject: 'RFQ',
      body: 'Please quote 40 units of HP-12, CIF Genoa.',
    });
    const saved = await saveAnalysis(db, inquiry, analyze(inquiry), 5000);
    expect(saved).toMatchObject({ outcome: 'quoted', stars: 2, note: 'called on Monday', firstSeen: 1000, analyzedAt: 5000, updatedAt: 5000 });
    expect(saved.companyKey).not.toBe('');
    db.close();
  });
});
