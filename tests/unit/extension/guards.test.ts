import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { PanelToBackground } from '../../../lib/messages';
import { SAMPLES } from '../../fixtures/demo/samples';
import { verdictForReport } from '../../../lib/extension/read-report';
import { contentScriptTab, isExtensionPage } from '../../../lib/extension/senders';
import type { TabVerdict } from '../../../lib/extension/verdict';
import { TabVerdictShape, VerdictBroadcast } from '../../../lib/extension/verdict-schema';
import { fromPaste } from '../../../lib/sites';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const PANEL = { id: ID, url: `${BASE}sidepanel.html?tabId=4`, tab: { id: 9 } };
const GMAIL_SCRIPT = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/x', tab: { id: 4 }, frameId: 0 };

describe('who may ask the worker what', () => {
  it('panel requests come only from extension pages, not from a content script or another extension', () => {
    expect(isExtensionPage(PANEL, ID, BASE)).toBe(true);
    expect(isExtensionPage({ id: ID, url: `${BASE}background.js` }, ID, BASE)).toBe(true);
    expect(isExtensionPage(GMAIL_SCRIPT, ID, BASE)).toBe(false);
    expect(isExtensionPage({ ...PANEL, id: 'other-extension' }, ID, BASE)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${'x'.repeat(32)}/sidepanel.html` }, ID, BASE)).toBe(false);
    expect(isExtensionPage({ id: ID }, ID, BASE)).toBe(false);
  });

  it('a content script speaks only for the top frame of its own tab', () => {
    expect(contentScriptTab(GMAIL_SCRIPT, ID, BASE)).toBe(4);
    expect(contentScriptTab({ ...GMAIL_SCRIPT, frameId: 3 }, ID, BASE)).toBeUndefined();
    expect(contentScriptTab({ ...GMAIL_SCRIPT, tab: undefined }, ID, BASE)).toBeUndefined();
    // The side panel opened as a tab is not a content script of that tab.
    expect(contentScriptTab({ ...PANEL, frameId: 0 }, ID, BASE)).toBeUndefined();
  });
});

describe('a report the schema refuses', () => {
  const judged: TabVerdict = { status: 'no-message', site: 'gmail' };
  const judge = async () => judged;

  it('becomes a could-not-read verdict for that tab instead of leaving the last one on screen', async () => {
    const inquiry = { ...fromPaste('Please quote.'), source: 'gmail', id: '' };
    const v = await verdictForReport({ type: 'read', site: 'gmail', url: 'https://mail.google.com/', state: { status: 'ok', inquiry, via: 'gmail' } }, judge);
    expect(v).toMatchObject({ status: 'unreadable', site: 'gmail' });
    expect(v?.status === 'unreadable' && v.reason).toContain('state.inquiry.id');
  });

  it('is judged normally when it fits, and ignored when it is not a report at all', async () => {
    const state = { status: 'ok', inquiry: fromPaste('Please quote.'), via: 'paste' };
    expect(await verdictForReport({ type: 'read', site: 'gmail', url: 'https://mail.google.com/', state }, judge)).toBe(judged);
    expect(await verdictForReport({ type: 'get-state', tabId: 1 }, judge)).toBeUndefined();
  });
});

describe('the panel checks what it is told to show', () => {
  it('accepts a real verdict of each sample, and refuses forged ones', () => {
    for (const m of SAMPLES) {
      const inquiry = fromPaste(`From: ${m.fromName} <${m.fromAddress}>\nSubject: ${m.subject}\n\n${m.body}`);
      const verdict = { status: 'ready', site: 'gmail', inquiry, analysis: analyze(inquiry), at: 1 };
      const parsed = VerdictBroadcast.safeParse({ type: 'verdict', tabId: 3, verdict });
      expect(parsed.success, m.key).toBe(true);
      // New analysis fields survive the check (the objects are loose), so the panel shows all of it.
      expect(parsed.success && parsed.data.verdict.status === 'ready' && parsed.data.verdict.analysis).toEqual(verdict.analysis);
      expect(TabVerdictShape.safeParse({ ...verdict, analysis: { ...verdict.analysis, score: 900 } }).success).toBe(false);
      expect(TabVerdictShape.safeParse({ ...verdict, inquiry: { ...inquiry, subject: 's'.repeat(6000) } }).success).toBe(false);
    }
    expect(VerdictBroadcast.safeParse({ type: 'verdict', tabId: 3, verdict: { status: 'ready', site: 'gmail' } }).success).toBe(false);
  });
});

describe('what the worker will carry into a page for the panel', () => {
  it('takes a reply of reasonable length for one tab, and refuses an over-long text or a missing tab', () => {
    expect(PanelToBackground.safeParse({ type: 'insert-reply', tabId: 4, text: 'Dear Mark,' }).success).toBe(true);
    expect(PanelToBackground.safeParse({ type: 'insert-reply', tabId: 4, text: 'x'.repeat(100_001) }).success).toBe(false);
    expect(PanelToBackground.safeParse({ type: 'insert-reply', text: 'Dear Mark,' }).success).toBe(false);
    expect(PanelToBackground.safeParse({ type: 'reread', tabId: 4 }).success).toBe(false);
  });
});
