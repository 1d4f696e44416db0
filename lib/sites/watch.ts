import { unrecognised } from './failures';
import type { ReadResult, SiteAdapter } from './types';

export interface WatchOptions {
  /** Quiet time after a look during which further changes are gathered into one later look. */
  debounceMs?: number;
  /** Longest a read may be postponed by a page that keeps changing. */
  maxWaitMs?: number;
  /** Where observers and events attach; defaults to the document's window. */
  win?: Window;
}

/**
 * Calls `onChange` when the open message changes. The first change after a quiet spell is looked at
 * at once, so the verdict follows a click without waiting; changes that keep coming after that are
 * gathered and looked at once they settle. A look compares a cheap key and reads the message only
 * when the key changed, so an unchanged message is never read twice and an idle page costs nothing.
 * Never throws into the page.
 */
export function watchOpenMessage(doc: Document, url: () => URL, adapter: SiteAdapter, onChange: (r: ReadResult) => void, opts: WatchOptions = {}): () => void {
  // Long enough to gather a render's burst after the first look, short enough to follow a second click.
  const wait = opts.debounceMs ?? 60;
  const maxWait = opts.maxWaitMs ?? 500;
  const win = opts.win ?? doc.defaultView ?? undefined;
  let lastKey: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let dirty = false;
  let observed: Element | null = null;
  let stopped = false;

  const check = () => {
    if (stopped) return;
    try {
      reattach();
      const u = url();
      const key = adapter.currentKey(doc, u);
      if (key === lastKey) return;
      lastKey = key;
      onChange(adapter.read(doc, u));
    } catch (err) {
      onChange(unrecognised('read-failed', err instanceof Error ? err.message : String(err)));
    }
  };
  // The end of a settling window: look again only if the page changed after the first look.
  const settle = () => {
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    check();
  };
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (timer === undefined) {
      // The first change after a quiet spell: look now (mutation records arrive once the page's own
      // task has finished its changes), then let the rest of the render settle.
      pendingSince = now;
      dirty = false;
      timer = setTimeout(settle, wait);
      check();
      return;
    }
    dirty = true;
    // A page that changes every few milliseconds (a ticker, an animation) must not postpone the
    // second look for ever: past maxWait the pending one is left to run.
    if (now - pendingSince >= maxWait) return;
    clearTimeout(timer);
    timer = setTimeout(settle, wait);
  };
  const observer = new MutationObserver(schedule);

  // Single-page apps replace the reading pane; an observer on a detached node would go silent.
  function reattach() {
    const root = adapter.observeRoot(doc) ?? doc.body;
    if (root && root !== observed) {
      observer.disconnect();
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'aria-expanded', 'data-message-id', 'hidden'],
      });
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
