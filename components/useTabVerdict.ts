import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Request } from '../lib/extension/protocol';
import { isExtensionPage } from '../lib/extension/senders';
import type { TabVerdict } from '../lib/extension/verdict';
import { shownVerdict, VerdictEnvelope } from '../lib/extension/verdict-schema';

export interface TabVerdictApi {
  verdict: TabVerdict | null;
  /** Judges pasted text for the tab. */
  paste(text: string): void;
  /** Reads the page the tab shows; asks for that site's permission first, inside the rep's click. */
  analyzePage(): void;
}

/** One request to the worker whose answer is a verdict: checked like a broadcast, so a bad one says why. */
async function verdictFor<K extends 'get-state' | 'analyze-text' | 'analyze-page'>(req: Request<K>): Promise<TabVerdict | null> {
  try {
    return shownVerdict(await browser.runtime.sendMessage(req));
  } catch {
    return null;
  }
}

/**
 * The verdict of one tab as the worker publishes it: asked for when the tab changes, then followed through
 * the worker's broadcasts. Only the extension's own worker and pages are heard; content scripts can
 * broadcast too.
 */
export function useTabVerdict(tabId: number | undefined, tabUrl: string | undefined): TabVerdictApi {
  const [verdict, setVerdict] = useState<TabVerdict | null>(null);

  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    setVerdict(null);
    void verdictFor({ type: 'get-state', tabId }).then((v) => live && setVerdict(v));
    const extensionBase = browser.runtime.getURL('/');
    const onMessage = (msg: unknown, sender: { id?: string; url?: string }) => {
      if (!isExtensionPage(sender, browser.runtime.id, extensionBase)) return;
      const envelope = VerdictEnvelope.safeParse(msg);
      if (envelope.success && envelope.data.tabId === tabId) setVerdict(shownVerdict(envelope.data.verdict));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  const paste = useCallback(
    (text: string) => {
      if (tabId === undefined) return;
      setVerdict({ status: 'analyzing', site: 'paste' });
      void verdictFor({ type: 'analyze-text', tabId, text }).then(setVerdict);
    },
    [tabId],
  );

  const analyzePage = useCallback(() => {
    if (tabId === undefined) return;
    const origin = originPattern(tabUrl);
    const granted = origin ? browser.permissions.request({ origins: [origin] }).catch(() => false) : Promise.resolve(true);
    setVerdict({ status: 'analyzing', site: 'page' });
    void granted.then(() => verdictFor({ type: 'analyze-page', tabId })).then(setVerdict);
  }, [tabId, tabUrl]);

  return { verdict, paste, analyzePage };
}

/** "https://crm.example/*" for the page on screen: reading an arbitrary page needs that site's permission only. */
function originPattern(url: string | undefined): string | undefined {
  try {
    const origin = url ? new URL(url).origin : '';
    return /^https?:/.test(origin) ? `${origin}/*` : undefined;
  } catch {
    return undefined;
  }
}
