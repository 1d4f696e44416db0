// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureShape, shapeFileName } from '../../components/CaptureShape';
import type { ShapeResult } from '../../lib/messages';

afterEach(cleanup);

// What a censored capture looks like: markup the panel must show as characters, never as elements.
const SHAPE =
  '<!doctype html>\n<!-- InquiryLens page shape: 3 elements -->\n<html><body><div class="adn ads" onclick="x"><span class="gD" email="x.xxxxxxx@xxxxxxx.xxx">Xxxxx Xxxxxxx</span><script>alert(1)</script></div></body></html>';
const NOW = () => new Date(2026, 10, 30, 9, 15);
const ok = (): Promise<ShapeResult> => Promise.resolve({ ok: true, capture: { html: SHAPE, elements: 3, cut: null, scope: 'page' } });

describe('saving the page shape for a bug report', () => {
  it('shows exactly what will be saved, as text in a scrollable, focusable region, then saves it as a file named by site and date', async () => {
    const download = vi.fn();
    const { container } = render(<CaptureShape locale="en" site="gmail" available prominent onCapture={ok} download={download} now={NOW} />);
    expect(screen.getByText('Report a reading problem')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show what would be saved' }));
    const preview = await screen.findByRole('region', { name: 'Censored page structure that will be saved' });
    expect(preview.textContent).toBe(SHAPE);
    expect(preview.tabIndex).toBe(0);
    expect(preview.style.overflow).toBe('auto');
    // Shown as characters: none of the captured markup became part of the panel.
    expect(container.querySelector('.adn, .gD, script, [onclick]')).toBeNull();
    expect(screen.getByText(/3 elements, 1 KB, to be saved as inquirylens-page-shape-gmail-2026-11-30\.html\./)).toBeTruthy();
    expect(download).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(download).toHaveBeenCalledWith('inquirylens-page-shape-gmail-2026-11-30.html', SHAPE);
    expect(screen.getByRole('status').textContent).toBe(
      'Saved as inquirylens-page-shape-gmail-2026-11-30.html in your downloads. Attach it to your bug report.',
    );
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('discards the preview without saving', async () => {
    const download = vi.fn();
    render(<CaptureShape locale="en" site="outlook" available prominent onCapture={ok} download={download} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show what would be saved' }));
    await screen.findByRole('region');
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(download).not.toHaveBeenCalled();
  });

  it('says when the copy was cut short, or holds only the reading pane', async () => {
    render(
      <CaptureShape
        locale="en"
        site="gmail"
        available
        prominent
        onCapture={() => Promise.resolve({ ok: true, capture: { html: SHAPE, elements: 40000, cut: 'elements', scope: 'page' } })}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show what would be saved' }));
    expect((await screen.findByText(/40,000 elements/)).textContent).toContain('the copy stops early');
    cleanup();
    render(
      <CaptureShape
        locale="en"
        site="gmail"
        available
        prominent
        onCapture={() => Promise.resolve({ ok: true, capture: { html: SHAPE, elements: 120, cut: null, scope: 'pane' } })}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show what would be saved' }));
    const note = (await screen.findByText(/120 elements/)).textContent;
    expect(note).toContain('only its reading pane was copied');
    expect(note).not.toContain('stops early');
  });

  it('says the page cannot be copied where no content script runs, without asking the worker', () => {
    const onCapture = vi.fn(ok);
    render(<CaptureShape locale="en" site="page" available={false} prominent onCapture={onCapture} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show what would be saved' }));
    expect(screen.getByRole('status').textContent).toMatch(/^This page’s structure cannot be copied: InquiryLens copies it only on Gmail, Outlook/);
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('says so when the page gives no copy, in Chinese too', async () => {
    render(<CaptureShape locale="zh-CN" site="gmail" available prominent onCapture={() => Promise.resolve({ ok: false, reason: 'refused' })} />);
    expect(screen.getByText('报告读取问题')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '查看将要保存的内容' }));
    expect((await screen.findByText('页面没有返回副本。请刷新页面后重试。')).getAttribute('role')).toBe('status');
  });

  it('is one click away, closed, when the page was read', () => {
    const { container } = render(<CaptureShape locale="en" site="gmail" available onCapture={ok} />);
    expect(container.querySelector('details')?.open).toBe(false);
  });

  it('names the file by site and date only, whatever the site id holds', () => {
    expect(shapeFileName('made-in-china', NOW())).toBe('inquirylens-page-shape-made-in-china-2026-11-30.html');
    expect(shapeFileName('../../etc', NOW())).toBe('inquirylens-page-shape-etc-2026-11-30.html');
  });
});
