import { browser } from 'wxt/browser';
import type { InsertResult } from '../messages';
import type { ShapeCapture } from '../sites/censor';

/** The functions entrypoints/page-actions.ts leaves in the tab's isolated world. */
export interface PageActions {
  insertReply(text: string): InsertResult;
  captureShape(): ShapeCapture;
}

/**
 * Runs one page action in the tab's top frame: injects the script (a no-op reinstall when already there),
 * then calls the function with structured-cloned arguments. Rejects where the extension may not script
 * the page (no host permission, a browser page); the caller turns that into the panel's "unavailable".
 * The result is whatever the page returned: the caller checks it with zod before trusting it.
 */
export async function runPageAction(tabId: number, action: keyof PageActions, arg = ''): Promise<unknown> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: ['/page-actions.js'] });
  const [res] = await browser.scripting.executeScript({
    target,
    func: (name: string, a: string) => {
      const actions = (globalThis as { __inquiryLensActions?: Record<string, (x: string) => unknown> }).__inquiryLensActions;
      return actions?.[name]?.(a) ?? null;
    },
    args: [action, arg],
  });
  return res?.result ?? null;
}
