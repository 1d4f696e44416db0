import '../lib/browser/setup';
import { localeOf } from '../lib/browser/locale';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, saveSettings, watchSettings } from '../lib/browser/settings-store';
import { runPageAction } from '../lib/extension/page-actions';
import { judgeRead } from '../lib/extension/judge';
import { HistoryDb } from '../lib/history/db';
import { digestView } from '../lib/history/digest-store';
import { memoryFor } from '../lib/history/memory';
import { problemOf } from '../lib/history/errors';
import { applyRetention, saveAnalysis, updateRecord } from '../lib/history/repo';
import type { SignalHit } from '../lib/signals/types';
import { effectiveWeights } from '../lib/weights';
import type { SessionArea } from '../lib/extension/tab-verdicts';
import { TabVerdicts } from '../lib/extension/tab-verdicts';
import type { TabVerdict } from '../lib/extension/verdict';
import { badgeFor } from '../lib/extension/verdict';
import type { ReadState as ReadStateT } from '../lib/messages';
import { PanelToBackground, ReadEnvelope, ReadState } from '../lib/messages';
import { answerPanel, panelHandlers } from '../lib/extension/panel-requests';
import { verdictForReport } from '../lib/extension/read-report';
import { contentScriptTab, isExtensionPage } from '../lib/extension/senders';
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS, learnedWeights } from '../lib/settings';
import { autoRecalibrator } from '../lib/extension/auto-recalibrate';
import { outcomesFromHistory } from '../lib/fit/outcomes';
import { fromPaste, fromSelection } from '../lib/sites';
import { onlineWorker } from '../lib/online/worker';

const MENU_SELECTION = 'inquirylens-analyze-selection';
const MEMORY_WAIT_MS = 250;

type SidePanelApi = { setPanelBehavior(o: object): Promise<void>; open(o: { tabId: number }): Promise<void> };

export default defineBackground(() => {
  const verdicts = new TabVerdicts(browser.storage.session as unknown as SessionArea | undefined);
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = loadSettings()
    .then((s) => {
      settings = s.settings;
    })
    .catch(() => undefined);
  watchSettings((s) => {
    settings = s;
  });

  const history = new HistoryDb();
  // Opt-in checks of the sender's domain (issue 13): nothing is sent unless the rep turned them on and pressed "Check online".
  const online = onlineWorker(history);

  // The newest report per tab wins: a slow verdict for the message the rep just left must not
  // replace the one for the message now on screen.
  const latest = new Map<number, number>();
  const claim = (tabId: number) => {
    const n = (latest.get(tabId) ?? 0) + 1;
    latest.set(tabId, n);
    return () => latest.get(tabId) === n;
  };

  // Retention runs when the worker starts and then at most once an hour, after a save: a worker that
  // lives for minutes needs no alarm, and a rep who never opens mail has nothing new to forget.
  let retentionRanAt = 0;
  function forgetOld(): void {
    const days = settings.historyRetentionDays;
    if (!days || Date.now() - retentionRanAt < 3_600_000) return;
    retentionRanAt = Date.now();
    applyRetention(history, days).catch(() => undefined);
  }
  void ready.then(forgetOld);

  // The rep's outcomes recalibrate the weights once there are enough, off the verdict path.
  const outcomeRecorded = autoRecalibrator({ outcomes: () => outcomesFromHistory(history), settings: () => settings, save: saveSettings });
  void ready.then(() => outcomeRecorded());

  // A woken worker loads the history digest while the content script is still reading the page.
  void digestView(history).catch(() => undefined);

  /**
   * Judge with the rep's memory (the caller remembers the verdict once the panel has it, see `deliver`).
   * Memory never holds a verdict back: if it is not ready in MEMORY_WAIT_MS (a cold worker with a large
   * history), the verdict goes out without it and is judged again when it arrives.
   */
  async function judge(site: string, state: ReadStateT, tabId: number): Promise<TabVerdict> {
    const memory: Promise<SignalHit[]> =
      state.status === 'ok'
        ? memoryFor(history, state.inquiry, effectiveWeights(settings.weightOverrides, learnedWeights(settings).weights)).catch(() => [])
        : Promise.resolve([]);
    const quick = await Promise.race([memory, new Promise<undefined>((r) => setTimeout(r, MEMORY_WAIT_MS))]);
    const v = await online.withCached(judgeRead(site, state, settings, quick ?? []), settings, (hits) =>
      judgeRead(site, state, settings, [...(quick ?? []), ...hits]),
    );
    if (v.status !== 'ready') return v;
    if (quick === undefined) {
      void memory.then(async (hits) => {
        if (!hits.length) return;
        const late = await online.withCached(judgeRead(site, state, settings, hits), settings, (more) => judgeRead(site, state, settings, [...hits, ...more]));
        const shown = await verdicts.get(tabId);
        // Only if the rep is still on that message: a late verdict must not replace the next one.
        if (late.status === 'ready' && shown?.status === 'ready' && shown.inquiry.source === late.inquiry.source && shown.inquiry.id === late.inquiry.id)
          await publish(tabId, await remember(late));
      });
    }
    return v;
  }

  /**
   * The verdict goes to the panel first and into the history after: the rep waits for the judgement, not
   * for the disk. A failed write is published again with its reason; the stored history is untouched.
   */
  async function deliver(tabId: number, v: TabVerdict, current: () => boolean): Promise<TabVerdict> {
    if (current()) await publish(tabId, v);
    if (v.status !== 'ready') return v;
    const saved = await remember(v);
    if (saved !== v && current()) await publish(tabId, saved);
    return saved;
  }

  /** Returns the same verdict when it was saved, a copy carrying the problem when it could not be. */
  async function remember(v: TabVerdict & { status: 'ready' }): Promise<TabVerdict> {
    try {
      await saveAnalysis(history, v.inquiry, v.analysis);
      forgetOld();
      return v;
    } catch (err) {
      // The panel says why (full disk, blocked upgrade…); what was stored before is untouched.
      return { ...v, historyProblem: problemOf(err) };
    }
  }

  async function publish(tabId: number, v: TabVerdict): Promise<void> {
    await verdicts.set(tabId, v);
    const badge = badgeFor(v);
    try {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab closed while we were judging.
    }
    // Nobody listening (panel closed) is normal.
    browser.runtime.sendMessage({ type: 'verdict', tabId, verdict: v }).catch(() => undefined);
  }

  async function judgeText(tabId: number, text: string, source: 'paste' | 'page'): Promise<TabVerdict> {
    const current = claim(tabId);
    await ready;
    const inquiry = source === 'paste' ? fromPaste(text) : fromSelection(text);
    const parsed = ReadState.safeParse({ status: 'ok', inquiry, via: source });
    const v: TabVerdict = parsed.success
      ? await judge(source, parsed.data, tabId)
      : { status: 'unreadable', site: source, reason: 'The text could not be read.' };
    return deliver(tabId, v, current);
  }

  async function analyzePage(tabId: number): Promise<TabVerdict> {
    const current = claim(tabId);
    await ready;
    let v: TabVerdict;
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
      const [res] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => (globalThis as unknown as { __inquiryLensPage?: unknown }).__inquiryLensPage,
      });
      const state = ReadState.safeParse(res?.result);
      v = state.success ? await judge('page', state.data, tabId) : { status: 'error', code: 'page-unreadable', message: 'This page could not be read.' };
    } catch (err) {
      v = { status: 'error', code: 'page-blocked', message: err instanceof Error ? err.message : String(err) };
    }
    return deliver(tabId, v, current);
  }

  browser.runtime.onInstalled.addListener(() => {
    const locale = localeOf(settings);
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: locale === 'zh-CN' ? '用 InquiryLens 分析所选文字' : 'Analyse selected text with InquiryLens',
      contexts: ['selection'],
    });
  });

  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  // The toolbar button opens the panel from our own click handler rather than Chrome's
  // openPanelOnActionClick: only a handled click counts as invoking the extension on the page, which
  // grants activeTab, so "Analyse this page" can read the page the rep is on without the `tabs`
  // permission or a grant for every site.
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  browser.action.onClicked.addListener((tab) => {
    // open() must run inside the user gesture, before any await.
    if (sidePanel && tab.id !== undefined) sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    else sidebarAction?.open().catch(() => undefined);
  });

  async function onMenuClick(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }): Promise<void> {
    if (info.menuItemId !== MENU_SELECTION || tab?.id === undefined || !info.selectionText) return;
    // open() must run inside the user gesture, before any await.
    sidePanel?.open({ tabId: tab.id }).catch(() => undefined);
    await judgeText(tab.id, info.selectionText, 'page');
  }
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  // Lets the end-to-end tests drive the menu, which headless Chromium cannot click.
  (globalThis as unknown as { inquiryLens: object }).inquiryLens = { onMenuClick };

  // A tab that starts loading a page whose address we may not see (the event then carries none) has
  // left the message it was judged on: its verdict must not stay on screen beside a different page.
  // On the sites we read the address is present and the content script reports the new state itself.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading' || info.url !== undefined) return;
    claim(tabId);
    void verdicts.get(tabId).then(async (v) => {
      if (!v) return;
      await verdicts.delete(tabId);
      await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      browser.runtime.sendMessage({ type: 'verdict', tabId, verdict: { status: 'unsupported', url: '' } }).catch(() => undefined);
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    latest.delete(tabId);
    void verdicts.delete(tabId);
  });

  const extensionId = browser.runtime.id;
  const extensionBase = browser.runtime.getURL('/');

  async function onRead(tabId: number, raw: unknown): Promise<{ ok: boolean } | undefined> {
    if (!ReadEnvelope.safeParse(raw).success) return undefined;
    const current = claim(tabId);
    await ready;
    const v = await verdictForReport(raw, (site, state) => judge(site, state, tabId));
    if (v) await deliver(tabId, v, current);
    return { ok: v?.status !== 'unreadable' };
  }

  const panel = panelHandlers({
    verdictOf: (tabId) => verdicts.get(tabId),
    judgeText: (tabId, text) => judgeText(tabId, text, 'paste'),
    analyzePage,
    pageAction: runPageAction,
    getRecord: (key) => history.inquiries.get(key),
    updateRecord: (key, update) => updateRecord(history, key, update),
    outcomeRecorded: () => void outcomeRecorded(),
    onlinePlan: (tabId) => ready.then(() => verdicts.get(tabId)).then((v) => online.plan(v, settings)),
    onlineCheck: (tabId) =>
      ready
        .then(() => verdicts.get(tabId))
        .then((v) =>
          online.checkTab(v, settings, {
            memory: (inquiry) => memoryFor(history, inquiry, effectiveWeights(settings.weightOverrides, learnedWeights(settings).weights)),
            save: remember,
            current: () => verdicts.get(tabId),
            publish: (nv) => publish(tabId, nv),
          }),
        ),
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (type === 'read') {
      const tabId = contentScriptTab(sender, extensionId, extensionBase);
      return tabId === undefined ? undefined : onRead(tabId, raw);
    }
    // Everything else is the panel's (or another extension page's) to ask.
    if (!isExtensionPage(sender, extensionId, extensionBase)) return undefined;
    const fromPanel = PanelToBackground.safeParse(raw);
    if (!fromPanel.success) return undefined;
    return answerPanel(panel, fromPanel.data);
  });
});
