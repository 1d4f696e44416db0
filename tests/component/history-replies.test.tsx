// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/react';
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
import type { Settings } from '../../lib/settings';
import type { GlossedReply } from '../../lib/templates';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { VAGUE_MAIL } from './fixtures';

/**
 * Issue 11: the history detail shows the replies of a stored inquiry, as the panel offers them when the
 * mail is open: the recommended one first, every kind to choose from, Copy, and the Chinese gloss.
 */
const NOW = Date.UTC(2026, 2, 10, 9, 0);

const RFQ: InquiryInput = {
  source: 'gmail',
  id: 'rfq',
  from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
  subject: 'RFQ LED tubes',
  body: 'We are an electrical distributor. Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We will pay for 2 samples.\n\nBest regards,\nMark Delaney\nProduct Manager\nHarborline Electric Supply, Inc.\n2250 Commerce Park Dr, Toledo, OH 43612, USA\nTel: +1 419 555 0182\nwww.harborline-electric.example',
};
const VAGUE: InquiryInput = { source: 'outlook', id: 'vague', ...VAGUE_MAIL };

let db: HistoryDb;
let store: HistoryStore;
let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  db = new HistoryDb(`t-${Math.random()}`);
  store = localHistoryStore(db, () => new Date(NOW));
  writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

async function seed(input: InquiryInput, settings: Settings = DEFAULT_SETTINGS): Promise<HistoryRecord> {
  const inquiry = makeInquiry(input);
  return saveAnalysis(db, inquiry, analyze(inquiry, { settings }), NOW);
}

/** Opens the inquiry whose subject reads `subject` and returns its detail. */
async function openDetail(subject: string, options: { locale?: Locale; settings?: Settings } = {}) {
  const locale = options.locale ?? 'en';
  render(
    <HistoryPage
      store={store}
      locale={locale}
      retentionDays={0}
      onSaveRetention={async () => {}}
      {...(options.settings ? { settings: options.settings } : {})}
    />,
  );
  const row = await vi.waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.il-history-row[data-key]')].find((r) => r.textContent?.includes(subject));
    if (!found) throw new Error(`no row for ${subject}`);
    return found;
  });
  fireEvent.click(within(row).getByRole('button'));
  // The pane beside the list (the list is also called 询盘 in Chinese).
  const detail = within(await vi.waitFor(() => document.querySelector<HTMLElement>('.il-history-detailpane')!));
  await detail.findByRole('heading', { level: 2, name: subject });
  return detail;
}

async function writeReplies(detail: ReturnType<typeof within>, locale: Locale = 'en') {
  fireEvent.click(detail.getByRole('button', { name: t(locale, 'history.showReplies') }));
  return (await detail.findByRole('combobox', { name: t(locale, 'reply.choose') })) as HTMLSelectElement;
}

describe('replies in the history detail', () => {
  it('writes the replies the panel offered when the rep asks, recommended first, and copies the exact text', async () => {
    await seed(RFQ);
    const panel = analyze(makeInquiry(RFQ));
    const detail = await openDetail('RFQ LED tubes');
    // Under the inquiry like its other sections, and written only when asked.
    expect(detail.getByRole('heading', { name: 'Reply' }).tagName).toBe('H3');
    expect(detail.queryByRole('combobox', { name: 'Reply type' })).toBeNull();

    const choose = await writeReplies(detail);
    // One heading for the replies, the page's h3, and it names their section (no second, hidden h2).
    expect(detail.getAllByRole('heading', { name: 'Reply' }).map((h) => h.tagName)).toEqual(['H3']);
    expect(detail.getByRole('region', { name: 'Reply' }).contains(choose)).toBe(true);
    // The choice of reply takes the focus from the button that is gone.
    expect(document.activeElement).toBe(choose);
    const recommended = panel.replies.find((r) => r.recommended)!;
    expect(choose.value).toBe(recommended.kind);
    // Every kind the panel offers, the recommended one first and marked.
    expect([...choose.options].map((o) => o.value).sort()).toEqual(panel.replies.map((r) => r.kind).sort());
    expect(choose.options[0]!.value).toBe(recommended.kind);
    expect(choose.options[0]!.textContent).toContain('★ Recommended');
    const body = detail.getByRole('textbox', { name: t('en', `reply.${recommended.kind}`) }) as HTMLTextAreaElement;
    expect(body.value).toBe(recommended.body);
    expect(body.value).toContain('Mark');
    expect(detail.getByText(recommended.subject)).toBeTruthy();

    fireEvent.change(choose, { target: { value: 'decline' } });
    const decline = panel.replies.find((r) => r.kind === 'decline')!;
    fireEvent.click(detail.getByRole('button', { name: 'Copy' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(`${decline.subject}\n\n${decline.body}`));
    expect(await detail.findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('signs with the rep’s current settings and recommends what the stored verdict calls for', async () => {
    const stored = await seed(VAGUE);
    // The verdict as the record keeps it decides, even where the analyzer would judge the message differently today.
    await putRecords(db, [{ ...stored, verdict: { ...stored.verdict, risk: true, band: 'low', advice: 'decline' } }]);
    const settings: Settings = { ...DEFAULT_SETTINGS, signature: 'Cindy Wu\nSales Manager, Brightway Lighting' };
    const detail = await openDetail('Inquiry', { settings });
    const choose = await writeReplies(detail);
    expect(choose.value).toBe('decline');
    const body = detail.getByRole('textbox', { name: 'Polite decline' }) as HTMLTextAreaElement;
    expect(body.value).toContain('Cindy Wu\nSales Manager, Brightway Lighting');
  });

  it('reads in Chinese for a Chinese UI, with the Chinese gloss beside an English reply that Copy takes as it is', async () => {
    await seed(RFQ);
    const panel = analyze(makeInquiry(RFQ));
    const recommended = panel.replies.find((r) => r.recommended)! as GlossedReply;
    const detail = await openDetail('RFQ LED tubes', { locale: 'zh-CN' });
    expect(detail.getByRole('heading', { name: '回复' }).tagName).toBe('H3');
    expect(detail.getByText(t('zh-CN', 'history.repliesHint'))).toBeTruthy();
    const choose = await writeReplies(detail, 'zh-CN');
    expect(within(choose).getByRole('option', { name: /带图片的报价/ })).toBeTruthy();
    expect(within(choose).getByRole('option', { name: /礼貌拒绝/ })).toBeTruthy();
    expect(choose.selectedOptions[0]!.textContent).toContain('★ 推荐');
    // What the reply says, in Chinese, as the panel glosses it.
    const gloss = detail.getByText('中文对照（仅供你理解，不会被复制或插入）').closest('details')!;
    expect(gloss.querySelector('.il-gloss-body')!.textContent).toBe(recommended.gloss.body);
    expect(recommended.gloss.body).toMatch(/[\u4e00-\u9fff]/);
    fireEvent.click(detail.getByRole('button', { name: '复制' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(`${recommended.subject}\n\n${recommended.body}`));
    expect(await detail.findByRole('button', { name: '已复制' })).toBeTruthy();
  });

  it('starts closed again for the next inquiry', async () => {
    await seed(RFQ);
    await seed(VAGUE);
    const detail = await openDetail('RFQ LED tubes');
    await writeReplies(detail);
    const vague = [...document.querySelectorAll<HTMLElement>('.il-history-row[data-key]')].find((r) => r.dataset.key === 'outlook:vague')!;
    fireEvent.click(within(vague).getByRole('button'));
    const next = within(document.querySelector<HTMLElement>('.il-history-detailpane')!);
    await next.findByRole('heading', { level: 2, name: 'Inquiry' });
    expect(next.getByRole('button', { name: 'Write the replies' })).toBeTruthy();
    expect(next.queryByRole('combobox', { name: 'Reply type' })).toBeNull();
  });
});
