import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { parseCsv } from '../../../lib/csv';
import { HistoryDb } from '../../../lib/history/db';
import { HistoryError } from '../../../lib/history/errors';
import type { HistoryRecord } from '../../../lib/history/record';
import { MAX_STORED_BODY, MAX_STORED_QUOTED } from '../../../lib/history/record';
import { saveAnalysis, updateRecord } from '../../../lib/history/repo';
import { localHistoryStore } from '../../../lib/history/store';
import { exportCsv, exportJson } from '../../../lib/history/export';
import { applyImport, parseImport, previewImport } from '../../../lib/history/transfer';
import { t } from '../../../lib/i18n';
import type { Recalibration } from '../../../lib/settings';
import { DEFAULT_RECALIBRATION } from '../../../lib/settings';
import type { InquiryInput } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';

const dbs: HistoryDb[] = [];
function freshDb(): HistoryDb {
  const db = new HistoryDb(`transfer-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const base = (over: Partial<InquiryInput> & { id: string }) =>
  makeInquiry({
    source: 'gmail',
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject: 'RFQ LX-T8',
    body: 'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen.',
    ...over,
  });

let db: HistoryDb;
beforeEach(async () => {
  db = freshDb();
  const seeds = [
    base({ id: 'm1' }),
    base({
      id: 'm2',
      subject: '询价：LED 灯管 T8，数量 5000 支',
      body: '您好，我们是深圳的经销商，请报 LX-T8 的 FOB 价格。\n谢谢',
      from: { name: '王经理', address: 'wang@shenzhen-light.example' },
    }),
    base({
      id: 'm3',
      subject: '=HYPERLINK("http://evil.example","click")',
      body: 'Hello, "quoted", commas, and\nnew lines.',
      from: { name: 'X, Y', address: 'x@gmail.com' },
    }),
  ];
  for (const [i, s] of seeds.entries()) await saveAnalysis(db, s, analyze(s), Date.UTC(2026, 2, 3 + i, 9, 30));
  await updateRecord(
    db,
    'gmail:m1',
    { outcome: 'won', wonValue: 48250.5, stars: 3, status: 'following-up', note: 'PI sent; "deposit" by Friday\nthen ship' },
    Date.UTC(2026, 3, 1),
  );
  await updateRecord(db, 'gmail:m2', { outcome: 'quoted', stars: 2 }, Date.UTC(2026, 3, 2));
});

const sortByKey = (rs: HistoryRecord[]) => [...rs].sort((a, b) => a.key.localeCompare(b.key));

describe('JSON export and import', () => {
  it('round-trips every field of every record into an empty history', async () => {
    const before = sortByKey(await db.inquiries.toArray());
    const file = await localHistoryStore(db).exportFile('json');
    expect(file.filename).toMatch(/^inquirylens-history-\d{4}-\d{2}-\d{2}\.json$/);

    const target = freshDb();
    const store = localHistoryStore(target);
    const preview = await store.previewImport(file.text);
    expect(preview).toMatchObject({ added: 3, newer: 0, older: 0 });
    expect(preview.parsed.skipped).toEqual([]);
    expect(await store.applyImport(preview, 'newer-wins')).toEqual({ added: 3, updated: 0, unchanged: 0, skipped: 0, learnedAdopted: false });
    expect(sortByKey(await target.inquiries.toArray())).toEqual(before);
  });

  it('carries the weights learned from outcomes to a new browser, unless that browser learned later', async () => {
    const learnedThere: Recalibration = {
      ...DEFAULT_RECALIBRATION,
      baseline: 34,
      weights: { 'domain.free-mail': -2 },
      used: 41,
      realBuyers: 17,
      fittedAt: '2026-04-02T10:00:00.000Z',
    };
    const memory = (start: Recalibration) => {
      let current = start;
      return { get: async () => current, set: async (next: Recalibration) => void (current = next), now: () => current };
    };
    const old = memory(learnedThere);
    const file = await localHistoryStore(db, undefined, old).exportFile('json');

    // A fresh browser where the rep had switched learning off: the weights arrive, the choice stays.
    const fresh = memory({ ...DEFAULT_RECALIBRATION, enabled: false });
    const target = localHistoryStore(freshDb(), undefined, fresh);
    const result = await target.applyImport(await target.previewImport(file.text), 'newer-wins');
    expect(result.learnedAdopted).toBe(true);
    expect(fresh.now()).toEqual({ ...learnedThere, enabled: false });

    // A browser that refitted after the export keeps its own.
    const later = memory({ ...learnedThere, baseline: 28, fittedAt: '2026-05-01T00:00:00.000Z' });
    const again = localHistoryStore(freshDb(), undefined, later);
    expect((await again.applyImport(await again.previewImport(file.text), 'newer-wins')).learnedAdopted).toBe(false);
    expect(later.now().baseline).toBe(28);

    // Damaged learned weights are dropped; the records still import.
    const damaged = JSON.parse(file.text) as { recalibration: { weights: Record<string, unknown> } };
    damaged.recalibration.weights['domain.free-mail'] = 'lots';
    const parsed = parseImport(JSON.stringify(damaged));
    expect(parsed.recalibration).toBeUndefined();
    expect(parsed.records).toHaveLength(3);
  });

  it('lists bad records with their reason and imports the rest', async () => {
    const good = await db.inquiries.toArray();
    const text = JSON.stringify({ format: 'inquirylens-history', version: 2, records: [good[0], { key: 'gmail:bad', stars: 9 }, 'nonsense', good[1]] });
    const parsed = parseImport(text);
    expect(parsed.records.map((r) => r.key)).toEqual([good[0]!.key, good[1]!.key]);
    expect(parsed.skipped.map((s) => [s.index, s.key])).toEqual([
      [1, 'gmail:bad'],
      [2, undefined],
    ]);
    expect(parsed.skipped[0]!.reason).toMatch(/\w+: /);
  });

  it('refuses a file that is not an InquiryLens export and changes nothing', async () => {
    const target = freshDb();
    const store = localHistoryStore(target);
    for (const text of ['{"format":"something-else","records":[]}', 'not json at all', '', '[1,2,3]']) {
      const err = await store.previewImport(text).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HistoryError);
      expect((err as HistoryError).problem).toBe('bad-import');
    }
    expect(await target.inquiries.count()).toBe(0);
  });

  it('reads an export written by schema version 1 and fills the newer fields', async () => {
    const v1 = (await db.inquiries.toArray()).map(({ companyKey: _c, updatedAt: _u, ...rest }) => rest);
    const parsed = parseImport(JSON.stringify({ format: 'inquirylens-history', version: 1, records: v1 }));
    expect(parsed.records).toHaveLength(3);
    const m1 = parsed.records.find((r) => r.key === 'gmail:m1')!;
    expect(m1.companyKey).toBe((await db.inquiries.get('gmail:m1'))!.companyKey);
    expect(m1.updatedAt).toBe(m1.analyzedAt);
  });

  it('says a file from a newer InquiryLens needs an update, instead of calling it foreign, and imports nothing', async () => {
    const file = JSON.parse(exportJson(await db.inquiries.toArray())) as { version: number };
    file.version = 99;
    const target = freshDb();
    const err = await localHistoryStore(target)
      .previewImport(JSON.stringify(file))
      .catch((e: unknown) => e);
    expect((err as HistoryError).problem).toBe('newer-import');
    expect(t('en', `store.${(err as HistoryError).problem}`)).toMatch(/newer version of InquiryLens/);
    expect(t('zh-CN', `store.${(err as HistoryError).problem}`)).toMatch(/更新版本/);
    expect(await target.inquiries.count()).toBe(0);
  });

  it('never lets a record filed under another message’s key overwrite that message', async () => {
    const [m1, m2] = sortByKey(await db.inquiries.toArray());
    // m2's message under m1's key: imported as "replace", it would silently swap m1's record for it.
    const forged = { ...m2!, key: m1!.key, outcome: 'confirmed-scam' };
    const parsed = parseImport(JSON.stringify({ format: 'inquirylens-history', version: 2, records: [forged] }));
    expect(parsed.records).toEqual([]);
    expect(parsed.skipped).toMatchObject([{ index: 0, key: m1!.key, code: 'key-mismatch' }]);
    await applyImport(db, parsed, 'replace');
    expect(await db.inquiries.get(m1!.key)).toEqual(m1);
  });

  it('skips records whose dates are no dates or whose text is over the cap, saying why in both languages', async () => {
    const [m1, m2, m3] = sortByKey(await db.inquiries.toArray());
    const records = [
      { ...m1!, analyzedAt: 9e15 },
      { ...m2!, firstSeen: 8.64e15 + 1 },
      { ...m3!, inquiry: { ...m3!.inquiry, body: 'x'.repeat(MAX_STORED_BODY + 1) } },
      { ...m3!, inquiry: { ...m3!.inquiry, quoted: 'y'.repeat(MAX_STORED_QUOTED + 1) } },
    ];
    const parsed = parseImport(JSON.stringify({ format: 'inquirylens-history', version: 2, records }));
    expect(parsed.records).toEqual([]);
    expect(parsed.skipped.map((x) => x.code)).toEqual(['not-a-date', 'not-a-date', 'too-large', 'too-large']);
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const x of parsed.skipped) expect(t(locale, `store.skip.${x.code}`, { reason: x.reason })).not.toMatch(/^store\.|\{/);
    }
  });

  it('keeps a very long message in the history, cut to the cap and marked as partial', async () => {
    const long = base({ id: 'long', body: `Please quote LX-T8. ${'More details follow. '.repeat(20_000)}`, quoted: '> earlier\n'.repeat(20_000) });
    const saved = await saveAnalysis(db, long, analyze(long), Date.UTC(2026, 3, 5));
    expect(saved.inquiry.body).toHaveLength(MAX_STORED_BODY);
    expect(saved.inquiry.quoted).toHaveLength(MAX_STORED_QUOTED);
    expect(saved.inquiry.partial).toBe(true);
    // And such a record survives its own backup.
    expect(parseImport(exportJson([saved])).records).toHaveLength(1);
  });

  describe('merge rules', () => {
    async function setup() {
      // The file is an older copy of m1 (before the order was won) and a newer copy of m2.
      const file = JSON.parse(exportJson(await db.inquiries.toArray())) as { records: HistoryRecord[] };
      const m1 = file.records.find((r) => r.key === 'gmail:m1')!;
      Object.assign(m1, { outcome: 'replied', stars: 1, updatedAt: Date.UTC(2026, 2, 10), firstSeen: Date.UTC(2026, 1, 1) });
      const m2 = file.records.find((r) => r.key === 'gmail:m2')!;
      Object.assign(m2, { outcome: 'sample-sent', updatedAt: Date.UTC(2026, 4, 1) });
      file.records.push({ ...m2, key: 'gmail:m9', inquiry: { ...m2.inquiry, id: 'm9' } });
      return parseImport(JSON.stringify(file));
    }

    it('newer wins: keeps the later change of each message', async () => {
      const parsed = await setup();
      expect(await previewImport(db, parsed)).toMatchObject({ added: 1, newer: 1, older: 2 });
      expect(await applyImport(db, parsed, 'newer-wins')).toEqual({ added: 1, updated: 1, unchanged: 2, skipped: 0 });
      expect(await db.inquiries.get('gmail:m1')).toMatchObject({ outcome: 'won', stars: 3, firstSeen: Date.UTC(2026, 2, 3, 9, 30) });
      // The newer copy wins, but the message was first seen when the history first saw it.
      expect(await db.inquiries.get('gmail:m2')).toMatchObject({ outcome: 'sample-sent', firstSeen: Date.UTC(2026, 2, 4, 9, 30) });
      expect(await db.inquiries.count()).toBe(4);
    });

    it('keep existing: only adds messages the history does not have', async () => {
      expect(await applyImport(db, await setup(), 'keep-existing')).toEqual({ added: 1, updated: 0, unchanged: 3, skipped: 0 });
      expect((await db.inquiries.get('gmail:m1'))!.outcome).toBe('won');
      expect((await db.inquiries.get('gmail:m2'))!.outcome).toBe('quoted');
    });

    it('replace: the file overwrites what is stored', async () => {
      expect(await applyImport(db, await setup(), 'replace')).toEqual({ added: 1, updated: 3, unchanged: 0, skipped: 0 });
      expect((await db.inquiries.get('gmail:m1'))!.outcome).toBe('replied');
    });
  });

  it('writes nothing when the disk fills up half-way through an import', async () => {
    const template = (await db.inquiries.get('gmail:m1'))!;
    const records = Array.from({ length: 4500 }, (_, i) => ({
      ...template,
      key: `eml:bulk-${i}`,
      inquiry: { ...template.inquiry, source: 'eml' as const, id: `bulk-${i}` },
    }));
    const parsed = parseImport(exportJson(records));
    const target = freshDb();
    const realBulkPut = target.inquiries.bulkPut.bind(target.inquiries);
    let calls = 0;
    vi.spyOn(target.inquiries, 'bulkPut').mockImplementation(((items: HistoryRecord[]) => {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realBulkPut(items);
    }) as typeof target.inquiries.bulkPut);
    const err = await localHistoryStore(target)
      .applyImport(await previewImport(target, parsed), 'newer-wins')
      .catch((e: unknown) => e);
    expect((err as HistoryError).problem).toBe('quota');
    vi.restoreAllMocks();
    // The first chunk was rolled back with the transaction: a retry starts from a clean slate.
    expect(await target.inquiries.count()).toBe(0);
  });
});

describe('CSV export', () => {
  it('opens cleanly in Excel and WPS: BOM, CRLF, Chinese text, one row per inquiry, formulas defused', async () => {
    const csv = exportCsv(await db.inquiries.orderBy('analyzedAt').toArray());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    const header = rows[0]!;
    expect(rows).toHaveLength(4);
    const col = (name: string) => header.indexOf(name);
    expect(rows[2]![col('subject')]).toBe('询价：LED 灯管 T8，数量 5000 支');
    expect(rows[2]![col('senderName')]).toBe('王经理');
    // A subject that is a spreadsheet formula is shown as text, never run.
    expect(rows[3]![col('subject')]!.startsWith("'=")).toBe(true);
    expect(rows[3]![col('message')]).toBe('Hello, "quoted", commas, and\nnew lines.');
    expect(rows[1]![col('wonValue')]).toBe('48250.5');
    expect(rows[1]![col('note')]).toBe('PI sent; "deposit" by Friday\nthen ship');
    expect(rows[1]![col('analyzedAt')]).toMatch(/^2026-03-0[23] \d\d:\d\d$/);
  });

  it('uses the rep\u2019s language for headings and values when given labels', async () => {
    const csv = exportCsv(await db.inquiries.toArray(), {
      header: (c) => (c === 'outcome' ? '结果' : c),
      value: (c, v) => (c === 'outcome' && v === 'won' ? '已成交' : v),
    });
    const rows = parseCsv(csv);
    const i = rows[0]!.indexOf('结果');
    expect(i).toBeGreaterThan(-1);
    expect(rows.slice(1).map((r) => r[i])).toContain('已成交');
  });
});
