/**
 * Who sent a runtime message. A content script lives in a page the rep does not control; if that page
 * ever compromises it, it must not be able to read another tab's verdict, rewrite history, type into
 * another tab or judge text as if the rep had pasted it. Only the extension's own pages may ask for
 * those; a content script speaks only for the top frame of its own tab.
 */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The side panel, the history and options pages, the worker: documents at the extension's own origin. */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && originOf(sender.url) === extensionOrigin;
}

/** The tab a content-script message speaks for, or undefined if it does not come from one (or from a sub-frame). */
export function contentScriptTab(sender: SenderLike, extensionId: string, extensionOrigin: string): number | undefined {
  if (sender.id !== extensionId || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  const origin = originOf(sender.url);
  if (!origin || origin === extensionOrigin) return undefined;
  return sender.tab.id;
}
