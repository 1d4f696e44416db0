import type { Inquiry } from '../inquiry';

export type SiteId = 'gmail' | 'outlook' | 'alibaba' | 'made-in-china' | 'global-sources';

export type ReadResult =
  | { status: 'ok'; inquiry: Inquiry; /** which selector generation matched, for diagnostics */ via: string }
  /** Nothing open (an inbox list, or a thread whose messages are all collapsed): never an error. */
  | { status: 'no-message' }
  /** The page should show a message but none of our hooks matched: the panel says so and offers fallbacks. */
  | { status: 'unrecognised'; reason: string };

/** One reader per site, all with the same shape (in the spirit of Mailvelope's provider objects). */
export interface SiteAdapter {
  id: SiteId;
  matches(url: URL): boolean;
  /** Cheap key of the open message (ids / url + subject), used to skip re-analysis of an unchanged message. */
  currentKey(doc: Document, url: URL): string | null;
  read(doc: Document, url: URL): ReadResult;
  /** Element the watcher should observe (reading pane), or null to observe body. */
  observeRoot(doc: Document): Element | null;
}

/**
 * One generation of a site's selectors, with the fixtures (paths under tests/fixtures/sites/) it is
 * expected to read. A convention test checks each listed page is read by exactly this generation, so a
 * site redesign adds a generation next to the old one instead of silently breaking it.
 */
export interface SelectorGeneration {
  pages: readonly string[];
}
