/**
 * Seeded hostile pages for the site readers: the demo page builders filled with hostile field values,
 * then the parsed DOM mutated (elements dropped, cloned, nested deep, padded with thousands of
 * spans, given misleading roles and attributes). Needs a DOM (happy-dom in the unit test).
 */
import { escapeHtml, gmailThread, outlookMessage, platformPage } from '../fixtures/demo/pages';
import type { SampleMessage } from '../fixtures/demo/samples';
import { SAMPLES } from '../fixtures/demo/samples';
import type { Rand } from './mail-fuzz';
import { int, pick, TOKENS } from './mail-fuzz';

export type PageKind = 'gmail' | 'outlook' | 'alibaba' | 'made-in-china' | 'global-sources' | 'any';

export const PAGE_URLS: Record<PageKind, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJzwSxZb',
  outlook: 'https://outlook.office.com/mail/inbox/id/AAQkADAw',
  alibaba: 'https://message.alibaba.com/message/messenger.htm',
  'made-in-china': 'https://membercenter.made-in-china.com/inquiry/detail?id=1',
  'global-sources': 'https://www.globalsources.com/buyer/inquiry/detail/1',
  any: 'https://www.example.com/contact',
};

/**
 * A field value a hostile sender or page controls. Kept to tens of kilobytes: page structure is what
 * varies here; sheer size has its own tests (tests/unit/sites/hostile.test.ts), and happy-dom is
 * far slower than a browser on megabyte pages.
 */
function hostileValue(r: Rand, normal: string): string {
  switch (int(r, 5)) {
    case 0:
      return normal;
    case 1:
      return pick(r, TOKENS)
        .repeat(1 + int(r, 600))
        .slice(0, 20_000);
    case 2:
      return normal + pick(r, TOKENS) + normal;
    case 3:
      return `<img src=x onerror=alert(1)>${normal}\u202e${'\u200b'.repeat(int(r, 100))}`;
    default:
      return normal.repeat(1 + int(r, 8)).slice(0, 20_000);
  }
}

function hostileMessage(r: Rand): SampleMessage {
  const m = pick(r, SAMPLES);
  return {
    ...m,
    id: r() < 0.1 ? '' : hostileValue(r, m.id).slice(0, 2000),
    fromName: hostileValue(r, m.fromName),
    fromAddress: hostileValue(r, m.fromAddress),
    subject: hostileValue(r, m.subject),
    date: r() < 0.2 ? 'not a date' : m.date,
    body: hostileValue(r, m.body),
    attachments:
      r() < 0.2
        ? Array.from({ length: int(r, 300) }, (_, i) => ({ name: hostileValue(r, `file${i}.pdf`).slice(0, 300), mime: 'application/pdf' }))
        : m.attachments,
    ...(m.platform
      ? {
          platform: {
            ...m.platform,
            buyerName: hostileValue(r, m.platform.buyerName),
            company: hostileValue(r, m.platform.company),
            country: hostileValue(r, m.platform.country),
          },
        }
      : {}),
  };
}

export function hostileHtml(r: Rand, kind: PageKind): string {
  const m = hostileMessage(r);
  switch (kind) {
    case 'gmail':
      return gmailThread(m, { clipped: r() < 0.2, renamed: r() < 0.1, ...(r() < 0.3 ? { earlier: [hostileMessage(r), hostileMessage(r)] } : {}) });
    case 'outlook':
      return outlookMessage(m, r() < 0.3 ? hostileValue(r, 'Message body') : 'Message body');
    case 'any':
      return `<!doctype html><html><body><main><h1>${escapeHtml(m.subject)}</h1><article>${escapeHtml(m.body)}</article></main></body></html>`;
    default:
      return platformPage(kind, m);
  }
}

const ROLES = ['main', 'heading', 'listitem', 'list', 'textbox', 'document', 'region', 'presentation'];
const ATTRS = ['aria-label', 'role', 'email', 'name', 'title', 'data-message-id', 'data-legacy-message-id', 'contenteditable', 'href', 'class', 'dir'];

/** Mutates the parsed page in place. */
export function mutateDom(r: Rand, doc: Document): void {
  const steps = 1 + int(r, 6);
  for (let k = 0; k < steps; k++) {
    const all = doc.body ? doc.body.querySelectorAll('*') : [];
    const el = all.length ? all[int(r, all.length)]! : doc.body;
    if (!el) return;
    switch (int(r, 7)) {
      case 0:
        if (el !== doc.body) el.remove();
        break;
      case 1:
        el.parentElement?.insertBefore(el.cloneNode(true), el);
        break;
      case 2: {
        // deep nesting: readers that recurse must not overflow
        let inner: Element = el;
        for (let d = int(r, 120); d > 0; d--) {
          const wrap = doc.createElement(pick(r, ['div', 'span', 'blockquote', 'table']));
          inner.appendChild(wrap);
          inner = wrap;
        }
        inner.textContent = pick(r, TOKENS);
        break;
      }
      case 3: {
        // thousands of tiny elements: the shape that froze an Outlook tab
        const pad = doc.createElement('div');
        pad.innerHTML = '<span> </span>'.repeat(1 + int(r, 1000));
        el.appendChild(pad);
        break;
      }
      case 4:
        el.setAttribute(pick(r, ATTRS), hostileValue(r, pick(r, [...ROLES, 'Message body', 'x@y.example', 'http://order-view.top/login', 'true'])));
        break;
      case 5:
        el.textContent = hostileValue(r, (el.textContent ?? '').slice(0, 2000));
        break;
      default: {
        // move an element somewhere else in the page
        const target = all.length ? all[int(r, all.length)]! : doc.body;
        if (target && !el.contains(target) && el !== doc.body) target.appendChild(el);
      }
    }
  }
}
