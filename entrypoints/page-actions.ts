import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adapterFor } from '../lib/sites/adapters';
import { censorPage } from '../lib/sites/censor';
import { insertAtCaret } from '../lib/sites/reply';
import type { PageActions } from '../lib/extension/page-actions';

/**
 * What the rep asks of a page (insert a reply, save the page's shape), injected by the worker only when
 * asked, so the content script that runs in every mail tab carries neither the censoring nor a message
 * listener. It runs in the extension's isolated world: the page's own scripts can neither see nor call it.
 */
export default defineUnlistedScript(() => {
  const adapter = () => adapterFor(new URL(location.href));
  const actions: PageActions = {
    insertReply: (text) => insertAtCaret(adapter()?.replyBox?.(document) ?? null, String(text)),
    captureShape: () => {
      const focus = adapter()?.observeRoot(document);
      return censorPage(document, { url: location.href, ...(focus ? { focus } : {}) });
    },
  };
  (globalThis as { __inquiryLensActions?: PageActions }).__inquiryLensActions = actions;
});
