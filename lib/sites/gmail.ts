import type { Attachment, Inquiry } from '../inquiry';
import { clipInquiry } from './clip';
import { parseShownDate } from './dates';
import { editableIn, elementText, quotedText, hashText, linksIn, pick, textBudget } from './dom-text';
import type { TextBudget } from './dom-text';
import { unrecognised } from './failures';
import { isPrintView, readPrintView } from './gmail-print';
import { matchesAny } from './patterns';
import { hasClass, historyWalk } from './quoted';
import type { ReadResult, SiteAdapter } from './types';

const PATTERNS = ['https://mail.google.com/*'] as const;

/**
 * Gmail's open message, found by the hooks gmail.js and InboxSDK rely on (data attributes and the
 * `email` attribute first, class names second). Selector sets are kept side by side under the date
 * their markup was seen (InboxSDK's practice), newest first, so a Gmail change adds a set instead of
 * breaking the old one, and a read says which set matched.
 */
interface SelectorSet {
  name: string;
  /** An expanded message (`.adn.ads`); collapsed ones (`.kv`) carry no body and are never read. */
  message: string;
  body: string;
  sender: string;
  recipients: string;
  date: string;
  clipped: string;
  attachment: string;
}

const SETS: readonly SelectorSet[] = [
  {
    // A thread reduced from live Gmail in 2026 (defuddle's fixture): message ids on every message.
    name: 'gmail 2026',
    message: 'div.adn.ads[data-message-id]',
    body: 'div.ii.gt div.a3s',
    sender: 'span.gD[email]',
    recipients: '.hb span[email], span.g2[email]',
    date: '.gK .g3[title], span.g3[title]',
    clipped: '.iX a[href*="view=lg"]',
    attachment: '[download_url], .aQH span.aV3',
  },
  {
    // A zh-CN Gmail page of 2016: no message ids, the sender inside h3.iw, body `.a3s.aXjCH`.
    name: 'gmail 2016',
    message: 'div.adn.ads',
    body: 'div.ii.gt div.a3s',
    sender: 'h3.iw span[email], span.gD[email]',
    recipients: '.hb span[email]',
    date: '.gK .g3[title], span.g3[title]',
    clipped: '.iX a[href*="view=lg"]',
    attachment: '[download_url], .aQH span.aV3',
  },
  {
    // Roles and data attributes only, for a redesign that renames every class.
    name: 'gmail roles 2025',
    message: '[role="listitem"][data-message-id], [data-message-id][aria-expanded="true"]',
    body: '[dir="ltr"], [dir="auto"]',
    sender: '[data-hovercard-id*="@"], [email]',
    recipients: '[data-hovercard-id*="@"]',
    date: '[title*=":"]',
    clipped: 'a[href*="view=lg"]',
    attachment: '[download_url]',
  },
];

const SUBJECT = ['h2.hP', '.ha h2', 'h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]'];

/** The inline reply's editor inside the open thread (InboxSDK: g_editable body, classes Am Al editable). */
const REPLY_BOX = ['div[g_editable="true"][contenteditable="true"][role="textbox"]', 'div.Am.Al.editable[contenteditable="true"]'];

/**
 * What a person does not read as this message's text: quoted history, the content Gmail trims behind
 * its "…" button (`.adL`, `.h5`, hidden by Gmail's stylesheet, not inline), and the download toolbar it
 * lays over inline images (`.a6S`).
 */
const TRIMMED = ['adL', 'h5'];
const IMAGE_TOOLBAR = ['a6S'];
const notText = (el: Element) => hasClass(el, IMAGE_TOOLBAR) || el.getAttribute('role') === 'tooltip';

/** A thread or message id in the address ("#inbox/FMfcgz…", "?th=…"): something should be open. */
function urlShowsMessage(url: URL): boolean {
  return /^#[^/]+\/[A-Za-z0-9_:-]{12,}/.test(url.hash) || /[?&]th=/.test(url.search);
}

/** "Subject - account@example.com - Gmail" → "Subject", by index: the title carries the (hostile) subject. */
function titleSubject(title: string): string {
  const g = title.toLowerCase().lastIndexOf('gmail');
  const dash = g < 0 ? -1 : title.lastIndexOf(' - ', g);
  if (dash < 0) return title.trim();
  const before = title.slice(0, dash);
  const account = before.lastIndexOf(' - ');
  return (account >= 0 && before.slice(account).includes('@') ? before.slice(0, account) : before).trim();
}

function shownInline(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (/display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return false;
  return true;
}

/** The message's own body: Gmail keeps a second, hidden `.ii.gt` for the trimmed part, and the reply editor is editable. */
function bodyOf(m: Element, s: SelectorSet): Element | undefined {
  return Array.from(m.querySelectorAll(s.body)).find((b) => b.getAttribute('contenteditable') !== 'true' && shownInline(b, m));
}

interface Open {
  set: SelectorSet;
  message: Element;
  body: Element;
}

/** The open message is the last expanded one in the thread that has a body, by the newest set that finds one. */
function openMessage(doc: Document): Open | { emptyIn: SelectorSet } | undefined {
  let emptyIn: SelectorSet | undefined;
  for (const set of SETS) {
    const messages = Array.from(doc.querySelectorAll(set.message));
    for (let i = messages.length - 1; i >= 0; i--) {
      const body = bodyOf(messages[i]!, set);
      if (body) return { set, message: messages[i]!, body };
    }
    if (messages.length) emptyIn ??= set;
  }
  return emptyIn ? { emptyIn } : undefined;
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

function readOpen(doc: Document, { set: s, message: m, body: bodyEl }: Open): ReadResult {
  const sender = m.querySelector(s.sender);
  const address = sender?.getAttribute('email') || sender?.getAttribute('data-hovercard-id') || '';
  // One node allowance for the whole read: nested quotes or thousands of links cannot multiply it.
  const budget = textBudget();
  const name = sender?.getAttribute('name') ?? (sender ? elementText(sender, { budget }) : '');
  const subject = elementText(pick(doc, SUBJECT), { budget }) || titleSubject(doc.title);
  const { exclude, history } = historyWalk(TRIMMED, notText);
  // Quoted lines written as text ("> …", "On … wrote:") are split off where the text is judged (finish.ts).
  const body = elementText(bodyEl, { exclude, budget });
  const date = parseShownDate(m.querySelector(s.date)?.getAttribute('title'));
  const inquiry: Inquiry = {
    source: 'gmail',
    id: messageId(m) ?? `gmail-${hashText(`${address}|${subject}|${body.slice(0, 2000)}`)}`,
    from: { name, address },
    toCount: m.querySelectorAll(s.recipients).length,
    ccCount: 0,
    undisclosedRecipients: false,
    subject,
    body,
    quoted: quotedText(history, budget),
    links: linksIn(bodyEl, { exclude, budget }),
    attachments: attachments(m, s, budget),
    partial: Boolean(m.querySelector(s.clipped)) || budget.exhausted,
    ...(budget.exhausted ? { clipped: ['body'] } : {}),
    ...(date ? { date } : {}),
  };
  return { status: 'ok', inquiry: clipInquiry(inquiry), via: s.name };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  patterns: PATTERNS,
  matches: (url) => matchesAny(PATTERNS, url),
  currentKey(doc, url) {
    if (isPrintView(url)) return `print|${doc.body?.textContent?.length ?? 0}`;
    const open = openMessage(doc);
    if (!open || !('body' in open)) return null;
    return `${messageId(open.message) ?? ''}|${open.set.name}|${open.body.textContent?.length ?? 0}`;
  },
  read(doc, url) {
    if (isPrintView(url)) return readPrintView(doc, url);
    const open = openMessage(doc);
    if (open && 'body' in open) return readOpen(doc, open);
    if (open) return unrecognised('no-body', `${open.emptyIn.name}: ${open.emptyIn.message} → ${open.emptyIn.body}`);
    // A thread whose messages are all collapsed shows a subject but no expanded message: nothing to read.
    if (pick(doc, SUBJECT) || !urlShowsMessage(url)) return { status: 'no-message' };
    return unrecognised('no-message-hooks', SETS.map((s) => `${s.name}: ${s.message}`).join(' | '));
  },
  observeRoot: (doc) => doc.querySelector('[role="main"]'),
  replyBox: (doc) => editableIn(doc.querySelector('[role="main"]'), REPLY_BOX),
};
