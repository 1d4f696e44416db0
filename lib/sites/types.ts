import type { Inquiry } from '../inquiry';

export type SiteId = 'gmail' | 'outlook' | 'alibaba' | 'made-in-china' | 'global-sources';

export type ReadResult =
  | { status: 'ok'; inquiry: Inquiry; /** which selector generation matched, for diagnostics */ via: string }
  /** Nothing open (a list view, or only collapsed messages): not an error. */
  | { status: 'no-message' }
  /** The page should show a message but none of our hooks matched: say so, never guess. */
  | { status: 'unrecognised'; reason: string };

/** One reader per site, with the same shape (Mailvelope-style providers). */
export interface SiteAdapter {
  id: SiteId;
  matches(url: URL): boolean;
  /** Cheap fingerprint of the open message, so an unchanged message is never analysed twice. */
  currentKey(doc: Document, url: URL): string | null;
  read(doc: Document, url: URL): ReadResult;
  /** Element to observe for changes (the reading pane), or null for the body. */
  observeRoot(doc: Document): Element | null;
  /**
   * The site's own reply editor for the open message, if one is open. Only this box is ever written
   * to: never the first editable element on the page, which may be a search field or a stranger's form.
   */
  replyBox?(doc: Document): HTMLElement | null;
}
