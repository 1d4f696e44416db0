// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTabVerdict } from '../../components/useTabVerdict';
import type { TabVerdict } from '../../lib/extension/verdict';
import { makeInquiry } from '../../lib/inquiry';
import { GENUINE, SCAM } from './fixtures';

const inquiry = (id: string) =>
  makeInquiry({ source: 'gmail', id, from: { name: 'Mark', address: 'mark@harborline.example' }, subject: `Mail ${id}`, body: 'Hi' });
const ready = (id: string, analysis = GENUINE): TabVerdict => ({ status: 'ready', site: 'gmail', inquiry: inquiry(id), analysis, at: 1 });

/** What the rep sees of the hook: the verdict's status and subject, or its reason. */
function Probe({ tabId, url }: { tabId?: number; url?: string }) {
  const { verdict, paste, analyzePage } = useTabVerdict(tabId, url);
  const line = !verdict
    ? 'none'
    : verdict.status === 'ready'
      ? `ready: ${verdict.inquiry.subject} (${verdict.analysis.band})`
      : verdict.status === 'unreadable'
        ? `unreadable: ${verdict.reason}`
        : verdict.status;
  return (
    <div>
      <p data-testid="v">{line}</p>
      <button onClick={() => paste('Please quote 500 pcs of HT-2210')}>paste</button>
      <button onClick={analyzePage}>page</button>
    </div>
  );
}

const OWN = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/background.js` };
const shown = () => screen.getByTestId('v').textContent;
let sent: unknown[];

beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const msg = raw as { type: string; tabId: number };
    sent.push(msg);
    if (msg.type === 'get-state') return msg.tabId === 1 ? ready('a') : null;
    if (msg.type === 'analyze-text') return ready('pasted', SCAM);
    return { status: 'error', code: 'page-blocked', message: 'Cannot access contents of the page' };
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the verdict of the tab on screen', () => {
  it('shows the tab’s verdict, then the worker’s newer one for that tab only', async () => {
    render(<Probe tabId={1} />);
    await vi.waitFor(() => expect(shown()).toBe('ready: Mail a (high)'));
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'verdict', tabId: 2, verdict: ready('other') }, OWN));
    expect(shown()).toBe('ready: Mail a (high)');
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'verdict', tabId: 1, verdict: ready('b') }, OWN));
    expect(shown()).toBe('ready: Mail b (high)');
  });

  it('does not listen to a web page claiming to be the worker', async () => {
    render(<Probe tabId={1} />);
    await vi.waitFor(() => expect(shown()).toBe('ready: Mail a (high)'));
    // A content script's message carries the page's address (and its tab); the worker's carries the extension's.
    const page = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/' };
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'verdict', tabId: 1, verdict: ready('forged', SCAM) }, page));
    expect(shown()).toBe('ready: Mail a (high)');
  });

  it('says a damaged verdict could not be shown, naming the field, instead of showing it or keeping the last one', async () => {
    render(<Probe tabId={1} />);
    await vi.waitFor(() => expect(shown()).toBe('ready: Mail a (high)'));
    const damaged = { ...ready('c'), analysis: { ...GENUINE, score: 'high' } };
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'verdict', tabId: 1, verdict: damaged }, OWN));
    expect(shown()).toBe('unreadable: The verdict could not be shown (analysis.score).');
  });

  it('judges pasted text and reads the page on request, asking for that site only', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<Probe tabId={3} url="https://crm.example/leads/7" />);
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'get-state', tabId: 3 }));
    expect(shown()).toBe('none');
    await act(async () => screen.getByText('paste').click());
    await vi.waitFor(() => expect(shown()).toBe('ready: Mail pasted (low)'));
    expect(sent).toContainEqual({ type: 'analyze-text', tabId: 3, text: 'Please quote 500 pcs of HT-2210' });
    await act(async () => screen.getByText('page').click());
    await vi.waitFor(() => expect(shown()).toBe('error'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example/*'] });
  });
});
