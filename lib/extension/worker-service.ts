import type { WxtBrowser } from 'wxt/browser';
import { outcomesFromHistory } from '../fit/outcomes';
import type { HistoryDb } from '../history/db';
import { digestView } from '../history/digest-store';
import { memoryFor } from '../history/memory';
import { applyRetention, updateRecord } from '../history/repo';
import type { Locale } from '../i18n';
import { resolveLocale } from '../i18n';
import type { Inquiry } from '../inquiry';
import { PanelToBackground, ReadEnvelope } from '../messages';
import { onlineWorker } from '../online/worker';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import { weightsFor } from '../weights';
import { autoRecalibrator } from './auto-recalibrate';
import { runPageAction } from './page-actions';
import type { SidebarActionApi, SidePanelApi } from './panel-opener';
import { panelOpener } from './panel-opener';
import { answerPanel, panelHandlers } from './panel-requests';
import { contentScriptTab, isExtensionPage } from './senders';
import { TabVerdicts } from './tab-verdicts';
import { verdictFlow } from './verdict-flow';

export const MENU_SELECTION = 'inquirylens-analyze-selection';
const MENU_TITLE: Record<Locale, string> = { en: 'Analyse selected text with InquiryLens', 'zh-CN': '用 InquiryLens 分析所选文字' };
const HOUR_MS = 3_600_000;

/**
 * The browser APIs the worker uses. Chrome has no sidebarAction and Firefox no sidePanel, so both are
 * optional.
 */
export type WorkerBrowser = Pick<WxtBrowser, 'action' | 'contextMenus' | 'i18n' | 'runtime' | 'scripting' | 'storage' | 'tabs'> & {
  sidePanel?: SidePanelApi | undefined;
  sidebarAction?: SidebarActionApi | undefined;
};

/** Where the rep's settings live (lib/browser/settings-store.ts in the extension). */
export interface SettingsSource {
  load(): Promise<Settings>;
  watch(onChange: (next: Settings) => void): unknown;
  save(next: Settings): Promise<void>;
}

export interface WorkerDeps {
  browser: WorkerBrowser;
  history: HistoryDb;
  settings: SettingsSource;
  /** The opt-in checks of a sender's domain, off unless the rep turns them on; by default over the browser's fetch and this history. */
  online?: ReturnType<typeof onlineWorker>;
  /** Runs a function of entrypoints/page-actions.ts in a tab. */
  pageAction?: typeof runPageAction;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Takes work that outlives the event that started it: a late re-judge, retention, the handling of
   * events whose listeners the browser does not wait for. By default its failures are logged.
   */
  detach?: (work: Promise<unknown>) => void;
}

/**
 * The extension's service worker: answers content scripts and extension pages, judges, publishes each
 * tab's verdict to the panel and the toolbar badge, remembers it in the history, and wires the toolbar
 * button, the selection menu and the tab events. Everything it touches comes in `deps`.
 */
export function startWorker(deps: WorkerDeps): void {
  const { browser, history } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const detach = deps.detach ?? ((work: Promise<unknown>) => void work.catch((err: unknown) => console.error('InquiryLens worker:', err)));

  let settings: Settings = DEFAULT_SETTINGS;
  const ready = deps.settings
    .load()
    .then((s) => {
      settings = s;
    })
    .catch(() => undefined);
  const menuTitle = () => MENU_TITLE[resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage())];
  deps.settings.watch((s) => {
    const before = menuTitle();
    settings = s;
    // The menu is made once, at install: a rep who switches language sees it retitled at once.
    if (menuTitle() !== before) detach(Promise.resolve(browser.contextMenus.update(MENU_SELECTION, { title: menuTitle() })).catch(() => undefined));
  });

  const online = deps.online ?? onlineWorker(history);
  const verdicts = new TabVerdicts(browser.storage.session);
  const memory = (inquiry: Inquiry) => memoryFor(history, inquiry, weightsFor(settings));

  // Retention runs when the worker starts and then at most once an hour, after a save: a worker that
  // lives for minutes needs no alarm, and a rep who never opens mail has nothing new to forget.
  let retentionRanAt = -Infinity;
  const forgetOld = () => {
    const days = settings.historyRetentionDays;
    if (!days || now() - retentionRanAt < HOUR_MS) return;
    retentionRanAt = now();
    detach(applyRetention(history, days, retentionRanAt).catch(() => undefined));
  };
  detach(ready.then(forgetOld));

  // The rep's outcomes recalibrate the weights once there are enough, off the verdict path.
  const outcomeRecorded = autoRecalibrator({
    outcomes: () => outcomesFromHistory(history),
    settings: () => settings,
    save: deps.settings.save,
    now: () => new Date(now()),
    schedule: (run, ms) => void sleep(ms).then(run),
  });
  detach(ready.then(() => outcomeRecorded()));

  // A woken worker loads the history digest while the content script is still reading the page.
  detach(digestView(history).catch(() => undefined));

  const flow = verdictFlow({ browser, history, verdicts, online, settings: () => settings, ready, memory, sleep, detach, saved: forgetOld });

  const openPanel = panelOpener(browser);
  browser.action.onClicked.addListener((tab) => openPanel(tab.id));

  browser.runtime.onInstalled.addListener(() =>
    detach(
      ready.then(() =>
        browser.contextMenus.create({
          id: MENU_SELECTION,
          title: menuTitle(),
          contexts: ['selection'],
        }),
      ),
    ),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_SELECTION || tab?.id === undefined || !info.selectionText) return;
    openPanel(tab.id);
    detach(flow.judgeText(tab.id, info.selectionText, 'page'));
  });

  // On the sites we read the address is present and the content script reports the new state itself.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url === undefined) detach(flow.leave(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => detach(flow.forget(tabId)));

  const pageAction = deps.pageAction ?? runPageAction;
  const currentVerdict = (tabId: number) => ready.then(() => verdicts.get(tabId));
  const panel = panelHandlers({
    verdictOf: (tabId) => verdicts.get(tabId),
    judgeText: (tabId, text) => flow.judgeText(tabId, text, 'paste'),
    analyzePage: flow.analyzePage,
    pageAction,
    getRecord: (key) => history.inquiries.get(key),
    updateRecord: (key, update) => updateRecord(history, key, update),
    outcomeRecorded: () => detach(outcomeRecorded()),
    onlinePlan: (tabId) => currentVerdict(tabId).then((v) => online.plan(v, settings)),
    onlineCheck: (tabId) =>
      currentVerdict(tabId).then((v) =>
        online.checkTab(v, settings, { memory, save: flow.remember, current: () => verdicts.get(tabId), publish: (nv) => flow.publish(tabId, nv) }),
      ),
  });

  const extensionId = browser.runtime.id;
  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (ReadEnvelope.safeParse(raw).success) {
      const tabId = contentScriptTab(sender, extensionId, extensionBase);
      return tabId === undefined ? undefined : flow.report(tabId, raw);
    }
    // Everything else is the panel's (or another extension page's) to ask.
    if (!isExtensionPage(sender, extensionId, extensionBase)) return undefined;
    const request = PanelToBackground.safeParse(raw);
    return request.success ? answerPanel(panel, request.data) : undefined;
  });
}
