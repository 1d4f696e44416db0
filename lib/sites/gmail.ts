import type { Attachment, Inquiry } from '../inquiry';
import { splitQuoted } from '../parse/quotes';
import { clipInquiry } from './clip';
import { editableIn, elementText, hashText, linksIn, pick, textBudget } from './dom-text';
import type { TextBudget } from './dom-text';
import type { ReadResult, SiteAdapter } from './types';

/**
 * Gmail's open message, found by the hooks gmail.js and InboxSDK rely on (data attributes and the
 * `email` attribute first, class names second). Selector sets are kept side by side by the date they
 * were observed, so a Gmail change adds a set instead of breaking the old one.
 */
const SELECTORS = {
  '2024-gmailjs': {
    message: 'div.adn.ads',
    body: 'div.a3s:not([contenteditable="true"])',
    sender: 'span.gD[email]',
    recipients: '.hb span[email], span.g2[email]',
    date: '.gK .g3[title], span.g3[title]',
    subject: 'h2.hP, .ha h2',
    clipped: '.iX a[href*="view=lg"]',
    attachment: '[download_url], .aQH span.aV3',
  },
  '2025-roles': {
    message: '[role="listitem"][data-message-id], [data-message-id][aria-expanded="true"]',
    body: '[data-message-id] [dir="ltr"], [data-message-id] [dir="auto"]',
    sender: '[data-hovercard-id*="@"], [email]',
    recipients: '[data-hovercard-id*="@"]',
    date: '[title*=":"]',
    subject: 'h2[data-legacy-thread-id], h2[data-thread-perm-id]',
    clipped: 'a[href*="view=lg"]',
    attachment: '[download_url]',
  },
} as const;

type SelectorSet = (typeof SELECTORS)[keyof typeof SELECTORS];

/** The inline reply's editor inside the open thread (InboxSDK: g_editable body, classes Am Al editable). */
const REPLY_BOX = ['div[g_editable="true"][contenteditable="true"][role="textbox"]', 'div.Am.Al.editable[contenteditable="true"]'];

/** Quoted history in Gmail's rendering: replies, forwards and the trimmed-content block. */
const QUOTED = (el: Element) => el.classList.contains('gmail_quote') || el.classList.contains('im') || el.tagName === 'BLOCKQUOTE' || el.classList.contains('gmail_extra');

/** A thread or message id in the URL hash ("#inbox/FMfcgz…"): something should be open. */
function urlShowsMessage(url: URL): boolean {
  return /^#[^/]+\/[A-Za-z0-9_-]{12,}/.test(url.hash) || /[?&]th=/.test(url.search);
}

/** "Subject - account - Gmail" → "Subject - account", by index: the title carries the (hostile) subject. */
function titleSubject(title: string): string {
  const g = title.toLowerCase().lastIndexOf('gmail');
  const dash = g < 0 ? -1 : title.lastIndexOf('-', g);
  return (dash < 0 ? title : title.slice(0, dash)).trim();
}

function expandedMessages(doc: Document, s: SelectorSet): Element[] {
  return Array.from(doc.querySelectorAll(s.message)).filter((m) => m.querySelector(s.body));
}

function messageId(m: Element): string | undefined {
  const holder = m.matches('[data-legacy-message-id],[data-message-id]') ? m : m.querySelector('[data-legacy-message-id], [data-message-id]');
  // `||`, not `??`: an empty id attribute must fall back, or the message fails the schema (id min 1).
  return holder?.getAttribute('data-legacy-message-id') || holder?.getAttribute('data-message-id')?.replace(/^#/, '') || undefined;
}

function attachments(m: Element, s: SelectorSet, budget: TextBudget): Attachment[] {
  const out: Attachment[] = [];
  for (const el of Array.from(m.querySelectorAll(s.attachment))) {
    const du = el.getAttribute('download_url');
    if (du) {
      // "mime/type:file name.pdf:https://…"
      const [mimeType, name] = du.split(':');
      out.push({ name: name ?? '', mimeType: mimeType || 'application/octet-stream', size: 0 });
    } else {
      const name = elementText(el, { budget });
      if (name && !out.some((a) => a.name === name)) out.push({ name, mimeType: 'application/octet-stream', size: 0 });
    }
  }
  return out;
}

function readWith(doc: Document, url: URL, via: keyof typeof SELECTORS): ReadResult | undefined {
  const s = SELECTORS[via];
  const messages = expandedMessages(doc, s);
  // The open message is the last expanded one in the thread; collapsed ones have no body.
  const m = messages[messages.length - 1];
  if (!m) return undefined;
  const bodyEl = m.querySelector(s.body)!;
  const sender = pick(m, [s.sender]);
  const address = sender?.getAttribute('email') ?? sender?.getAttribute('data-hovercard-id') ?? '';
  // One node allowance for the whole read: nested quotes or thousands of links cannot multiply it.
  const budget = textBudget();
  const name = sender?.getAttribute('name') ?? (sender ? elementText(sender, { budget }) : '');
  const subject = elementText(pick(doc, [s.subject]), { budget }) || titleSubject(doc.title);
  const raw = elementText(bodyEl, { exclude: QUOTED, budget });
  const quotedParts = Array.from(bodyEl.querySelectorAll('.gmail_quote, blockquote, div.im')).map((q) => elementText(q, { budget }));
  const split = splitQuoted(raw, { subject });
  const date = m.querySelector(s.date)?.getAttribute('title') ?? '';
  const parsedDate = Date.parse(date);
  const id = messageId(m) ?? `gmail-${hashText(`${address}|${subject}|${raw.slice(0, 2000)}`)}`;
  const inquiry: Inquiry = {
    source: 'gmail',
    id,
    from: { name, address },
    toCount: m.querySelectorAll(s.recipients).length,
    ccCount: 0,
    undisclosedRecipients: false,
    subject,
    body: split.body,
    quoted: [split.quoted, ...quotedParts].filter(Boolean).join('\n\n'),
    links: linksIn(bodyEl, { exclude: QUOTED, budget }),
    attachments: attachments(m, s, budget),
    partial: Boolean(m.querySelector(s.clipped)) || budget.exhausted,
    ...(budget.exhausted ? { clipped: ['body'] } : {}),
    ...(Number.isNaN(parsedDate) ? {} : { date: new Date(parsedDate).toISOString() }),
  };
  return { status: 'ok', inquiry: clipInquiry(inquiry), via: `gmail:${via}` };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  currentKey(doc) {
    for (const s of Object.values(SELECTORS)) {
      const ms = expandedMessages(doc, s);
      const m = ms[ms.length - 1];
      if (m) return `${messageId(m) ?? ''}|${ms.length}|${m.querySelector(s.body)?.textContent?.length ?? 0}`;
    }
    return null;
  },
  read(doc, url) {
    for (const via of Object.keys(SELECTORS) as Array<keyof typeof SELECTORS>) {
      const r = readWith(doc, url, via);
      if (r) return r;
    }
    // A thread whose messages are all collapsed or hidden shows a subject but no body: nothing to read.
    if (pick(doc, [SELECTORS['2024-gmailjs'].subject, SELECTORS['2025-roles'].subject]) || !urlShowsMessage(url)) return { status: 'no-message' };
    return { status: 'unrecognised', reason: 'Gmail shows a message, but none of the known message hooks (div.adn, data-message-id, div.a3s) matched.' };
  },
  observeRoot: (doc) => doc.querySelector('[role="main"]'),
  replyBox: (doc) => editableIn(doc.querySelector('[role="main"]'), REPLY_BOX),
};
