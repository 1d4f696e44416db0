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

/**
 * The side panel, the history and options pages, the worker: documents under the extension's own base
 * address (`runtime.getURL('/')`). Compared as a prefix: `URL.origin` is "null" for extension schemes
 * in some engines.
 */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}

/** The tab a content-script message speaks for, or undefined if it does not come from one (or from a sub-frame). */
export function contentScriptTab(sender: SenderLike, extensionId: string, extensionBase: string): number | undefined {
  if (sender.id !== extensionId || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  if (!sender.url || !/^https?:\/\//.test(sender.url) || sender.url.startsWith(extensionBase)) return undefined;
  return sender.tab.id;
}
