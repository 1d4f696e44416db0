import type { Inquiry } from '../inquiry';
import { splitQuoted } from '../parse/quotes';
import { clipInquiry } from './clip';
import { editableIn, elementText, hashText, linksIn, pick, textBudget } from './dom-text';
import type { TextBudget } from './dom-text';
import type { ReadResult, SiteAdapter } from './types';

/**
 * Outlook on the web generates class names, so the reading pane is found by role and the body by its
 * (localised) aria-label, the way Mailvelope does; the sender by the persona hover target or any
 * element whose title holds an address.
 */
const BODY_LABELS = ['Message body', 'Nachrichtentext', 'Corps du message', 'Cuerpo del mensaje', 'Corpo da mensagem', 'Текст сообщения', '邮件正文', '郵件內文', 'Corpo del messaggio', 'Berichttekst'];
const BODY = BODY_LABELS.map((l) => `[aria-label="${l}"]`).join(', ');
const REPLY_BOX = BODY_LABELS.map((l) => `[contenteditable="true"][role="textbox"][aria-label^="${l}"]`).join(', ');
const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);
const QUOTED = (el: Element) => el.id === 'divRplyFwdMsg' || el.id === 'appendonsend' || el.tagName === 'BLOCKQUOTE' || /(?:^|\s)(?:gmail_quote|x_gmail_quote)(?:\s|$)/.test(el.className);

function itemId(doc: Document, url: URL): string | undefined {
  const m = /\/id\/([^/?#]+)/.exec(url.pathname);
  if (m?.[1]) return decodeURIComponent(m[1]);
  return doc.querySelector('[role="main"] [data-convid]')?.getAttribute('data-convid') || doc.querySelector('[aria-selected="true"][data-convid]')?.getAttribute('data-convid') || undefined;
}

function sender(main: Element, budget: TextBudget): { name: string; address: string } {
  const el = pick(main, ['.lpc-hoverTarget[title*="@"]', '[data-testid="SenderPersona"] [title*="@"]', 'span[title*="@"]', 'button[title*="@"]']);
  const title = el?.getAttribute('title') ?? '';
  const shown = el ? elementText(el, { budget }) : '';
  const address = findAddress(title) ?? findAddress(shown) ?? '';
  const name = stripTags(shown).replace(address, '').trim();
  return { name, address };
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

export const outlook: SiteAdapter = {
  id: 'outlook',
  matches: (url) => HOSTS.has(url.hostname),
  currentKey(doc, url) {
    const body = doc.querySelector(BODY);
    return body ? `${itemId(doc, url) ?? ''}|${body.textContent?.length ?? 0}` : null;
  },
  read(doc, url): ReadResult {
    const bodyEl = doc.querySelector(BODY);
    const main = bodyEl?.closest('[role="main"]') ?? doc.querySelector('[role="main"]');
    if (!bodyEl || !main) {
      return itemId(doc, url) && /\/id\//.test(url.pathname)
        ? { status: 'unrecognised', reason: 'Outlook shows a message, but no region labelled as the message body was found.' }
        : { status: 'no-message' };
    }
    const budget = textBudget();
    const subject = elementText(pick(main, ['[role="heading"][aria-level="2"]', '[role="heading"]', 'h1', 'h2']), { budget });
    const from = sender(main, budget);
    const raw = elementText(bodyEl, { exclude: QUOTED, budget });
    const split = splitQuoted(raw, { subject });
    const id = itemId(doc, url) ?? `outlook-${hashText(`${from.address}|${subject}|${raw.slice(0, 2000)}`)}`;
    const attachments = Array.from(main.querySelectorAll('[role="listitem"][title], [data-testid="AttachmentCard"] [title]'))
      .map((a) => a.getAttribute('title') ?? '')
      .filter((n) => /\.[a-z0-9]{2,5}$/i.test(n))
      .map((name) => ({ name, mimeType: 'application/octet-stream', size: 0 }));
    const inquiry: Inquiry = {
      source: 'outlook',
      id,
      from,
      toCount: main.querySelectorAll('[aria-label^="To"] [title*="@"], [data-testid="RecipientWell"] [title*="@"]').length,
      ccCount: 0,
      undisclosedRecipients: false,
      subject,
      body: split.body,
      quoted: split.quoted,
      links: linksIn(bodyEl, { exclude: QUOTED, budget }),
      attachments,
      partial: budget.exhausted,
      ...(budget.exhausted ? { clipped: ['body'] } : {}),
    };
    return { status: 'ok', inquiry: clipInquiry(inquiry), via: 'outlook:aria' };
  },
  observeRoot: (doc) => doc.querySelector('[role="main"]'),
  // The reply editor carries the same localised "Message body" label as the message, but is editable.
  replyBox: (doc) => editableIn(doc.querySelector('[role="main"]'), [REPLY_BOX]),
};
