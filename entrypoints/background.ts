import { z } from 'zod';
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../lib/browser/settings-store';
import { judgeRead } from '../lib/extension/judge';
import { TabVerdicts } from '../lib/extension/tab-verdicts';
import type { TabVerdict } from '../lib/extension/verdict';
import { badgeFor } from '../lib/extension/verdict';
import { ContentToBackground, PanelToBackground, ReadState } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { fromPaste, fromSelection } from '../lib/sites';

// zod compiles schemas with new Function, which MV3 forbids.
z.config({ jitless: true });

const MENU_SELECTION = 'inquirylens-analyze-selection';

export default defineBackground(() => {
  const verdicts = new TabVerdicts(browser.storage.session as unknown as ConstructorParameters<typeof TabVerdicts>[0]);
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = loadSettings().then((s) => {
    settings = s.settings;
  });
  watchSettings((s) => {
    settings = s;
  });

  async function publish(tabId: number, v: TabVerdict): Promise<void> {
    await verdicts.set(tabId, v);
    const badge = badgeFor(v);
    try {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab may have closed while we analysed.
    }
    // The panel may not be open; nobody listening is fine.
    browser.runtime.sendMessage({ type: 'verdict', tabId, verdict: v }).catch(() => undefined);
  }

  async function judgeText(tabId: number, text: string, source: 'paste' | 'page', url?: string): Promise<TabVerdict> {
    await ready;
    const inquiry = source === 'paste' ? fromPaste(text) : fromSelection(text, url);
    const v = judgeRead(source, { status: 'ok', inquiry, via: source }, settings);
    await publish(tabId, v);
    return v;
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SELECTION, title: browser.i18n.getMessage('menuAnalyzeSelection') || 'Analyze selected text with InquiryLens', contexts: ['selection'] });
  });

  // Chrome opens the side panel from the toolbar button; Firefox uses its sidebar.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void>; open(o: object): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_SELECTION || !tab?.id || !info.selectionText) return;
    // open() must run inside the user gesture, before any await.
    sidePanel?.open({ tabId: tab.id }).catch(() => undefined);
    void judgeText(tab.id, info.selectionText, 'page', tab.url);
  });

  browser.tabs.onRemoved.addListener((tabId) => void verdicts.delete(tabId));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const fromContent = ContentToBackground.safeParse(raw);
    if (fromContent.success && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      const msg = fromContent.data;
      return ready.then(async () => {
        if (msg.state.status === 'ok') {
          // Colleague mail and analysis both go through the same judge; the panel shows what it is.
          await publish(tabId, { status: 'analyzing', site: msg.site });
        }
        await publish(tabId, judgeRead(msg.site, msg.state, settings));
        return { ok: true };
      });
    }
    const fromPanel = PanelToBackground.safeParse(raw);
    if (!fromPanel.success) return undefined;
    const req = fromPanel.data;
    switch (req.type) {
      case 'get-state':
        return verdicts.get(req.tabId).then((v) => v ?? null);
      case 'analyze-text':
        return judgeText(req.tabId, req.text, 'paste');
      case 'analyze-page':
        return analyzePage(req.tabId);
      case 'insert-reply':
        return browser.tabs.sendMessage(req.tabId, { type: 'insert-reply', text: req.text }).catch(() => ({ ok: false }));
    }
  });

  async function analyzePage(tabId: number): Promise<TabVerdict> {
    await ready;
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
      const state = ReadState.safeParse(result?.result);
      const v: TabVerdict = state.success ? judgeRead('page', state.data, settings) : { status: 'error', code: 'page-unreadable', message: 'This page could not be read.' };
      await publish(tabId, v);
      return v;
    } catch (err) {
      const v: TabVerdict = { status: 'error', code: 'page-blocked', message: err instanceof Error ? err.message : String(err) };
      await publish(tabId, v);
      return v;
    }
  }

});
