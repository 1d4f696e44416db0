import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '../lib/sites/adapters';
import { watchOpenMessage } from '../lib/sites/watch';
import { SITE_MATCHES } from '../lib/sites/hosts';
import type { ReadResult, SiteAdapter } from '../lib/sites/types';
import { limitReadTime } from '../lib/sites/dom-text';

/**
 * Thin: pick the site's reader, watch the open message, hand what it read to the background.
 * Nothing here analyses or stores; the page never sees our results. It listens to no messages: what
 * the rep asks of the page (insert a reply, save its shape) is injected by the worker when asked
 * (entrypoints/page-actions.ts), so this script, loaded in every mail tab, stays small.
 *
 * The script's lifetime deliberately ignores WXT's ContentScriptContext: that context invalidates
 * itself on a DOM event (`<extension id>:content:wxt:content-script-started`) that the site's own
 * script can dispatch too, which switched InquiryLens off on a hostile page. The only thing that ends
 * this script is the extension itself going away (updated or removed), which no page can cause.
 */
/** Milliseconds of text reading per look at the page; real mail needs a fraction of it. */
const READ_TIME_LIMIT_MS = 25;

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  // WXT's postMessage announcing the script tells every page on the site our extension id.
  noScriptStartedPostMessage: true,
  main() {
    // A read of a padded page stops after this long and reports the message as partly read.
    limitReadTime(READ_TIME_LIMIT_MS);
    const here = () => new URL(location.href);
    let adapter: SiteAdapter | undefined;
    let stopWatch: (() => void) | undefined;
    let lastUrl = '';
    let ended = false;

    const extensionAlive = () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    };

    const send = (site: string, state: ReadResult) => {
      if (!extensionAlive()) return end();
      browser.runtime.sendMessage({ type: 'read', site, url: location.href.slice(0, 4000), state }).catch(() => {
        if (!extensionAlive()) end();
      });
    };

    // A message opened in a tab the rep is not looking at (a link opened in the background) is read
    // when the rep turns to it, not before: only what the rep opened is judged and kept in history.
    const watch = () => {
      stopWatch?.();
      stopWatch = undefined;
      if (!adapter || document.visibilityState !== 'visible') return;
      const a = adapter;
      stopWatch = watchOpenMessage(document, here, a, (r) => send(a.id, r));
    };

    // Platforms change path without reloading: re-pick the reader when the address changes.
    const onLocation = () => {
      if (ended || location.href === lastUrl) return;
      lastUrl = location.href;
      const next = adapterFor(here());
      if (next?.id === adapter?.id) return;
      // Leaving a message centre for another page of the site: the panel must not keep its verdict.
      if (adapter && !next) send(adapter.id, { status: 'no-message' });
      adapter = next;
      watch();
    };

    const onVisibility = () => {
      if (document.visibilityState === 'visible' && !stopWatch) watch();
    };

    // Page script can fire these events too; all they do is make us look at the real address again.
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigatesuccess', onLocation);
    window.addEventListener('popstate', onLocation);
    window.addEventListener('hashchange', onLocation);
    document.addEventListener('visibilitychange', onVisibility);
    // pushState fires no event at all where the Navigation API is missing (Firefox): compare the address.
    const poll = setInterval(onLocation, 500);

    function end() {
      if (ended) return;
      ended = true;
      stopWatch?.();
      clearInterval(poll);
      nav?.removeEventListener('navigatesuccess', onLocation);
      window.removeEventListener('popstate', onLocation);
      window.removeEventListener('hashchange', onLocation);
      document.removeEventListener('visibilitychange', onVisibility);
    }

    onLocation();
  },
});
