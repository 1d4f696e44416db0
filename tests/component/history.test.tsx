// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../components/history';
import { analyze } from '../../lib/analyze';
import { recordFrom } from '../../lib/history/build';
import { HistoryDb } from '../../lib/history/db';
import type { HistoryRecord } from '../../lib/history/record';
import { putRecords, saveAnalysis } from '../../lib/history/repo';
import type { HistoryStore } from '../../lib/history/store';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { InquiryInput } from '../../lib/inquiry';
import { makeInquiry } from '../../lib/inquiry';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 9, 0);
const HOSTILE = '<img src=x onerror=alert(1)>';

const HARBORLINE_SIGNATURE =
  'Best regards,\nMark Delaney\nProduct Manager\nHarborline Electric Supply, Inc.\n2250 Commerce Park Dr, Toledo, OH 43612, USA\nTel: +1 419 555 0182\nwww.harborline-electric.example';

const INQUIRIES: Record<string, InquiryInput> = {
  rfq: {
    source: 'gmail',
    id: 'rfq',
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject: 'RFQ LED tubes',
    body: `We are an electrical distributor. Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We will pay for 2 samples.\n\n${HARBORLINE_SIGNATURE}`,
  },
  reorder: {
    source: 'gmail',
    id: 'reorder',
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject: 'Panel lights for the Toledo warehouse',
    body: `Please quote LX-P600-40W panel lights, 3,000 pcs, CIF New York.\n\n${HARBORLINE_SIGNATURE}`,
  },
  vague: {
    source: 'outlook',
    id: 'vague',
    from: { name: 'Ahmed', address: 'ahmed786@gmail.com' },
    subject: 'Inquiry',
    body: 'Dear Sir, we are interested in your products. Please send catalog and best price list.',
  },
  scam: {
    source: 'paste',
    id: 'scam',
    from: { name: 'Purchasing Dept', address: 'buyer.global@gmail.com' },
    subject: 'New order confirmation',
    body: `Please find attached our purchase order. ${HOSTILE}`,
    links: [{ text: 'www.alibaba.com/order', href: 'http://order-view.top/login' }],
    attachments: [{ name: 'PO#2291.html', mimeType: 'text/html', size: 2000 }],
  },
};

let db: HistoryDb;
let store: HistoryStore;
const dbs: HistoryDb[] = [];

function freshDb(): HistoryDb {
  const d = new HistoryDb(`t-${Math.random()}`);
  dbs.push(d);
  return d;
}

async function seed(name: keyof typeof INQUIRIES, at: number): Promise<HistoryRecord> {
  const inquiry = makeInquiry(INQUIRIES[name]!);
  return saveAnalysis(db, inquiry, analyze(inquiry), at);
}

async function seedAll(): Promise<Record<string, HistoryRecord>> {
  return {
    rfq: await seed('rfq', NOW - 3 * DAY),
    reorder: await seed('reorder', NOW - 2 * DAY),
    vague: await seed('vague', NOW - DAY),
    scam: await seed('scam', NOW),
  };
}

function renderPage(options: { locale?: Locale; store?: HistoryStore; retentionDays?: number; onSaveRetention?: (days: number) => Promise<void> } = {}) {
  const onSaveRetention = options.onSaveRetention ?? vi.fn(async () => {});
  return render(
    <HistoryPage store={options.store ?? store} locale={options.locale ?? 'en'} retentionDays={options.retentionDays ?? 0} onSaveRetention={onSaveRetention} />,
  );
}

const rows = () => [...document.querySelectorAll<HTMLElement>('.il-history-row[data-key]')];
const rowKeys = () => rows().map((r) => r.dataset.key);
const rowOf = (key: string) => rows().find((r) => r.dataset.key === key);
const filters = () => within(screen.getByRole('region', { name: 'Filters' }));
const detail = () => within(screen.getByRole('region', { name: 'Inquiry' }));

async function waitForRows(count: number) {
  await vi.waitFor(() => expect(rows()).toHaveLength(count));
}

beforeEach(() => {
  db = freshDb();
  store = localHistoryStore(db, () => new Date(NOW));
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) d.close();
});

describe('history page', () => {
  it('lists every inquiry newest first, with subject, sender, verdict and outcome in each row', async () => {
    const r = await seedAll();
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Inquiry history' })).toBeTruthy();
    expect(await screen.findByText('4 inquiries')).toBeTruthy();
    await waitForRows(4);
    expect(rowKeys()).toEqual([r.scam!.key, r.vague!.key, r.reorder!.key, r.rfq!.key]);
    const row = within(rowOf(r.rfq!.key)!);
    expect(row.getByText('RFQ LED tubes')).toBeTruthy();
    expect(row.getByText(/mdelaney@harborline-electric\.example/)).toBeTruthy();
    expect(row.getByText('Not yet')).toBeTruthy();
    expect(row.getByText(new RegExp(`^${r.rfq!.verdict.score} · `))).toBeTruthy();
    // The scam is marked as such in the list, before the rep opens it.
    expect(within(rowOf(r.scam!.key)!).getByText(/Scam signals/)).toBeTruthy();
    expect(within(rowOf(r.scam!.key)!).getByText(/Scam or phishing risk/)).toBeTruthy();
    expect(within(rowOf(r.scam!.key)!).queryByText(/Unlikely buyer/)).toBeNull();
    expect(within(rowOf(r.rfq!.key)!).queryByText(/Scam signals/)).toBeNull();
  });

  it('narrows the list as the rep searches', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'harborline' } });
    await waitForRows(2);
    expect(rowKeys().sort()).toEqual([r.rfq!.key, r.reorder!.key].sort());
    expect(await screen.findByText('2 inquiries')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'nothing-like-this' } });
    expect(await screen.findByText('No inquiries match this search and these filters.')).toBeTruthy();
    expect(rows()).toHaveLength(0);
  });

  it('filters by verdict band and by outcome', async () => {
    const r = await seedAll();
    await store.update(r.vague!.key, { outcome: 'no-reply' });
    renderPage();
    await waitForRows(4);
    const low = Object.values(r)
      .filter((x) => x.verdict.band === 'low')
      .map((x) => x.key);
    expect(low.length).toBeGreaterThan(0);
    expect(low.length).toBeLessThan(4);
    fireEvent.change(filters().getByLabelText('Verdict'), { target: { value: 'low' } });
    await waitForRows(low.length);
    expect(rowKeys().sort()).toEqual(low.sort());

    fireEvent.change(filters().getByLabelText('Verdict'), { target: { value: '' } });
    fireEvent.change(filters().getByLabelText('Outcome'), { target: { value: 'no-reply' } });
    await waitForRows(1);
    expect(rowKeys()).toEqual([r.vague!.key]);
    expect(within(rows()[0]!).getByText('No reply')).toBeTruthy();
    expect(screen.getByText('Filters (1 on)')).toBeTruthy();
  });

  it('sorts by score, highest first', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'score' } });
    const scores = Object.fromEntries(Object.values(r).map((x) => [x.key, x.verdict.score]));
    const expected = Object.values(r)
      .sort((a, b) => b.verdict.score - a.verdict.score || b.analyzedAt - a.analyzedAt)
      .map((x) => x.key);
    await vi.waitFor(() => expect(rowKeys()).toEqual(expected));
    const shown = rowKeys().map((k) => scores[k!]!);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(shown[0]).toBeGreaterThan(shown[3]!);
  });

  it('opens an inquiry with its verdict and the message as text, never as markup', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.click(within(rowOf(r.scam!.key)!).getByRole('button'));
    const d = detail();
    expect(await d.findByRole('heading', { name: 'New order confirmation' })).toBeTruthy();
    expect(d.getByText(`${r.scam!.verdict.score} of 100`)).toBeTruthy();
    expect(d.getByText('Scam or phishing signals')).toBeTruthy();
    expect(d.getByText(/Scam or phishing risk/)).toBeTruthy();
    // The evidence the verdict rested on, with the points each line counted.
    const evidence = d.getByRole('region', { name: 'Evidence' });
    const lines = evidence.querySelectorAll('[data-signal]');
    expect(lines.length).toBe(r.scam!.verdict.signals.filter((x) => x.id !== 'meta.language').length);
    const first = r.scam!.verdict.signals.find((x) => x.id !== 'meta.language' && x.counted !== 0)!;
    expect(evidence.querySelector(`[data-signal="${first.id}"]`)!.textContent).toContain(String(Math.abs(first.counted)));
    const body = d.getByText(/Please find attached our purchase order/);
    expect(body.textContent).toContain(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Inquiry' }).querySelector('script, img, [onerror]')).toBeNull();
    fireEvent.click(d.getByRole('button', { name: /Back to the list/ }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Inquiry' })).toBeNull());
  });

  it('moves between rows with the arrow keys and opens the focused row', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    const first = within(rowOf(r.scam!.key)!).getByRole('button');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = within(rowOf(r.vague!.key)!).getByRole('button');
    expect(document.activeElement).toBe(second);
    // A native button: Enter is a click, so the row opens as with the mouse.
    fireEvent.click(second);
    expect(await detail().findByRole('heading', { name: 'Inquiry' })).toBeTruthy();
  });

  it('records an outcome and a note in the detail, saved to the database and shown in the list', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.click(within(rowOf(r.rfq!.key)!).getByRole('button'));
    const d = detail();
    fireEvent.change(await d.findByLabelText('Outcome'), { target: { value: 'won' } });
    // A screen reader's outline puts the follow-up under the inquiry, beside its other sections.
    expect(d.getByRole('heading', { name: 'Your follow-up' }).tagName).toBe('H3');
    await vi.waitFor(async () => expect((await db.inquiries.get(r.rfq!.key))?.outcome).toBe('won'));
    expect(await within(rowOf(r.rfq!.key)!).findByText('Order won')).toBeTruthy();

    fireEvent.change(d.getByLabelText('Note'), { target: { value: 'Call Mark on Monday' } });
    fireEvent.click(d.getByRole('button', { name: 'Save note' }));
    expect(await d.findByText('Note saved.')).toBeTruthy();
    expect((await db.inquiries.get(r.rfq!.key))?.note).toBe('Call Mark on Monday');
  });

  it('shows the same company’s other inquiries in the timeline and opens them', async () => {
    const r = await seedAll();
    expect(r.rfq!.companyKey).toBe(r.reorder!.companyKey);
    expect(r.rfq!.companyKey.startsWith('name:')).toBe(true);
    renderPage();
    await waitForRows(4);
    fireEvent.click(within(rowOf(r.rfq!.key)!).getByRole('button'));
    const d = detail();
    const company = await d.findByRole('region', { name: /^From this company/ });
    const entry = await within(company).findByRole('button', { name: /Panel lights for the Toledo warehouse/ });
    expect(within(company).queryByRole('button', { name: /RFQ LED tubes/ })).toBeNull();
    expect(within(company).queryByText(/^Inquiry$/)).toBeNull();
    const contact = d.getByRole('region', { name: /^From this contact/ });
    expect(within(contact).getByRole('button', { name: /Panel lights/ })).toBeTruthy();
    fireEvent.click(entry);
    expect(await detail().findByRole('heading', { name: 'Panel lights for the Toledo warehouse' })).toBeTruthy();
  });

  it('deletes the selected inquiries after the rep confirms', async () => {
    const r = await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Inquiry”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “New order confirmation”' }));
    const bulk = within(screen.getByRole('region', { name: 'Actions for the selected inquiries' }));
    expect(bulk.getByText('2 selected')).toBeTruthy();
    fireEvent.click(bulk.getByRole('button', { name: 'Delete' }));
    const confirm = within(screen.getByRole('alertdialog'));
    expect(confirm.getByText(/Delete 2 inquiries from the history\?/)).toBeTruthy();
    // Nothing is gone before the rep confirms.
    expect(await db.inquiries.count()).toBe(4);
    fireEvent.click(confirm.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('2 deleted.')).toBeTruthy();
    await waitForRows(2);
    expect(rowKeys().sort()).toEqual([r.rfq!.key, r.reorder!.key].sort());
    expect((await db.inquiries.toCollection().primaryKeys()).sort()).toEqual([r.rfq!.key, r.reorder!.key].sort());
  });

  it('sets the status of all loaded inquiries at once', async () => {
    await seedAll();
    renderPage();
    await waitForRows(4);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all 4 loaded' }));
    const bulk = within(screen.getByRole('region', { name: 'Actions for the selected inquiries' }));
    fireEvent.change(bulk.getByLabelText('Set status'), { target: { value: 'following-up' } });
    fireEvent.click(bulk.getAllByRole('button', { name: 'Apply' })[0]!);
    expect(await screen.findByText('4 updated.')).toBeTruthy();
    expect((await db.inquiries.toArray()).map((x) => x.status)).toEqual(Array(4).fill('following-up'));
  });

  it('exports JSON and imports it into an empty history, restoring the same records', async () => {
    await seedAll();
    await store.update('gmail:rfq', { outcome: 'quoted', stars: 2, note: 'Samples paid' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:history-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    await waitForRows(4);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON (backup)' }));
    expect(await screen.findByText(/^Saved inquirylens-history-2026-03-10\.json\./)).toBeTruthy();
    expect(clicked).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    cleanup();

    const original = await db.inquiries.toArray();
    db = freshDb();
    store = localHistoryStore(db, () => new Date(NOW));
    renderPage();
    expect(await screen.findByText(/No inquiries yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Import a JSON backup'), { target: { files: [new File([text], 'backup.json', { type: 'application/json' })] } });
    const preview = within(await screen.findByRole('region', { name: 'In this file' }));
    expect(preview.getByText('4 not in the history yet')).toBeTruthy();
    expect(preview.getByText('0 changed later than the stored copy')).toBeTruthy();
    expect(preview.getByText('RFQ LED tubes')).toBeTruthy();
    // Each merge rule is explained in a line of its own.
    expect(preview.getByText(/Only inquiries that are not in the history yet are added/)).toBeTruthy();
    expect(await db.inquiries.count()).toBe(0);
    fireEvent.click(preview.getByRole('button', { name: 'Import now' }));
    expect(await screen.findByText('Imported: 4 added, 0 updated, 0 unchanged, 0 skipped.')).toBeTruthy();
    await waitForRows(4);
    const restored = await db.inquiries.toArray();
    const byKey = (a: HistoryRecord, b: HistoryRecord) => a.key.localeCompare(b.key);
    // Compared as JSON: a signal weight of -0 in the analyser's output is written as 0 in any JSON file.
    const plain = (x: HistoryRecord[]) => JSON.parse(JSON.stringify(x.sort(byKey))) as unknown;
    expect(plain(restored)).toEqual(plain(original));
    expect(within(rowOf('gmail:rfq')!).getByText('Quoted')).toBeTruthy();
  });

  it('exports the current filter as a spreadsheet with translated headings and labels', async () => {
    await seedAll();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:history-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage({ locale: 'zh-CN' });
    await waitForRows(4);
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: 'harborline' } });
    await waitForRows(2);
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV（表格）' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const csv = (await blobs[0]!.text()).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^首次出现,分析时间,来源,主题/);
    // Two records (the search), and codes shown as the rep reads them.
    expect(lines.filter((l) => /gmail:(rfq|reorder)$/.test(l))).toHaveLength(2);
    expect(csv).toContain('暂无');
    expect(csv).not.toContain('Inquiry,');
  });

  it('refuses a file that is not an export, and imports nothing', async () => {
    await seedAll();
    renderPage();
    await waitForRows(4);
    const input = screen.getByLabelText('Import a JSON backup');
    fireEvent.change(input, { target: { files: [new File(['{"records": [ oops'], 'broken.json', { type: 'application/json' })] } });
    expect(await screen.findByText(t('en', 'store.bad-import'))).toBeTruthy();
    fireEvent.change(input, { target: { files: [new File([JSON.stringify({ hello: 'world' })], 'other.json')] } });
    expect(await screen.findByText(t('en', 'store.bad-import'))).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'In this file' })).toBeNull();
    expect(await db.inquiries.count()).toBe(4);
  });

  it('lists records of an import that cannot be read, with the reason', async () => {
    const r = await seedAll();
    const text = JSON.stringify({ format: 'inquirylens-history', version: 2, records: [r.rfq, { key: 'gmail:broken', verdict: {} }] });
    db = freshDb();
    store = localHistoryStore(db, () => new Date(NOW));
    renderPage();
    fireEvent.change(screen.getByLabelText('Import a JSON backup'), { target: { files: [new File([text], 'partly.json')] } });
    const preview = within(await screen.findByRole('region', { name: 'In this file' }));
    expect(preview.getByText('1 records cannot be read and will be skipped:')).toBeTruthy();
    expect(preview.getByText(/^Record 2 \(gmail:broken\): /)).toBeTruthy();
    fireEvent.click(preview.getByLabelText(/Keep mine/));
    fireEvent.click(preview.getByRole('button', { name: 'Import now' }));
    expect(await screen.findByText('Imported: 1 added, 0 updated, 0 unchanged, 1 skipped.')).toBeTruthy();
    expect(await db.inquiries.count()).toBe(1);
  });

  it('applies a new retention period at once and says how many were removed', async () => {
    await seed('vague', NOW - 200 * DAY);
    const kept = await seed('rfq', NOW - 200 * DAY);
    await store.update(kept.key, { stars: 2 });
    await seed('scam', NOW - DAY);
    const onSaveRetention = vi.fn(async () => {});
    renderPage({ onSaveRetention });
    await waitForRows(3);
    fireEvent.change(screen.getByLabelText('Keep inquiries'), { target: { value: '90' } });
    expect(await screen.findByText('Saved. 1 older inquiries were removed.')).toBeTruthy();
    expect(onSaveRetention).toHaveBeenCalledWith(90);
    await waitForRows(2);
    expect(await db.inquiries.get('outlook:vague')).toBeUndefined();
  });

  it('warns about damaged records and offers them for download', async () => {
    await seedAll();
    await db.inquiries.put({ key: 'gmail:damaged', analyzedAt: NOW + 1 } as unknown as HistoryRecord);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:history-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    expect(await screen.findByText(t('en', 'store.unreadable', { count: 1 }))).toBeTruthy();
    // The readable ones still work; the damaged one stays out of the list until the rep deals with it.
    await waitForRows(4);
    expect(rowOf('gmail:damaged')).toBeFalsy();
    fireEvent.click(screen.getByRole('button', { name: 'Download unreadable records' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const saved = JSON.parse(await blobs[0]!.text()) as { records: Array<{ key: string; raw: unknown }> };
    expect(saved.records.map((x) => x.key)).toEqual(['gmail:damaged']);
    expect(saved.records[0]!.raw).toEqual({ key: 'gmail:damaged', analyzedAt: NOW + 1 });
  });

  it('says so when the history is empty', async () => {
    renderPage();
    expect(await screen.findByText(/No inquiries yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Statistics' }).getAttribute('href')).toBe('/stats.html');
  });

  it('shows a store failure in the rep’s language', async () => {
    const failing: HistoryStore = { ...store, query: () => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })) };
    renderPage({ store: failing, locale: 'zh-CN' });
    expect(await screen.findByText(t('zh-CN', 'store.quota'))).toBeTruthy();
  });

  it('speaks Chinese when the rep’s interface is Chinese', async () => {
    const r = await seedAll();
    renderPage({ locale: 'zh-CN' });
    expect(screen.getByRole('heading', { level: 1, name: '询盘历史' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeTruthy();
    expect(await screen.findByText('共 4 条询盘')).toBeTruthy();
    await waitForRows(4);
    expect(within(rowOf(r.rfq!.key)!).getByText('暂无')).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 JSON（备份）' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '筛选' })).getByLabelText('判断')).toBeTruthy();
    fireEvent.click(within(rowOf(r.rfq!.key)!).getByRole('button'));
    expect(await screen.findByRole('button', { name: /返回列表/ })).toBeTruthy();
    expect(await screen.findByText('跟进记录')).toBeTruthy();
  });

  it('renders only the rows in view of 2 000 records and loads more as the rep scrolls', async () => {
    const base = makeInquiry(INQUIRIES.rfq!);
    const analysis = analyze(base);
    const records = Array.from({ length: 2000 }, (_, i) =>
      recordFrom(makeInquiry({ ...INQUIRIES.rfq!, id: `bulk-${i}`, subject: `Bulk inquiry ${i}` }), analysis, NOW - i * 60_000),
    );
    await putRecords(db, records);
    renderPage();
    expect(await screen.findByText('2,000 inquiries')).toBeTruthy();
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(3));
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0]!.textContent).toContain('Bulk inquiry 0');

    const scroller = document.querySelector<HTMLElement>('.il-history-scroll')!;
    scroller.scrollTop = 1500 * 92;
    fireEvent.scroll(scroller);
    await vi.waitFor(() => expect(rowOf('gmail:bulk-1500')).toBeTruthy());
    expect(rows().length).toBeLessThan(60);
    expect(rowOf('gmail:bulk-0')).toBeUndefined();
  });
});
