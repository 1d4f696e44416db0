import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { HistoryDb } from '../../../lib/history/db';
import { fingerprint, hamming, NEAR_DUPLICATE_BITS } from '../../../lib/history/fingerprint';
import { memoryFor } from '../../../lib/history/memory';
import { applyRetention, queryHistory, saveAnalysis, updateRecord } from '../../../lib/history/repo';
import type { InquiryInput } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';
import { effectiveWeights } from '../../../lib/weights';

const TEMPLATE = (name: string, qty: number) =>
  `Dear ${name},\n\nWe are a leading importer and we are interested in your products. Please send your catalogue and best FOB price for all items, we have a big requirement for our market and can order ${qty} containers monthly.\n\nWaiting your quick reply.\n\nRegards\n${name}`;

let db: HistoryDb;
let n = 0;
beforeEach(async () => {
  db = new HistoryDb(`test-${++n}-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const inq = (over: Partial<InquiryInput> & { id: string }) =>
  makeInquiry({
    source: 'eml',
    from: { name: 'Buyer', address: 'buyer@acme-trading.example' },
    subject: 'RFQ',
    body: 'Please quote LX-100, 500 pcs, FOB Ningbo.',
    ...over,
  });
const save = (i: ReturnType<typeof inq>, at: number) => saveAnalysis(db, i, analyze(i), at);
const W = effectiveWeights();

describe('fingerprint', () => {
  it('finds copies of one template despite changed names, numbers and greetings', () => {
    const a = fingerprint(TEMPLATE('Ahmed', 3));
    const b = fingerprint(TEMPLATE('Maria Gonzalez', 12).replace('Dear', 'Hello'));
    const other = fingerprint(
      'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T. We sell to electrical contractors in Ohio and need UL listing and a five year warranty.',
    );
    expect(hamming(a.simhash, b.simhash)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(hamming(a.simhash, other.simhash)).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    expect(fingerprint('price?').usable).toBe(false);
  });

  it('sees one template behind different sender addresses, however they are glued to the text', () => {
    const a = fingerprint(`${TEMPLATE('Ahmed', 3)}\nContact: ahmed.k@mail-one.example,whatsapp:+971500000`);
    const b = fingerprint(`${TEMPLATE('Li', 5)}\nContact: li.wei@other-domain.example,whatsapp:+861390000`);
    expect(hamming(a.simhash, b.simhash)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    // A word that merely ends in "@" is text, not an address.
    expect(fingerprint('sales@ team price list for LED panels and tubes please').simhash).not.toBe(
      fingerprint('team price list for LED panels and tubes please').simhash,
    );
  });
});

describe('history records', () => {
  it('saves the verdict of a message whose sender address is as long as a reader lets through', async () => {
    // 500 characters is the Inquiry limit; "address:" in front of it used to overflow the company key and lose the save.
    const address = `${'x'.repeat(480)}@gmail.com`;
    const i = inq({ id: 'long-sender', from: { name: 'Buyer', address } });
    const saved = await save(i, 1000);
    expect(saved.companyKey.length).toBeLessThanOrEqual(320);
    expect(await db.inquiries.get('eml:long-sender')).toMatchObject({ key: 'eml:long-sender' });
  });

  it('keeps one record per message: re-opening updates it and keeps the rep\u2019s outcome', async () => {
    const i = inq({ id: 'm1' });
    await save(i, 1000);
    await updateRecord(db, 'eml:m1', { outcome: 'quoted', stars: 2, status: 'following-up' });
    await save(i, 2000);
    const all = await db.inquiries.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ outcome: 'quoted', stars: 2, status: 'following-up', firstSeen: 1000, analyzedAt: 2000 });
  });

  it('refuses invalid updates', async () => {
    await save(inq({ id: 'm1' }), 1000);
    await expect(updateRecord(db, 'eml:m1', { stars: 7 })).rejects.toThrow();
    expect((await db.inquiries.get('eml:m1'))?.stars).toBe(0);
  });

  it('searches subject, sender, company and products, and filters', async () => {
    await save(inq({ id: 'a', subject: 'Heat pumps for Genoa', from: { name: 'Laura Bianchi', address: 'l@arcotherm.example' } }), 1);
    await save(inq({ id: 'b', subject: 'LED tubes', from: { name: 'Mark', address: 'm@harborline.example' } }), 2);
    await save(makeInquiry({ source: 'gmail', id: 'c', from: { name: 'x', address: 'x@gmail.com' }, subject: 'Inquiry', body: 'send catalog' }), 3);
    expect((await queryHistory(db, { search: 'heat' })).records.map((r) => r.key)).toEqual(['eml:a']);
    expect((await queryHistory(db, { search: 'bianchi heat' })).records.map((r) => r.key)).toEqual(['eml:a']);
    expect((await queryHistory(db, { search: 'harborline' })).records.map((r) => r.key)).toEqual(['eml:b']);
    expect((await queryHistory(db, { band: 'low' })).records.map((r) => r.key)).toEqual(['gmail:c']);
    expect((await queryHistory(db, { source: 'eml', sort: 'oldest' })).records.map((r) => r.key)).toEqual(['eml:a', 'eml:b']);
    expect((await queryHistory(db, {})).total).toBe(3);
  });

  it('forgets old inquiries after the retention period, unless an outcome was recorded', async () => {
    const day = 86_400_000;
    await save(inq({ id: 'old' }), 0);
    await save(inq({ id: 'kept' }), 0);
    await updateRecord(db, 'eml:kept', { outcome: 'won', wonValue: 12000 });
    await save(inq({ id: 'new' }), 100 * day);
    expect(await applyRetention(db, 30, 100 * day)).toBe(1);
    expect((await db.inquiries.toArray()).map((r) => r.key).sort()).toEqual(['eml:kept', 'eml:new']);
  });
});

describe('memory signals', () => {
  it('recognises an existing contact by sender or company domain, with evidence', async () => {
    await save(inq({ id: 'first' }), Date.UTC(2026, 2, 3));
    // Merely having written before does not make a contact.
    expect(await memoryFor(db, inq({ id: 'second', from: { name: 'Colleague', address: 'other@acme-trading.example' } }), W)).toEqual([]);
    await updateRecord(db, 'eml:first', { outcome: 'quoted' });
    const hits = await memoryFor(db, inq({ id: 'second', from: { name: 'Colleague', address: 'other@acme-trading.example' } }), W);
    expect(hits.map((h) => h.id)).toEqual(['memory.existing-contact']);
    expect(hits[0]!.evidence).toMatch(/1 earlier inquiry from acme-trading\.example since 3 Mar 2026/);
    expect(analyze(inq({ id: 'second' }), { memoryHits: hits }).sample.advice).not.toBe('send-free');
  });

  it('treats a sender with a won order as an existing customer for samples', async () => {
    await save(inq({ id: 'first' }), 1);
    await updateRecord(db, 'eml:first', { outcome: 'won', wonValue: 5000 });
    const hits = await memoryFor(db, inq({ id: 'second', body: 'Please send 2 samples of LX-200.' }), W);
    expect(hits[0]!.evidence).toMatch(/1 won/);
    const a = analyze(inq({ id: 'second', body: 'Please send 2 samples of LX-200.' }), { memoryHits: hits });
    expect(a.sample.advice).toBe('send-free');
  });

  it('never treats a free-mail domain as one company', async () => {
    await save(inq({ id: 'a', from: { name: 'A', address: 'a@gmail.com' } }), 1);
    expect(await memoryFor(db, inq({ id: 'b', from: { name: 'B', address: 'b@gmail.com' } }), W)).toEqual([]);
  });

  it('remembers a confirmed scam', async () => {
    await save(inq({ id: 'scam1', from: { name: 'X', address: 'buyer@fake-co.example' } }), 1);
    await updateRecord(db, 'eml:scam1', { outcome: 'confirmed-scam' });
    const hits = await memoryFor(db, inq({ id: 'scam2', from: { name: 'X', address: 'buyer@fake-co.example' } }), W);
    expect(hits.map((h) => h.id)).toEqual(['memory.confirmed-scam']);
    const a = analyze(inq({ id: 'scam2' }), { memoryHits: hits });
    expect(a.risk).toBe(true);
  });

  it('spots a mass-mailed template arriving from different senders', async () => {
    const senders = ['ahmed@trade-one.example', 'maria@trade-two.example', 'li@trade-three.example'];
    for (const [i, s] of senders.entries())
      await save(inq({ id: `t${i}`, from: { name: s, address: s }, body: TEMPLATE(s.split('@')[0]!, i + 2) }), Date.UTC(2026, 2, 3 + i));
    const hits = await memoryFor(db, inq({ id: 'new', from: { name: 'Omar', address: 'omar@trade-four.example' }, body: TEMPLATE('Omar', 9) }), W);
    const mass = hits.find((h) => h.id === 'memory.mass-template');
    expect(mass?.evidence).toBe('same text as 3 inquiries from 3 senders since 3 Mar 2026');
    // The same sender writing twice is not a mass mailing.
    expect(
      (
        await memoryFor(
          db,
          inq({
            id: 'again',
            from: { name: 'A', address: senders[0]! },
            body: 'Please quote LX-100 and LX-200 for our Lagos warehouse, 300 pcs each, CIF Lagos, T/T.',
          }),
          W,
        )
      ).map((h) => h.id),
    ).not.toContain('memory.mass-template');
  });
});
