import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor, watchOpenMessage } from '../lib/sites';
import type { ReadResult } from '../lib/sites';

/**
 * Thin: pick the site's reader, watch the open message, hand what it read to the background.
 * Nothing here analyses or stores; the page never sees our results.
 */
export default defineContentScript({
  matches: [
    'https://mail.google.com/*',
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://*.alibaba.com/*',
    'https://*.made-in-china.com/*',
    'https://*.globalsources.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const here = () => new URL(location.href);
    let stop: (() => void) | undefined;
    let current = '';

    const send = (site: string, state: ReadResult) => {
      browser.runtime.sendMessage({ type: 'read', site, url: location.href.slice(0, 4000), state }).catch(() => undefined);
    };

    // Platforms change path without reloading: re-pick the reader when the address changes.
    const start = () => {
      const adapter = adapterFor(here());
      const id = adapter?.id ?? '';
      if (id === current) return;
      stop?.();
      current = id;
      stop = adapter ? watchOpenMessage(document, here, adapter, (r) => send(adapter.id, r)) : undefined;
    };
    start();
    ctx.addEventListener(window, 'wxt:locationchange', start);

    browser.runtime.onMessage.addListener((msg: unknown) => {
      if (typeof msg !== 'object' || msg === null) return undefined;
      const m = msg as { type?: string; text?: unknown };
      if (m.type === 'insert-reply' && typeof m.text === 'string') return Promise.resolve(insertReply(m.text));
      return undefined;
    });
    ctx.onInvalidated(() => stop?.());
  },
});

/** Insert into an open reply box only: never open one, never send. Text is inserted as text. */
function insertReply(text: string): { ok: boolean } {
  const box = document.querySelector<HTMLElement>('[role="textbox"][contenteditable="true"], div[contenteditable="true"][aria-label]');
  if (!box) return { ok: false };
  box.focus();
  const inserted = document.execCommand('insertText', false, text);
  if (!inserted) box.textContent = text;
  return { ok: true };
}
