// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatsPage } from '../../components/stats';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import { putRecords, saveAnalysis } from '../../lib/history/repo';
import { localHistoryStore } from '../../lib/history/store';
import { t } from '../../lib/i18n';
import { makeInquiry } from '../../lib/inquiry';

// Stands for a chart meeting values it cannot draw: it throws while rendering.
const chartFails = { weekly: false };
vi.mock('../../components/stats/WeeklyChart', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../components/stats/WeeklyChart')>();
  return {
    ...real,
    WeeklyChart: (props: Parameters<typeof real.WeeklyChart>[0]) => {
      if (chartFails.weekly) throw new Error('cannot draw this chart');
      return real.WeeklyChart(props);
    },
  };
});

const NOW = new Date('2026-03-18T12:00:00Z');
let db: HistoryDb;

beforeEach(async () => {
  chartFails.weekly = false;
  db = new HistoryDb(`stats-damaged-${Math.random()}`);
  await db.open();
  const inquiry = makeInquiry({
    source: 'gmail',
    id: 'a',
    from: { name: 'Mark', address: 'mark@harborline-electric.example' },
    subject: 'RFQ',
    body: 'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen.',
  });
  const good = await saveAnalysis(db, inquiry, analyze(inquiry), Date.parse('2026-03-16T09:00:00Z'));
  // What an import accepted before dates were checked: no browser can show 9e15 ms as a date.
  await putRecords(db, [{ ...good, key: 'gmail:hostile', inquiry: { ...good.inquiry, id: 'hostile' }, firstSeen: 9e15, analyzedAt: 9e15, updatedAt: 9e15 }]);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('statistics page with records it cannot show', () => {
  it('counts the readable inquiries over all time and leaves out a record whose date is no date', async () => {
    render(<StatsPage store={localHistoryStore(db)} locale="en" now={NOW} />);
    await screen.findByRole('heading', { level: 2, name: 'Inquiries per week' });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'all' } });
    expect(await screen.findByText(/Inquiries in this period: 1 /)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces a chart that fails to draw with a translated note and still shows the others', async () => {
    chartFails.weekly = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<StatsPage store={localHistoryStore(db)} locale="zh-CN" now={NOW} />);
    expect(await screen.findByText(t('zh-CN', 'stats.chartFailed'))).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: t('zh-CN', 'stats.title') })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '按来源' })).toBeTruthy();
  });
});
