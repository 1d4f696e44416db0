import type { Attachment, Inquiry } from '../inquiry';
import { clipInquiry } from './clip';
import { parseShownDate } from './dates';
import { editableIn, elementText, quotedText, hashText, linksIn, textBudget } from './dom-text';
import type { TextBudget } from './dom-text';
import { unrecognised } from './failures';
import { matchesAny } from './patterns';
import { historyWalk } from './quoted';
import type { ReadResult, SiteAdapter } from './types';

const PATTERNS = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] as const;

/**
 * Outlook on the web generates class names, so everything is found by ids it keeps, roles and
 * (localised) aria-labels, the way Mailvelope does. Selector sets are dated by the markup they were
 * seen on, newest first; a read says which one matched.
 */
const BODY_LABELS = [
  'Message body',
  'Nachrichtentext',
  'Corps du message',
  'Cuerpo del mensaje',
  'Corpo da mensagem',
  'Текст сообщения',
  '邮件正文',
  '郵件內文',
  'Corpo del messaggio',
  'Berichttekst',
];
const LABELS = new Set(BODY_LABELS);
/** A conversation shows tens of messages; a page with thousands of "bodies" is hostile and is read in part. */
const MAX_BODIES = 200;
/**
 * Each set names its selector (for failure reports) and finds the same elements with one attribute
 * query filtered in code: a list of ten `[aria-label="…"]` selectors over a long page costs far more.
 */
interface OutlookSet {
  name: string;
  body: string;
  find(root: ParentNode): Element[];
}
const SETS: readonly OutlookSet[] = [
  // Mailvelope's templates of 2025 (from outlook.office.com): [role=document] > #UniqueMessageBody_N, labelled or not.
  { name: 'outlook 2025', body: '[id^="UniqueMessageBody"]', find: (root) => Array.from(root.querySelectorAll('[id^="UniqueMessageBody"]')) },
  // The reading pane of 2023: the body is the region labelled "Message body" in the UI language.
  {
    name: 'outlook 2023',
    body: `[aria-label] ∈ ${BODY_LABELS.join(' | ')}`,
    find: (root) => Array.from(root.querySelectorAll('[aria-label]')).filter((e) => LABELS.has(e.getAttribute('aria-label') ?? '')),
  },
];
const allBodies = (root: ParentNode) => SETS.flatMap((s) => s.find(root).slice(0, MAX_BODIES));

/** The reading pane: `role=main` in the single-message layout, the conversation container when it lacks one. */
const PANE = '[role="main"], #ConversationReadingPaneContainer, [data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]';

/** "From: Name <address>" as the sender's aria-label says it, in the UI languages Outlook ships most. */
const FROM_LABEL =
  /^\s{0,3}(?:from|von|de|da|van|od|fra|från|kimden|от|发件人|寄件人|寄件者|差出人|보낸 사람|lähettäjä|remetente|expéditeur|mittente|afzender)\s{0,3}[:：]\s{0,3}/i;
const PERSONA = ['.lpc-hoverTarget[title*="@"]', '[data-testid="SenderPersona"] [title*="@"]', 'span[title*="@"]', 'button[title*="@"]'];
const REPLY_BOX = BODY_LABELS.map((l) => `[contenteditable="true"][role="textbox"][aria-label^="${l}"]`).join(', ');
const ATTACHMENT = '[role="option"] [title], [role="listitem"][title], [data-testid="AttachmentCard"] [title]';
const FILE_NAME = /\.[a-z0-9]{2,5}$/i;

/** The compose box is labelled "Message body" too: a draft is never the received mail. */
function isDraft(el: Element): boolean {
  return el.getAttribute('contenteditable') === 'true' || Boolean(el.closest('[contenteditable="true"]'));
}

interface Open {
  set: OutlookSet;
  body: Element;
  pane: Element;
  /** The largest block around the body that holds no other message: its header, body and attachments. */
  message: Element;
  /** How many received messages the pane shows (a conversation shows one container per message). */
  count: number;
}

/**
 * The open message: of the received (not editable) bodies, the last expanded one, else the last. In a
 * conversation every message has its own container; collapsed ones render no body.
 */
function openMessage(doc: Document): Open | { failed: 'body-found-no-main'; set: OutlookSet } | undefined {
  for (const set of SETS) {
    const bodies = set
      .find(doc)
      .slice(0, MAX_BODIES)
      .filter((b, i, all) => !isDraft(b) && !all.slice(0, i).some((o) => o.contains(b)));
    if (!bodies.length) continue;
    const expanded = bodies.filter((b) => b.closest('[aria-expanded="true"]'));
    const body = (expanded.length ? expanded : bodies)[(expanded.length ? expanded : bodies).length - 1]!;
    // The outermost pane: a conversation's container sits inside the pane that holds its subject.
    let pane = body.closest(PANE);
    if (!pane) return { failed: 'body-found-no-main', set };
    for (let up = pane.parentElement?.closest(PANE); up; up = up.parentElement?.closest(PANE)) pane = up;
    const others = allBodies(pane).filter((o) => !o.contains(body) && !body.contains(o));
    let message = body;
    for (let p = body.parentElement; p && pane.contains(p); p = p.parentElement) {
      if (others.some((o) => p.contains(o))) break;
      message = p;
    }
    return { set, body, pane, message, count: bodies.filter((b) => pane.contains(b)).length };
  }
  return undefined;
}

function itemId(doc: Document, url: URL): string | undefined {
  const m = /\/id\/([^/?#]+)/.exec(url.pathname);
  if (m?.[1]) return decodeURIComponent(m[1]);
  return (
    doc.querySelector('[role="main"] [data-convid]')?.getAttribute('data-convid') ||
    doc.querySelector('[aria-selected="true"][data-convid]')?.getAttribute('data-convid') ||
    undefined
  );
}

/** Longest address RFC 5321 allows; a longer token is not an address, so it is never scanned. */
const MAX_ADDRESS = 254;

/**
 * The first mail address among the text's tokens. Tokens are split on the characters an address cannot
 * contain and checked one by one with bounded work, so a 5 000-character display name costs
 * microseconds: the single regular expression this replaces backtracked in cubic time.
 */
export function findAddress(text: string): string | undefined {
  for (const raw of text.split(/[<>\s"]+/)) {
    if (raw.length < 6 || raw.length > MAX_ADDRESS + 2) continue;
    const token = raw.replace(/^[([{'`,;:]+/, '').replace(/[)\]}'`,;:.]+$/, '');
    const at = token.indexOf('@');
    if (at < 1 || token.length > MAX_ADDRESS) continue;
    const domain = token.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    if (dot < 1 || domain.includes('@') || !/^[a-z]{2,}$/i.test(domain.slice(dot + 1))) continue;
    return token;
  }
  return undefined;
}

/** Remove anything that looks like a tag; `[^<>]` keeps every scan from running past the next bracket. */
function stripTags(s: string): string {
  return s.replace(/<[^<>]*>/g, '');
}

/**
 * The sender: an element whose aria-label begins "From:"/"Von:"… (the address may be only there or in
 * its text), else the persona hover target whose title holds "Name <address>".
 */
function sender(message: Element, body: Element, budget: TextBudget): { name: string; address: string } {
  for (const el of Array.from(message.querySelectorAll('[aria-label]')).slice(0, 500)) {
    const label = el.getAttribute('aria-label') ?? '';
    const prefix = FROM_LABEL.exec(label.slice(0, 40));
    if (!prefix || body.contains(el)) continue;
    const value = label.slice(prefix[0].length);
    const shown = elementText(el, { budget });
    const address = findAddress(value) ?? findAddress(shown) ?? '';
    return { name: stripTags(value).replace(address, '').replace(/[<>"]/g, '').trim(), address };
  }
  for (const sel of PERSONA) {
    const el = message.querySelector(sel);
    if (!el || body.contains(el)) continue;
    const shown = elementText(el, { budget });
    const address = findAddress(el.getAttribute('title') ?? '') ?? findAddress(shown) ?? '';
    return { name: stripTags(shown).replace(address, '').trim(), address };
  }
  return { name: '', address: '' };
}

/** The conversation's subject: a heading of the pane that is not part of any message's own text. */
function subjectOf(pane: Element, budget: TextBudget): string {
  const bodies = allBodies(pane);
  for (const sel of ['[role="heading"][aria-level="2"]', '[role="heading"]', 'h1', 'h2']) {
    const el = Array.from(pane.querySelectorAll(sel)).find((h) => !bodies.some((b) => b.contains(h)));
    if (el) return elementText(el, { budget });
  }
  return '';
}

function attachments(message: Element, body: Element): Attachment[] {
  const names = Array.from(message.querySelectorAll(ATTACHMENT))
    .filter((a) => !body.contains(a))
    .map((a) => a.getAttribute('title') ?? '')
    .filter((n) => FILE_NAME.test(n));
  return [...new Set(names)].map((name) => ({ name, mimeType: 'application/octet-stream', size: 0 }));
}

/** The date the message header shows (its title or text), outside the body. */
function dateOf(message: Element, body: Element): string | undefined {
  for (const el of Array.from(message.querySelectorAll('[title]')).slice(0, 100)) {
    if (body.contains(el)) continue;
    const date = parseShownDate(el.getAttribute('title'));
    if (date) return date;
  }
  return undefined;
}

function readOpen(doc: Document, url: URL, o: Open): ReadResult {
  const budget = textBudget();
  const subject = subjectOf(o.pane, budget);
  const from = sender(o.message, o.body, budget);
  // Quoted lines written as text ("> …", "From: … Sent: …") are split off where the text is judged (finish.ts).
  const { exclude, history } = historyWalk();
  const body = elementText(o.body, { exclude, budget });
  const item = itemId(doc, url);
  const own = hashText(`${from.address}|${subject}|${body.slice(0, 2000)}`);
  // A conversation shares one address for all its messages: each message needs its own id in the history.
  const id = item ? (o.count > 1 ? `${item}#${own}` : item) : `outlook-${own}`;
  const inquiry: Inquiry = {
    source: 'outlook',
    id,
    from,
    toCount: o.message.querySelectorAll('[aria-label^="To"] [title*="@"], [data-testid="RecipientWell"] [title*="@"]').length,
    ccCount: 0,
    undisclosedRecipients: false,
    subject,
    body,
    quoted: quotedText(history, budget),
    links: linksIn(o.body, { exclude, budget }),
    attachments: attachments(o.message, o.body),
    partial: budget.exhausted,
    ...(budget.exhausted ? { clipped: ['body'] } : {}),
  };
  const date = dateOf(o.message, o.body);
  if (date) inquiry.date = date;
  return { status: 'ok', inquiry: clipInquiry(inquiry), via: o.set.name };
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  patterns: PATTERNS,
  matches: (url) => matchesAny(PATTERNS, url),
  currentKey(doc, url) {
    const o = openMessage(doc);
    return o && 'body' in o ? `${itemId(doc, url) ?? ''}|${o.set.name}|${o.count}|${o.body.textContent?.length ?? 0}` : null;
  },
  read(doc, url): ReadResult {
    const o = openMessage(doc);
    if (o && 'body' in o) return readOpen(doc, url, o);
    if (o) return unrecognised(o.failed, `${o.set.name}: ${o.set.body} outside ${PANE}`);
    if (!(itemId(doc, url) && /\/id\//.test(url.pathname))) return { status: 'no-message' };
    return doc.querySelector(PANE) ? unrecognised('no-body', SETS.map((s) => `${s.name}: ${s.body}`).join(' | ')) : unrecognised('no-reading-pane', PANE);
  },
  observeRoot: (doc) => doc.querySelector(PANE),
  // The reply editor carries the same localised "Message body" label as the message, but is editable.
  replyBox: (doc) => editableIn(doc.querySelector(PANE), [REPLY_BOX]),
};
