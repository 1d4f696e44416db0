// @vitest-environment happy-dom
/**
 * The options page's recalibration section: the rep sees which weights their outcomes moved and why,
 * can switch it off, reset it, and refit from the history; Save stores it with the other settings.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../components/OptionsForm';
import { RecalibrationSection } from '../../components/RecalibrationSection';
import { outcomesFromHistory } from '../../lib/fit/outcomes';
import type { OutcomeExample } from '../../lib/fit/recalibrate';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import { saveAnalysis, updateRecord } from '../../lib/history/repo';
import { makeInquiry } from '../../lib/inquiry';
import { DEFAULT_RECALIBRATION, DEFAULT_SETTINGS } from '../../lib/settings';

afterEach(cleanup);

/** Buyers on free mail who mostly became business: the shipped free-mail penalty does not fit this rep. */
function outcomes(n: number): OutcomeExample[] {
  return Array.from({ length: n }, (_, i) => {
    const buyer = i % 3 !== 0;
    return buyer
      ? { ids: ['domain.free-mail', 'domain.no-website', 'request.named', 'contact.no-signature'], outcome: i % 2 ? 'won' : 'replied' }
      : { ids: ['domain.company', 'contact.company-name', 'contact.landline', 'vague.generic-phrase'], outcome: 'no-reply' };
  });
}

const LEARNED = {
  ...DEFAULT_RECALIBRATION,
  baseline: 34,
  weights: { 'domain.free-mail': -3 },
  moves: [{ id: 'domain.free-mail', from: -8, to: -3, fired: 14, real: 9 }],
  used: 40,
  realBuyers: 22,
  fittedAt: '2026-11-20T10:00:00.000Z',
};

describe('recalibration on the options page', () => {
  it('shows which weights moved, by how much and why', () => {
    render(<RecalibrationSection value={LEARNED} locale="en" onChange={() => {}} />);
    const table = screen.getByRole('table', { name: 'Weights that moved' });
    const row = within(table).getByText('Written from free webmail; a company buyer usually has a company address.').closest('tr')!;
    expect(row.textContent).toContain('-8 → -3');
    expect(row.textContent).toContain('9 of 14 inquiries with this sign became business');
    expect(within(table).getByText('Starting point').closest('tr')!.textContent).toContain('→ 34');
    expect(screen.getByText(/Learned from 40 outcomes \(22 real buyers\) on 2026-11-20/)).toBeTruthy();
  });

  it('says it in Chinese too', () => {
    render(<RecalibrationSection value={LEARNED} locale="zh-CN" onChange={() => {}} />);
    expect(screen.getByText('带有此信号的 14 条询盘中有 9 条成了生意')).toBeTruthy();
    expect(screen.getByRole('button', { name: '恢复出厂权重' })).toBeTruthy();
  });

  it('switches off and resets, and Save stores it', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OptionsForm initial={{ ...DEFAULT_SETTINGS, recalibration: LEARNED }} locale="en" onSave={onSave} />);
    fireEvent.click(screen.getByLabelText('Use weights learned from my outcomes'));
    expect(screen.getByText('Switched off: the shipped weights are used.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the shipped weights' }));
    expect(screen.queryByRole('table', { name: 'Weights that moved' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].recalibration).toEqual({ ...DEFAULT_RECALIBRATION, enabled: false });
  });

  it('waits for enough outcomes, then refits from the history and shows the free-mail weight moving', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    let stored = outcomes(12);
    const { unmount } = render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={onSave} loadOutcomes={async () => stored} />);
    fireEvent.click(screen.getByRole('button', { name: 'Recalibrate now' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Needs at least 30 inquiries with an outcome; the history has 12.');
    stored = outcomes(240);
    fireEvent.click(screen.getByRole('button', { name: 'Recalibrate now' }));
    const table = await screen.findByRole('table', { name: 'Weights that moved' });
    const row = within(table).getByText('Written from free webmail; a company buyer usually has a company address.').closest('tr')!;
    expect(row.textContent).toMatch(/-8 → (-[0-7]\b|0)/);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = onSave.mock.calls[0]![0].recalibration;
    expect(saved.weights['domain.free-mail']).toBeGreaterThan(-8);
    expect(saved.used).toBe(240);
    unmount();
  });

  it('reads from the history only the inquiries with an outcome, with the signals their verdict showed', async () => {
    const db = new HistoryDb(`recal-${Math.random()}`);
    const won = makeInquiry({
      source: 'paste',
      id: 'a',
      from: { name: 'Ana', address: 'ana@gmail.com' },
      subject: 'price',
      body: 'How much for 50 pcs of the blue mugs? Ana',
    });
    const open = makeInquiry({ source: 'paste', id: 'b', from: { name: 'Bo', address: 'bo@example.com' }, subject: 'hello', body: 'Send your catalogue.' });
    const a = analyze(won);
    const record = await saveAnalysis(db, won, a);
    await saveAnalysis(db, open, analyze(open));
    await updateRecord(db, record.key, { outcome: 'won' });
    expect(await outcomesFromHistory(db)).toEqual([{ ids: a.signals.map((s) => s.id), outcome: 'won' }]);
    db.close();
  });
});
