import type { ReadResult, SiteAdapter } from './types';

export interface WatchOptions {
  debounceMs?: number;
  /** Longest a read may be postponed by a page that keeps changing. */
  maxWaitMs?: number;
  /** Where observers and events attach; defaults to the document's window. */
  win?: Window;
}

/**
 * Calls `onChange` when the open message changes. Mutations only schedule one debounced check; the
 * check compares a cheap key and reads the message only when the key changed, so an unchanged
 * message is never read twice and an idle page costs nothing. Never throws into the page.
 */
export function watchOpenMessage(doc: Document, url: () => URL, adapter: SiteAdapter, onChange: (r: ReadResult) => void, opts: WatchOptions = {}): () => void {
  // Short enough that the verdict follows a click at once, long enough to coalesce a render's burst.
  const wait = opts.debounceMs ?? 60;
  const maxWait = opts.maxWaitMs ?? 500;
  const win = opts.win ?? doc.defaultView ?? undefined;
  let lastKey: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let observed: Element | null = null;
  let stopped = false;

  const check = () => {
    timer = undefined;
    if (stopped) return;
    try {
      reattach();
      const u = url();
      const key = adapter.currentKey(doc, u);
      if (key === lastKey) return;
      lastKey = key;
      onChange(adapter.read(doc, u));
    } catch (err) {
      onChange({ status: 'unrecognised', reason: `Reading the page failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  };
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (timer !== undefined) {
      // A page that changes every few milliseconds (a ticker, an animation) must not postpone the
      // read for ever: past maxWait the pending check is left to run.
      if (now - pendingSince >= maxWait) return;
      clearTimeout(timer);
    } else {
      pendingSince = now;
    }
    timer = setTimeout(check, wait);
  };
  const observer = new MutationObserver(schedule);

  // Single-page apps replace the reading pane; an observer on a detached node would go silent.
  function reattach() {
    const root = adapter.observeRoot(doc) ?? doc.body;
    if (root && root !== observed) {
      observer.disconnect();
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'aria-expanded', 'data-message-id', 'hidden'] });
      if (root !== doc.body) observer.observe(doc.body, { childList: true });
      observed = root;
    }
  }

  reattach();
  win?.addEventListener('popstate', schedule);
  win?.addEventListener('hashchange', schedule);
  schedule();
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
  };
}
