// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerdictPanel } from '../../components/VerdictPanel';
import { HistoryPage } from '../../components/history';
import { csvLabels } from '../../components/history/text';
import { StatsPage } from '../../components/stats';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import { saveAnalysis } from '../../lib/history/repo';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { InquirySource, makeInquiry } from '../../lib/inquiry';

/**
 * One set of names for where an inquiry was read (lib/i18n `source.<site id>`): the history's filter, list
 * and detail, its spreadsheet, the statistics and the panel all say the same, in English and Chinese.
 */
const NOW = new Date('2026-03-18T12:00:00Z');
const OUTLOOK = makeInquiry({
  source: 'outlook',
  id: 'o1',
  from: { name: 'Ahmed', address: 'ahmed786@gmail.com' },
  subject: 'Inquiry',
  body: 'Dear Sir, we are interested in your products. Please send catalog and best price list.',
});
/** The element once the page has drawn it. */
const drawn = (selector: string): Promise<HTMLElement> =>
  vi.waitFor(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`${selector} not drawn yet`);
    return el;
  });
const NAMES: Record<Locale, string> = { en: 'Outlook on the web', 'zh-CN': 'Outlook 网页版' };

let db: HistoryDb;
beforeEach(async () => {
  db = new HistoryDb(`t-${Math.random()}`);
  await saveAnalysis(db, OUTLOOK, analyze(OUTLOOK), NOW.getTime() - 86_400_000);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

describe('names of sources', () => {
  it('names every source an inquiry can have, in both languages', () => {
    for (const id of InquirySource.options) {
      expect(t('en', `source.${id}`), id).not.toBe(`source.${id}`);
      expect(t('zh-CN', `source.${id}`), id).not.toBe(`source.${id}`);
    }
    expect(t('zh-CN', 'source.paste')).toBe('粘贴的文本');
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`says the same in the history, its spreadsheet, the statistics and the panel (${locale})`, async () => {
      const name = NAMES[locale];
      const store = localHistoryStore(db, () => NOW);
      render(<HistoryPage store={store} locale={locale} retentionDays={0} onSaveRetention={async () => {}} />);
      const filter = (await screen.findByLabelText(t(locale, 'history.source'))) as HTMLSelectElement;
      expect([...filter.options].map((o) => o.textContent)).toContain(name);
      const row = await drawn('.il-history-row[data-key="outlook:o1"]');
      fireEvent.click(within(row).getByRole('button'));
      const detail = within(await drawn('.il-history-detailpane'));
      const readFrom = (await detail.findByText(t(locale, 'history.source'), { selector: 'dt' })).nextElementSibling;
      expect(readFrom?.textContent).toBe(name);
      expect(csvLabels(locale).value!('source', 'outlook')).toBe(name);
      cleanup();

      render(<StatsPage store={store} locale={locale} now={NOW} />);
      const bySource = await screen.findByRole('table', { name: t(locale, 'stats.source') });
      expect(within(bySource).getByRole('rowheader', { name }).textContent).toBe(name);
      cleanup();

      render(<VerdictPanel analysis={analyze(OUTLOOK)} inquiry={{ subject: OUTLOOK.subject, from: 'Ahmed', source: 'outlook' }} locale={locale} />);
      expect(document.querySelector('.il-source')?.textContent).toBe(name);
    });
  }
});
