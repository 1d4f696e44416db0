// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatsPage } from '../../components/stats';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import { HistoryError } from '../../lib/history/errors';
import { saveAnalysis, updateRecord } from '../../lib/history/repo';
import { localHistoryStore } from '../../lib/history/store';
import type { InquiryInput } from '../../lib/inquiry';
import { makeInquiry } from '../../lib/inquiry';
import { t } from '../../lib/i18n';
import { VAGUE_MAIL } from './fixtures';

/** Wednesday 18 March 2026, noon UTC: the current week starts Monday 16 March. */
const NOW = new Date('2026-03-18T12:00:00Z');
const at = (iso: string): number => Date.parse(iso);

const genuine = (id: string, company: string, domain: string, address: string, tel: string): InquiryInput => ({
  source: 'gmail',
  id,
  from: { name: 'Buyer', address: `buyer@${domain}` },
  subject: 'RFQ LED tubes',
  body: `We are an electrical distributor. Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We will pay for 2 samples.\n\nBest regards,\nMark Delaney\nProduct Manager\n${company}\n${address}\nTel: ${tel}\nwww.${domain}`,
});
const HARBORLINE = (id: string) =>
  genuine(id, 'Harborline Electric Supply, Inc.', 'harborline-electric.example', '2250 Commerce Park Dr, Toledo, OH 43612, USA', '+1 419 555 0182');
const NORDLICHT = genuine('b', 'Nordlicht Elektro GmbH', 'nordlicht-elektro.de', 'Hafenstrasse 12, 20457 Hamburg, Germany', '+49 40 555 0182');
const SOUTHERN = genuine(
  'c',
  'Southern Cross Lighting Pty Ltd',
  'southerncross-lighting.com.au',
  '12 George St, Sydney NSW 2000, Australia',
  '+61 2 5550 0182',
);
const GULF: InquiryInput = {
  source: 'made-in-china',
  id: 'm',
  // A real request from a free mailbox: medium, not high.
  from: { name: 'Omar', address: 'omar.gulfstar@gmail.com' },
  subject: 'LED tube inquiry',
  body: 'Hi, we need LED tubes 18W, 2000 pcs. Please quote.\n\nOmar Haddad\nGulf Star Trading LLC\nTel: +971 4 555 0182',
};
const VAGUE = (source: 'outlook' | 'paste', id: string): InquiryInput => ({ source, id, ...VAGUE_MAIL });
const SCAM: InquiryInput = {
  source: 'alibaba',
  id: 's',
  from: { name: 'Purchasing Dept', address: 'buyer.global@gmail.com' },
  subject: 'New order',
  body: 'Please find attached our purchase order.',
  links: [{ text: 'www.alibaba.com/order', href: 'http://order-view.top/login' }],
  attachments: [{ name: 'PO#2291.html', mimeType: 'text/html', size: 2000 }],
};

let db: HistoryDb;
beforeEach(async () => {
  db = new HistoryDb(`t-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function save(input: InquiryInput, time: number): Promise<void> {
  const inquiry = makeInquiry(input);
  const analysis = analyze(inquiry);
  await saveAnalysis(db, inquiry, analysis, time);
}

/**
 * Eight inquiries over eleven weeks. This week: high, medium, low; last week: high (Monday 00:00) and a
 * scam on Sunday 23:59:59; five weeks ago: two high; ten weeks ago: one low. Harborline wins two orders
 * (80 000), Nordlicht one (20 000); Southern Cross never answers.
 */
async function seed(): Promise<void> {
  await save(HARBORLINE('a1'), at('2026-03-16T09:00:00Z'));
  await save(GULF, at('2026-03-17T10:00:00Z'));
  await save(VAGUE('outlook', 'v'), at('2026-03-17T11:00:00Z'));
  await save(NORDLICHT, at('2026-03-09T00:00:00Z'));
  await save(SCAM, at('2026-03-15T23:59:59Z'));
  await save(SOUTHERN, at('2026-02-10T08:00:00Z'));
  await save(HARBORLINE('a2'), at('2026-02-11T08:00:00Z'));
  await save(VAGUE('paste', 'old'), at('2026-01-05T08:00:00Z'));
  await updateRecord(db, 'gmail:a1', { outcome: 'won', wonValue: 50_000 });
  await updateRecord(db, 'gmail:a2', { outcome: 'won', wonValue: 30_000 });
  await updateRecord(db, 'gmail:b', { outcome: 'won', wonValue: 20_000 });
  await updateRecord(db, 'gmail:c', { outcome: 'no-reply' });
  await updateRecord(db, 'made-in-china:m', { outcome: 'quoted' });
  await updateRecord(db, 'outlook:v', { outcome: 'replied' });
}

/** The section under a heading, and the data table a rep opens with "Show the numbers". */
function section(heading: string): HTMLElement {
  return screen.getByRole('region', { name: heading });
}
function dataTable(heading: string, label = 'Show the numbers'): HTMLElement {
  const s = section(heading);
  const details = s.querySelector('details');
  if (details && !details.open) fireEvent.click(within(s).getByText(label));
  return within(s).getByRole('table', { name: heading });
}
/** What a screen reader reads from a cell: its text without the parts hidden from assistive technology. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return copy.textContent ?? '';
}
/** The cells of the row whose header reads `rowHeader`. */
function row(table: HTMLElement, rowHeader: string | RegExp): string[] {
  const header = within(table).getByRole('rowheader', { name: rowHeader });
  const tr = header.closest('tr')!;
  return [...tr.querySelectorAll('td')].map(spoken);
}
const summary = () => screen.getByRole('status');

async function renderPage(locale: 'en' | 'zh-CN' = 'en') {
  const view = render(<StatsPage store={localHistoryStore(db)} locale={locale} now={NOW} />);
  await screen.findByRole('heading', { level: 2, name: locale === 'en' ? 'Inquiries per week' : '每周询盘数' });
  return view;
}

describe('statistics page', () => {
  it('counts inquiries per week and band, with empty weeks shown as zero', async () => {
    await seed();
    const { container } = await renderPage();
    expect(summary().textContent).toContain('Inquiries in this period: 8');
    const weeks = dataTable('Inquiries per week');
    // Columns: High, Medium, Low, Total.
    expect(row(weeks, 'Mar 16, 2026')).toEqual(['1', '1', '1', '3']);
    // Monday 00:00 and Sunday 23:59:59 UTC fall in the same week.
    expect(row(weeks, 'Mar 9, 2026')).toEqual(['1', '0', '1', '2']);
    expect(row(weeks, 'Mar 2, 2026')).toEqual(['0', '0', '0', '0']);
    expect(row(weeks, 'Feb 9, 2026')).toEqual(['2', '0', '0', '2']);
    expect(row(weeks, 'Jan 5, 2026')).toEqual(['0', '0', '1', '1']);
    // The default period is the last 13 weeks, each one a row, quiet ones included.
    expect(within(weeks).getAllByRole('row')).toHaveLength(1 + 13);
    // The charts are drawn (SVG) even where the DOM has no layout to measure.
    expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(4);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('counts by region and by source with readable names', async () => {
    await seed();
    await renderPage();
    const regions = dataTable('By region');
    expect(row(regions, 'Unknown region')).toEqual(['3']);
    expect(row(regions, 'North America')).toEqual(['2']);
    expect(row(regions, 'Western Europe')).toEqual(['1']);
    expect(row(regions, 'Middle East & North Africa')).toEqual(['1']);
    const sources = dataTable('By source');
    expect(row(sources, 'Gmail')).toEqual(['4']);
    expect(row(sources, 'Made-in-China.com')).toEqual(['1']);
    expect(row(sources, 'Alibaba.com')).toEqual(['1']);
    expect(row(sources, 'Pasted text')).toEqual(['1']);
  });

  it('shows conversion by band with the won rate as a percentage', async () => {
    await seed();
    await renderPage();
    const conversion = dataTable('Conversion by band');
    // Inquiries, engaged, won, won rate.
    expect(row(conversion, /High/)).toEqual(['4', '3', '3', '75%']);
    expect(row(conversion, /Medium/)).toEqual(['1', '1', '0', '0%']);
    expect(row(conversion, /Low/)).toEqual(['3', '1', '0', '0%']);
  });

  it('ranks the biggest customer in tier A and says how much of the won value it brings', async () => {
    await seed();
    await renderPage();
    const tiers = section('Customers by won value');
    const customers = within(tiers).getByRole('table', { name: 'Customers by won value' });
    const rows = within(customers).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Harborline Electric Supply, Inc.', 'Nordlicht Elektro GmbH']);
    expect(row(customers, 'Harborline Electric Supply, Inc.')).toEqual(['Tier A', '80,000', '2']);
    expect(row(customers, 'Nordlicht Elektro GmbH')).toEqual(['Tier B', '20,000', '1']);
    const byTier = within(tiers).getByRole('table', { name: 'Won value by tier' });
    expect(row(byTier, 'Tier A')).toEqual(['1', '80,000', '80%']);
    expect(row(byTier, 'Tier C')).toEqual(['0', '0', '0%']);
    expect(within(tiers).getByText(/Tier A: 1 of 2 customers bring 80% of the won value \(80,000 of 100,000\)/)).toBeTruthy();
  });

  it('drops older inquiries when the period is the last 4 weeks', async () => {
    await seed();
    await renderPage();
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '4w' } });
    await screen.findByText(/Inquiries in this period: 5 /);
    const weeks = dataTable('Inquiries per week');
    expect(within(weeks).queryByRole('rowheader', { name: 'Feb 9, 2026' })).toBeNull();
    expect(within(weeks).getAllByRole('row')).toHaveLength(1 + 4);
    expect(row(dataTable('Conversion by band'), /High/)).toEqual(['2', '2', '2', '100%']);
    expect(row(dataTable('By source'), 'Gmail')).toEqual(['2']);
    const customers = within(section('Customers by won value')).getByRole('table', { name: 'Customers by won value' });
    expect(row(customers, 'Harborline Electric Supply, Inc.')).toEqual(['Tier A', '50,000', '1']);
  });

  it('applies a custom period, and refuses one that ends before it starts', async () => {
    await seed();
    await renderPage();
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-09' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText(/Inquiries in this period: 2 /);
    expect(row(dataTable('Conversion by band'), /High/)).toEqual(['2', '1', '1', '50%']);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The start date is after the end date.');
    expect(summary().textContent).toContain('Inquiries in this period: 2 ');
  });

  it('speaks Chinese in the Chinese UI', async () => {
    await seed();
    await renderPage('zh-CN');
    for (const heading of ['统计']) expect(screen.getByRole('heading', { level: 1, name: heading })).toBeTruthy();
    for (const heading of ['每周询盘数', '按地区', '按来源', '按有效等级的转化', '按成交金额划分客户']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(summary().textContent).toContain('本时间范围内的询盘：8');
    expect(row(dataTable('按地区', '查看数据表'), '北美')).toEqual(['2']);
    expect(row(dataTable('按来源', '查看数据表'), '中国制造网')).toEqual(['1']);
    expect(screen.getByRole('link', { name: /返回询盘历史/ }).getAttribute('href')).toBe('/inquiries.html');
  });

  it('shows the empty state for an empty history', async () => {
    render(<StatsPage store={localHistoryStore(db)} locale="en" now={NOW} />);
    expect(await screen.findByText(/No inquiries in the history yet/)).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.getByRole('link', { name: /Back to the history/ }).getAttribute('href')).toBe('/inquiries.html');
  });

  it('tells an empty period apart from an empty history', async () => {
    await save(VAGUE('paste', 'old'), at('2026-01-05T08:00:00Z'));
    render(<StatsPage store={localHistoryStore(db)} locale="en" now={NOW} />);
    await screen.findByRole('heading', { level: 2, name: 'Inquiries per week' });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '4w' } });
    expect(await screen.findByText(/No inquiries in this period/)).toBeTruthy();
  });

  it('notes that there are no won orders yet', async () => {
    await save(GULF, at('2026-03-17T10:00:00Z'));
    await renderPage();
    expect(within(section('Customers by won value')).getByText(/No won orders in this period yet/)).toBeTruthy();
  });

  it('shows the translated message when the history cannot be read', async () => {
    const store = { stats: () => Promise.reject(new HistoryError('quota')) };
    render(<StatsPage store={store} locale="zh-CN" now={NOW} />);
    expect((await screen.findByRole('alert')).textContent).toBe(t('zh-CN', 'store.quota'));
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});
