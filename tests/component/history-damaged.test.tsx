// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../components/history';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import type { HistoryRecord } from '../../lib/history/record';
import { putRecords, saveAnalysis } from '../../lib/history/repo';
import type { HistoryStore } from '../../lib/history/store';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { InquiryInput } from '../../lib/inquiry';
import { makeInquiry } from '../../lib/inquiry';

// A subject the list cannot draw stands for any value a component does not expect: the row throws while rendering.
const UNDRAWABLE = 'UNDRAWABLE SUBJECT';
vi.mock('../../components/history/text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../components/history/text')>();
  return {
    ...real,
    subjectOf: (r: HistoryRecord, locale: Locale) => {
      if (r.inquiry.subject === UNDRAWABLE) throw new Error('cannot draw this record');
      return real.subjectOf(r, locale);
    },
  };
});

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const MESSAGES: InquiryInput[] = [
  {
    source: 'gmail',
    id: 'good-1',
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject: 'RFQ LED tubes',
    body: 'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen.',
  },
  {
    source: 'gmail',
    id: 'good-2',
    from: { name: 'Ahmed', address: 'ahmed786@gmail.com' },
    subject: 'Inquiry',
    body: 'Dear Sir, please send catalog and best price list.',
  },
];

let db: HistoryDb;
let store: HistoryStore;
const dbs: HistoryDb[] = [];

async function seed(over: Partial<InquiryInput> & { id: string }, at: number): Promise<HistoryRecord> {
  const inquiry = makeInquiry({ ...MESSAGES[0]!, ...over });
  return saveAnalysis(db, inquiry, analyze(inquiry), at);
}

const rows = () => [...document.querySelectorAll<HTMLElement>('.il-history-row[data-key]')];
const rowOf = (key: string) => rows().find((r) => r.dataset.key === key);
const findRow = (key: string) =>
  vi.waitFor(() => {
    const row = rowOf(key);
    if (!row) throw new Error(`no row ${key} yet`);
    return row;
  });

function renderPage(locale: Locale = 'en') {
  return render(<HistoryPage store={store} locale={locale} retentionDays={0} onSaveRetention={async () => {}} />);
}

beforeEach(() => {
  db = new HistoryDb(`damaged-${Math.random()}`);
  dbs.push(db);
  store = localHistoryStore(db, () => new Date(NOW));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) d.close();
});

describe('history page with records it cannot show', () => {
  it('lists a record whose date is no date (from an old backup) as a note the rep can delete, and keeps the rest usable', async () => {
    await seed(MESSAGES[0]! as InquiryInput & { id: string }, NOW - 1000);
    await seed(MESSAGES[1]! as InquiryInput & { id: string }, NOW - 2000);
    const good = (await db.inquiries.get('gmail:good-1'))!;
    // What an import accepted before dates were checked: 9e15 ms is past the last date a browser can show.
    await putRecords(db, [{ ...good, key: 'gmail:hostile', inquiry: { ...good.inquiry, id: 'hostile' }, analyzedAt: 9e15, updatedAt: 9e15 }]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderPage();

    await findRow('gmail:good-1');
    const broken = within(await findRow('gmail:hostile'));
    expect(broken.getByText(t('en', 'history.damaged', { key: 'gmail:hostile' }))).toBeTruthy();
    // The page around it still works: another inquiry opens.
    fireEvent.click(within(rowOf('gmail:good-2')!).getByRole('button'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Inquiry' })).toBeTruthy();

    fireEvent.click(broken.getByRole('button', { name: t('en', 'history.removeBrokenLabel', { key: 'gmail:hostile' }) }));
    expect(await screen.findByText(t('en', 'history.removedBroken'))).toBeTruthy();
    await vi.waitFor(() => expect(rowOf('gmail:hostile')).toBeFalsy());
    expect(await db.inquiries.get('gmail:hostile')).toBeUndefined();
    expect(await db.inquiries.count()).toBe(2);
  });

  it('replaces a row that fails to draw with a translated note and a delete button, instead of a blank page', async () => {
    await seed({ id: 'good-1' }, NOW - 1000);
    await seed({ id: 'boom', subject: UNDRAWABLE }, NOW);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderPage('zh-CN');

    const broken = within(await findRow('gmail:boom'));
    expect(broken.getByText(t('zh-CN', 'history.rowFailed', { key: 'gmail:boom' }))).toBeTruthy();
    expect(within(rowOf('gmail:good-1')!).getByText('RFQ LED tubes')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: t('zh-CN', 'history.title') })).toBeTruthy();

    fireEvent.click(broken.getByRole('button', { name: t('zh-CN', 'history.removeBrokenLabel', { key: 'gmail:boom' }) }));
    await vi.waitFor(() => expect(rowOf('gmail:boom')).toBeFalsy());
    expect(await db.inquiries.get('gmail:boom')).toBeUndefined();
    expect(rowOf('gmail:good-1')).toBeTruthy();
  });

  it('deletes damaged records that are not even in the list, from the warning about them', async () => {
    await seed({ id: 'good-1' }, NOW);
    await db.inquiries.put({ key: 'gmail:damaged', analyzedAt: 9e15 } as unknown as HistoryRecord);
    renderPage();
    expect(await screen.findByText(t('en', 'store.unreadable', { count: 1 }))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('en', 'store.deleteUnreadable') }));
    await vi.waitFor(() => expect(screen.queryByText(t('en', 'store.unreadable', { count: 1 }))).toBeNull());
    expect(await db.inquiries.get('gmail:damaged')).toBeUndefined();
    expect(await db.inquiries.count()).toBe(1);
  });
});
