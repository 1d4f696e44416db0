import type { Inquiry } from '../inquiry';
import { clipInquiry } from './clip';
import { parseShownDate } from './dates';
import { elementText, quotedText, hashText, linksIn, textBudget } from './dom-text';
import { unrecognised } from './failures';
import { findAddress } from './outlook';
import { hasClass, historyWalk } from './quoted';
import type { ReadResult } from './types';

/**
 * Gmail's plain pages of one message: "View entire message" of a clipped mail (`view=lg`) and the
 * print view (`view=pt`). They are server-rendered tables without the app's classes: one
 * `table.message` per message, its first row the sender (`<b>Name</b> <address>`) and the date,
 * `.recipient` the To/Cc lines, `.att` the attachments, and the last row the whole body. This is the
 * structure print extensions rely on (PrettyPrintGmail, 2016–2018) and Gmail still serves.
 */
const SET = 'gmail print 2018';
const MESSAGE = 'table.message';
const NOT_BODY = ['recipient', 'att'];

export function isPrintView(url: URL): boolean {
  const view = url.searchParams.get('view');
  return view === 'pt' || view === 'lg';
}

/** "Gmail - Subject" (print) or the page's large bold heading. */
function subjectOf(doc: Document): string {
  const heading = doc.querySelector('.maincontent font[size="+1"] b, font[size="+1"] b');
  if (heading) return elementText(heading);
  const t = doc.title.trim();
  return t.toLowerCase().startsWith('gmail - ') ? t.slice(8).trim() : '';
}

export function readPrintView(doc: Document, url: URL): ReadResult {
  const tables = Array.from(doc.querySelectorAll(MESSAGE));
  const m = tables[tables.length - 1];
  // The message table's own rows: the body row holds tables of its own (the body, the attachments).
  const rows = m ? Array.from(m.querySelectorAll(':scope > tr, :scope > tbody > tr')) : [];
  const head = rows[0];
  const bodyRow = rows.length > 1 ? rows[rows.length - 1] : undefined;
  if (!m || !head) return unrecognised('no-message-hooks', `${SET}: ${MESSAGE}`);
  if (!bodyRow) return unrecognised('no-body', `${SET}: ${MESSAGE} tr:last-child`);
  const budget = textBudget();
  const cells = Array.from(head.querySelectorAll(':scope > td'));
  const who = elementText(cells[0], { budget });
  const address = findAddress(who) ?? '';
  const name = elementText(cells[0]?.querySelector('b'), { budget }) || who.replace(address, '').replace(/[<>]/g, '').trim();
  const { exclude: notBody, history } = historyWalk([], (el) => hasClass(el, NOT_BODY));
  const body = elementText(bodyRow, { exclude: notBody, budget });
  const subject = subjectOf(doc);
  const date = parseShownDate(elementText(cells[cells.length - 1], { budget }));
  const inquiry: Inquiry = {
    source: 'gmail',
    id:
      url.searchParams.get('msg') ||
      url.searchParams.get('th') ||
      url.searchParams.get('permmsgid') ||
      `gmail-${hashText(`${address}|${subject}|${body.slice(0, 2000)}`)}`,
    from: { name: name.trim(), address },
    toCount: (m.querySelector('.recipient')?.textContent ?? '').split('@').length - 1,
    ccCount: 0,
    undisclosedRecipients: false,
    subject,
    body,
    quoted: quotedText(history, budget),
    links: linksIn(bodyRow, { exclude: notBody, budget }),
    attachments: Array.from(m.querySelectorAll('.att b'))
      .map((b) => elementText(b, { budget }))
      .filter(Boolean)
      .map((n) => ({ name: n, mimeType: 'application/octet-stream', size: 0 })),
    partial: budget.exhausted,
    ...(budget.exhausted ? { clipped: ['body'] } : {}),
    ...(date ? { date } : {}),
  };
  return { status: 'ok', inquiry: clipInquiry(inquiry), via: SET };
}
