import type { Inquiry } from '../inquiry';
import { clipInquiry } from './clip';
import { parseShownDate } from './dates';
import { elementText, quotedText, hashText, linksIn, MAX_NODES, textBudget } from './dom-text';
import { unrecognised } from './failures';
import { finishInquiry } from './finish';
import { findAddress } from './outlook';
import { historyWalk } from './quoted';
import type { ReadResult } from './types';

/**
 * Any page ("Analyse this page"): the open message is the block that carries a sender, a date and a
 * body together, the way every mail and message site lays one out. Without such a block the reader
 * says so: a message list, a preview or the page around it is never judged as the inquiry.
 *
 * Found from the sender outwards: the smallest element holding a sender and a date is the message's
 * header; the nearest element around it that adds text is the message; the text beside the header is
 * the body. A header whose surroundings hold another message's date instead (a row of a list, a
 * collapsed message) has no body of its own and is passed over. Of several messages, the last one
 * on the page is the open one, as threads put the newest expanded message last.
 */

/** Places where senders and dates appear without being an open message: lists, menus, editors. */
const NOT_A_MESSAGE =
  '[role="listbox"], [role="option"], [role="grid"], [role="row"], [role="gridcell"], [role="navigation"], [role="menu"], [role="tree"], [role="treeitem"], [role="search"], [role="tooltip"], [contenteditable="true"], nav, form';
const SENDER = '[email*="@"], [data-hovercard-id*="@"], [aria-label], [title*="@"]';
const FROM_LABEL =
  /^\s{0,3}(?:from|von|de|da|van|od|fra|från|kimden|от|发件人|寄件人|寄件者|差出人|보낸 사람|lähettäjä|remetente|expéditeur|mittente|afzender)\s{0,3}[:：]/i;
/** Gmail trims repeated content behind "…" with classes its stylesheet hides; a saved page keeps no stylesheet. */
const TRIMMED = ['adL', 'h5'];
const LIST_ROLES = new Set(['listbox', 'option', 'grid', 'row', 'gridcell', 'navigation', 'menu', 'tree', 'treeitem', 'search', 'tooltip']);
/** Beside the header but not the body: lists such as attachment cards, menus, editors. */
const notText = (el: Element) =>
  LIST_ROLES.has(el.getAttribute('role') ?? '') || el.tagName === 'NAV' || el.tagName === 'FORM' || el.getAttribute('contenteditable') === 'true';
/** Text beside a header that is still header: "to me", a star, "unsubscribe". Less than this is not a body. */
const MIN_BODY_CHARS = 20;
const MAX_HOOKS = 400;
/** Elements looked at for senders and dates: a real page has a few thousand; a padded one is read in part. */
const MAX_SCAN = 50_000;
const MAX_DEPTH = 80;

interface Sender {
  el: Element;
  name: string;
  address: string;
}

function senderOf(el: Element): Sender | undefined {
  const email = el.getAttribute('email') || el.getAttribute('data-hovercard-id');
  if (email && findAddress(email))
    return { el, name: el.getAttribute('name') ?? el.getAttribute('data-name') ?? (el.textContent ?? '').trim(), address: findAddress(email)! };
  const label = el.getAttribute('aria-label') ?? '';
  const prefix = FROM_LABEL.exec(label.slice(0, 40));
  if (prefix) {
    const value = label.slice(prefix[0].length);
    const address = findAddress(value) ?? findAddress(el.textContent ?? '') ?? '';
    return address ? { el, name: value.replace(address, '').replace(/[<>"]/g, '').trim(), address } : undefined;
  }
  const title = el.getAttribute('title') ?? '';
  const address = title.includes('@') ? findAddress(title) : undefined;
  return address ? { el, name: title.replace(address, '').replace(/[<>"]/g, '').trim(), address } : undefined;
}

function dateOf(el: Element): string | undefined {
  return parseShownDate(el.getAttribute('datetime') ?? el.getAttribute('title') ?? (el.childElementCount === 0 ? el.textContent : ''));
}

function pageDates(doc: Document): Array<{ el: Element; date: string }> {
  const out: Array<{ el: Element; date: string }> = [];
  const all = doc.querySelectorAll('time, [title], [datetime], span, td, font, div');
  for (let i = 0; i < all.length && i < MAX_SCAN && out.length < MAX_HOOKS; i++) {
    const el = all[i]!;
    // Cheap tests first: most elements hold neither a date attribute nor a short text of their own.
    if (!el.hasAttribute('title') && !el.hasAttribute('datetime') && (el.childElementCount > 0 || (el.textContent ?? '').length > 60)) continue;
    const date = dateOf(el);
    if (date && !el.closest(NOT_A_MESSAGE)) out.push({ el, date });
  }
  return out;
}

interface Block {
  sender: Sender;
  date: string;
  header: Element;
  message: Element;
}

/** Text of `parent`'s children other than the one holding `inside`: what the block adds around the header. */
function besideText(parent: Element, inside: Element): string {
  let s = '';
  for (const c of Array.from(parent.childNodes)) if (!c.contains(inside)) s += c.textContent ?? '';
  return s.trim();
}

function blockFor(sender: Sender, dates: ReadonlyArray<{ el: Element; date: string }>): Block | undefined {
  let header: Element | null = sender.el;
  let depth = 0;
  let date: { el: Element; date: string } | undefined;
  for (; header && depth < MAX_DEPTH; header = header.parentElement, depth++) {
    const h = header;
    date = dates.find((d) => h.contains(d.el));
    if (date) break;
  }
  if (!header || !date) return undefined;
  for (let inner = header, p = header.parentElement; p && depth < MAX_DEPTH; inner = p, p = p.parentElement, depth++) {
    const beside = besideText(p, inner);
    if (beside.length < MIN_BODY_CHARS) continue;
    // Text beside the header that holds another message's date is a list or a thread, not this message's body.
    if (dates.some((d) => !inner.contains(d.el) && p.contains(d.el))) return undefined;
    return { sender, date: date.date, header: inner, message: p };
  }
  return undefined;
}

/** The nearest heading before the message, outside any message: the subject of a thread or a detail page. */
function subjectBefore(doc: Document, message: Element): string {
  let subject = '';
  for (const h of Array.from(doc.querySelectorAll('h1, h2, [role="heading"]'))) {
    if (message.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING || message.contains(h) || h.closest(NOT_A_MESSAGE)) continue;
    subject = elementText(h).slice(0, 1000);
  }
  return subject;
}

function findOpenMessage(doc: Document): Block | undefined {
  const dates = pageDates(doc);
  if (!dates.length) return undefined;
  let last: Block | undefined;
  let senders = 0;
  const all = doc.querySelectorAll(SENDER);
  for (let i = 0; i < all.length && i < MAX_SCAN && senders < MAX_HOOKS; i++) {
    const el = all[i]!;
    const sender = senderOf(el);
    if (!sender || el.closest(NOT_A_MESSAGE) || (last && last.message.contains(el))) continue;
    senders++;
    const block = blockFor(sender, dates);
    if (block) last = block;
  }
  return last;
}

export function readPage(doc: Document, url: URL): ReadResult {
  try {
    const block = findOpenMessage(doc);
    if (!block) return unrecognised('no-open-message', `sender (${SENDER}) + date + body in one block`);
    const { message, header } = block;
    // Asked for by the rep and run once, not on every change of a mail tab: a larger allowance.
    const budget = textBudget(MAX_NODES * 10);
    const walk = historyWalk(TRIMMED, notText);
    const exclude = (el: Element) => el === header || walk.exclude(el);
    const body = elementText(message, { exclude, budget });
    if (!body) return unrecognised('no-open-message', 'the block has no readable body');
    const subject = subjectBefore(doc, message);
    const inquiry: Inquiry = {
      source: 'page',
      id: `page-${url.origin}${url.pathname}-${hashText(`${block.sender.address}|${body.slice(0, 5000)}`)}`,
      from: { name: block.sender.name, address: block.sender.address },
      toCount: 0,
      ccCount: 0,
      undisclosedRecipients: false,
      subject,
      date: block.date,
      body,
      quoted: quotedText(walk.history, budget),
      links: linksIn(message, { exclude, budget }),
      attachments: [],
      partial: budget.exhausted,
      ...(budget.exhausted ? { clipped: ['body'] } : {}),
    };
    return { status: 'ok', inquiry: finishInquiry(clipInquiry(inquiry)), via: 'page sender+date+body' };
  } catch (err) {
    return unrecognised('read-failed', err instanceof Error ? err.message : 'unknown error');
  }
}
