import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { loadSettings, saveSettings, watchSettings } from '../../../lib/browser/settings-store';
import type { SidebarActionApi, SidePanelApi } from '../../../lib/extension/panel-opener';
import type { Reply } from '../../../lib/extension/protocol';
import { ask } from '../../../lib/extension/protocol';
import { VerdictBroadcast } from '../../../lib/extension/verdict-schema';
import type { WorkerBrowser } from '../../../lib/extension/worker-service';
import { MENU_SELECTION, startWorker } from '../../../lib/extension/worker-service';
import { analyze } from '../../../lib/analyze';
import { HistoryDb } from '../../../lib/history/db';
import { saveAnalysis } from '../../../lib/history/repo';
import type { Settings } from '../../../lib/settings';
import { fromPaste, fromSelection } from '../../../lib/sites';
import { GENUINE, gmailReport, mailText, SCAM, VAGUE } from './reports';

type MenuListener = Parameters<typeof browser.contextMenus.onClicked.addListener>[0];

const ID = fakeBrowser.runtime.id;
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html?tabId=1` };
const contentScriptOf = (tabId: number, frameId = 0) => ({ id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId }, frameId });

let dbCount = 0;
let menuClicks: MenuListener[];
let menusCreated: Array<{ id?: string | number; title?: string }>;
let toPanel: Array<z.infer<typeof VerdictBroadcast>>;

beforeEach(() => {
  menuClicks = [];
  menusCreated = [];
  toPanel = [];
  // fakeBrowser has no context menus, UI language or page scripting: the tests play the browser's part.
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void menuClicks.push(l));
  vi.spyOn(browser.contextMenus, 'create').mockImplementation((p) => {
    menusCreated.push(p);
    return p.id ?? 0;
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
  // What the open panel hears, checked as the panel checks it.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg) => void toPanel.push(VerdictBroadcast.parse(msg)));
});

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

interface Started {
  history: HistoryDb;
  sidePanel: SidePanelApi;
  /** Waits for everything the worker started, including work that outlives its event. */
  settle(): Promise<void>;
}

async function start(opts: { settings?: Partial<Settings>; browser?: Partial<WorkerBrowser>; history?: HistoryDb; now?: () => number } = {}): Promise<Started> {
  if (opts.settings) await fakeBrowser.storage.local.set({ settings: opts.settings });
  const history = opts.history ?? new HistoryDb(`worker-service-${++dbCount}`);
  const sidePanel = { open: vi.fn(async () => undefined), setPanelBehavior: vi.fn(async () => undefined) };
  const pending: Promise<unknown>[] = [];
  startWorker({
    browser: { ...browser, sidePanel, ...opts.browser },
    history,
    settings: { load: () => loadSettings().then((s) => s.settings), watch: watchSettings, save: saveSettings },
    now: opts.now,
    // Memory never has to wait here: the verdict-flow tests cover a late memory.
    sleep: async () => undefined,
    detach: (work) => void pending.push(work),
  });
  const settle = async () => {
    while (pending.length) await Promise.all(pending.splice(0));
  };
  await settle();
  return { history, sidePanel, settle };
}

/** What the worker answers a message from `sender` (only the worker listens in these tests). */
async function send(msg: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
  return answers.find((a) => a !== undefined);
}

/** A request from the side panel, answered as the panel would accept it. */
const fromPanel = <K extends Parameters<typeof ask>[1]['type']>(req: Parameters<typeof ask<K>>[1]) => ask((msg) => send(msg, PANEL), req);
const shown = (tabId: number) => fromPanel({ type: 'get-state', tabId });
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const ready = (v: Reply<'get-state'> | undefined) => {
  if (v?.status !== 'ready') throw new Error(`expected a judged inquiry, got ${JSON.stringify(v)}`);
  return v;
};

describe('a message the rep opens', () => {
  it('is judged for its own tab: the verdict on the panel, the badge, and a record in the history', async () => {
    const w = await start();
    await send(gmailReport(GENUINE), contentScriptOf(4));
    await send(gmailReport(SCAM), contentScriptOf(5));

    expect(ready(await shown(4)).inquiry.subject).toBe(GENUINE.subject);
    expect(ready(await shown(4)).analysis.band).toBe('high');
    expect(ready(await shown(5)).analysis.risk).toBe(true);
    expect(await badge(4)).toBe('HI');
    expect(await badge(5)).toBe('!');
    expect(toPanel.filter((m) => m.tabId === 4).map((m) => m.verdict.status)).toEqual(['ready']);
    expect((await w.history.inquiries.get(`gmail:${GENUINE.id}`))?.verdict.band).toBe('high');
    expect((await w.history.inquiries.get(`gmail:${SCAM.id}`))?.verdict.risk).toBe(true);
  });

  it('replaces the last verdict with "could not read" when the report does not fit, instead of leaving the previous mail on screen', async () => {
    await start();
    await send(gmailReport(GENUINE), contentScriptOf(4));
    const padded = gmailReport(VAGUE);
    padded.state.inquiry.subject = 's'.repeat(6000);
    await send(padded, contentScriptOf(4));

    expect(await shown(4)).toMatchObject({ status: 'unreadable', site: 'gmail' });
    expect(await badge(4)).toBe('');
  });

  it('is still shown when the history cannot save it, and the panel is told why', async () => {
    const w = await start();
    w.history.close();
    await send(gmailReport(VAGUE), contentScriptOf(4));

    const v = ready(await shown(4));
    expect(v.analysis.band).toBe('low');
    expect(v.historyProblem).toBe('closed');
    expect(await badge(4)).toBe('LOW');
    // The verdict went out before the write, then again with the problem.
    expect(toPanel.map((m) => m.verdict.status === 'ready' && m.verdict.historyProblem)).toEqual([undefined, 'closed']);
  });
});

describe('a slow verdict', () => {
  it('does not replace the verdict of text the rep pasted after asking for it', async () => {
    await start();
    let pageRead!: () => void;
    vi.mocked(fakeBrowser.scripting.executeScript)
      .mockImplementationOnce(() => new Promise((resolve) => (pageRead = () => resolve([]))))
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: { status: 'ok', via: 'page', inquiry: fromSelection(SCAM.body) } }]);

    const page = fromPanel({ type: 'analyze-page', tabId: 6 });
    await fromPanel({ type: 'analyze-text', tabId: 6, text: mailText(GENUINE) });
    pageRead();
    expect(ready(await page).analysis.risk).toBe(true);

    expect(ready(await shown(6)).inquiry.subject).toBe(GENUINE.subject);
    expect(await badge(6)).toBe('HI');
  });
});

describe('the selection menu', () => {
  it('analyses the selected text for the tab it was used in, opening the panel inside the click', async () => {
    const w = await start();
    const tab = await browser.tabs.create({ url: 'https://forum.example/thread/1' });
    menuClicks[0]!({ menuItemId: MENU_SELECTION, selectionText: SCAM.body, editable: false, pageUrl: tab.url! }, tab);
    // Before anything is awaited: the browser opens the panel only inside the rep's gesture.
    expect(w.sidePanel.open).toHaveBeenCalledWith({ tabId: tab.id });
    await w.settle();

    const v = ready(await shown(tab.id!));
    expect(v.analysis.risk).toBe(true);
    expect(v.analysis.sample.advice).toBe('decline');
    expect(await badge(tab.id!)).toBe('!');
    const saved = await w.history.inquiries.toArray();
    expect(saved.map((r) => [r.inquiry.source, r.verdict.risk])).toEqual([['page', true]]);
  });

  it('does nothing for another menu item or without a selection', async () => {
    const w = await start();
    const tab = await browser.tabs.create({ url: 'https://forum.example/thread/1' });
    menuClicks[0]!({ menuItemId: 'someone-else', selectionText: SCAM.body, editable: false, pageUrl: tab.url! }, tab);
    menuClicks[0]!({ menuItemId: MENU_SELECTION, editable: false, pageUrl: tab.url! }, tab);
    await w.settle();

    expect(await shown(tab.id!)).toBeNull();
    expect(w.sidePanel.open).not.toHaveBeenCalled();
  });

  it('is titled in the rep’s language', async () => {
    const w = await start({ settings: { uiLanguage: 'zh-CN' } });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await w.settle();
    expect(menusCreated).toEqual([{ id: MENU_SELECTION, title: '用 InquiryLens 分析所选文字', contexts: ['selection'] }]);
  });

  it('is retitled when the rep switches language', async () => {
    const updated: Array<{ id: string | number; title?: string }> = [];
    vi.spyOn(browser.contextMenus, 'update').mockImplementation(async (id, p) => void updated.push({ id, title: p.title }));
    const w = await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await w.settle();
    await saveSettings({ ...(await loadSettings()).settings, uiLanguage: 'zh-CN' });
    await vi.waitFor(() => expect(updated).toEqual([{ id: MENU_SELECTION, title: '用 InquiryLens 分析所选文字' }]));
  });

  it('follows the browser’s language when the rep chose none', async () => {
    const w = await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await w.settle();
    expect(menusCreated.map((m) => m.title)).toEqual(['Analyse selected text with InquiryLens']);
  });
});

describe('the toolbar button', () => {
  it('opens Chrome’s side panel for the tab inside the click, not Chrome’s own way (which would not grant the page)', async () => {
    const w = await start();
    expect(w.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    const tab = await browser.tabs.create({ url: 'https://crm.example/leads' });
    void fakeBrowser.action.onClicked.trigger(tab, undefined);
    expect(w.sidePanel.open).toHaveBeenCalledWith({ tabId: tab.id });
  });

  it('opens Firefox’s sidebar where there is no side panel', async () => {
    const sidebarAction: SidebarActionApi = { open: vi.fn(async () => undefined) };
    await start({ browser: { sidePanel: undefined, sidebarAction } });
    void fakeBrowser.action.onClicked.trigger(await browser.tabs.create({ url: 'https://crm.example/leads' }), undefined);
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
  });
});

describe('a tab', () => {
  it('that starts loading a page we cannot see loses its verdict and badge; one whose address we see keeps it until its script reports', async () => {
    const w = await start();
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await send(gmailReport(GENUINE), contentScriptOf(tab.id!));
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading', url: 'https://mail.google.com/mail/u/0/#inbox' }, tab);
    await w.settle();
    expect(ready(await shown(tab.id!)).inquiry.subject).toBe(GENUINE.subject);

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await w.settle();
    expect(await shown(tab.id!)).toBeNull();
    expect(await badge(tab.id!)).toBe('');
    expect(toPanel.at(-1)).toEqual({ type: 'verdict', tabId: tab.id, verdict: { status: 'unsupported', url: '' } });
  });

  it('that is closed takes its verdict with it', async () => {
    const w = await start();
    await send(gmailReport(GENUINE), contentScriptOf(4));
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 0, isWindowClosing: false });
    await w.settle();
    expect(await shown(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('who may ask the worker', () => {
  it('a content script reports only for its own top frame, and cannot read verdicts or have text judged', async () => {
    const w = await start();
    await send(gmailReport(GENUINE), contentScriptOf(4));
    expect(await send(gmailReport(SCAM), contentScriptOf(4, 2))).toBeUndefined();
    expect(await send({ type: 'get-state', tabId: 4 }, contentScriptOf(5))).toBeUndefined();
    expect(await send({ type: 'analyze-text', tabId: 4, text: mailText(SCAM) }, contentScriptOf(4))).toBeUndefined();
    await w.settle();

    expect(ready(await shown(4)).inquiry.subject).toBe(GENUINE.subject);
    expect(await w.history.inquiries.count()).toBe(1);
  });
});

describe('retention', () => {
  const DAY = 86_400_000;
  const oldRecord = (history: HistoryDb, text: string, at: number) => {
    const inquiry = fromPaste(text);
    return saveAnalysis(history, inquiry, analyze(inquiry), at).then((r) => r.key);
  };

  it('forgets inquiries past the rep’s limit when the worker starts, and after a save once an hour has passed', async () => {
    let clock = Date.now();
    const history = new HistoryDb(`worker-service-${++dbCount}`);
    const first = await oldRecord(history, mailText(VAGUE), clock - 40 * DAY);
    const w = await start({ settings: { historyRetentionDays: 30 }, history, now: () => clock });
    expect(await history.inquiries.get(first)).toBeUndefined();

    const second = await oldRecord(history, mailText(SCAM), clock - 40 * DAY);
    await send(gmailReport(GENUINE), contentScriptOf(4));
    await w.settle();
    // Not on every save: the next pass is an hour after the last.
    expect(await history.inquiries.get(second)).toBeDefined();

    clock += 3_600_000;
    await send(gmailReport(VAGUE), contentScriptOf(4));
    await w.settle();
    expect(await history.inquiries.get(second)).toBeUndefined();
    expect(await history.inquiries.get(`gmail:${GENUINE.id}`)).toBeDefined();
  });
});
