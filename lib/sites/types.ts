import type { Inquiry } from '../inquiry';
import type { SiteFailureCode } from './failures';

import type { SiteId } from '../site-ids';

export type { SiteId };

export type ReadResult =
  | { status: 'ok'; inquiry: Inquiry; /** which dated selector set matched ("gmail 2026"), for diagnostics */ via: string }
  /** Nothing open (a list view, or only collapsed messages): not an error. */
  | { status: 'no-message' }
  /**
   * The page should show a message but our hooks did not find it: say which case and which selector
   * failed, never guess. The panel translates the code; the selector goes into a bug report.
   */
  | { status: 'unrecognised'; code: SiteFailureCode; selector: string };

/** One reader per site, with the same shape (Mailvelope-style providers). */
export interface SiteAdapter {
  id: SiteId;
  /**
   * The site's pages as extension match patterns. The content script's `matches` and the host
   * permissions are built from these lists, so a site is described in one place.
   */
  patterns: readonly string[];
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
