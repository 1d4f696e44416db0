import type { Inquiry, PlatformFields } from '../inquiry';
import { splitQuoted } from '../parse/quotes';
import { elementText, hashText, linksIn, pick } from './dom-text';
import type { ReadResult, SiteAdapter, SiteId } from './types';

/**
 * B2B message centres (Alibaba.com, Made-in-China.com, Global Sources). No public copy of their DOM
 * exists, so the readers lean on what changes least: data attributes and ARIA roles first, partial
 * class names second, and buyer fields found by their visible labels (English and Chinese).
 */
interface PlatformSpec {
  id: Extract<SiteId, 'alibaba' | 'made-in-china' | 'global-sources'>;
  hosts: RegExp;
  paths: RegExp;
}

const SPECS: PlatformSpec[] = [
  { id: 'alibaba', hosts: /(?:^|\.)alibaba\.com$/, paths: /messenger|message|inquiry|feedback|msgsend/i },
  { id: 'made-in-china', hosts: /(?:^|\.)made-in-china\.com$/, paths: /inquiry|message|msg/i },
  { id: 'global-sources', hosts: /(?:^|\.)globalsources\.com$/, paths: /inquiry|message|rfq|msg/i },
];

const MESSAGE = ['[data-role="message-content"]', '[data-testid="message-content"]', '[role="article"] [class*="content" i]', '[class*="message-content" i]', '[class*="msg-content" i]', '[class*="inquiry-content" i]', '[class*="inquiry-detail" i] [class*="content" i]'];
const SUBJECT = ['[data-role="subject"]', '[class*="inquiry-subject" i]', '[class*="msg-subject" i]', '[class*="subject" i]', 'h1'];
const ID_ATTRS = ['data-inquiry-id', 'data-message-id', 'data-msg-id', 'data-trade-id', 'data-id'];

const LABELS: Record<keyof PlatformFields | 'email', RegExp> = {
  buyerName: /^(?:buyer|buyer name|name|contact|contact person|from|买家|联系人|姓名)\s*[:：]?$/i,
  company: /^(?:company|company name|buyer company|公司|公司名称)\s*[:：]?$/i,
  country: /^(?:country\/region|country|region|location|国家\/地区|国家|地区)\s*[:：]?$/i,
  quantity: /^(?:quantity|purchase quantity|order quantity|qty|采购数量|数量)\s*[:：]?$/i,
  product: /^(?:product|product name|products|产品|产品名称)\s*[:：]?$/i,
  email: /^(?:e-?mail|邮箱|电子邮件)\s*[:：]?$/i,
};

/** The value next to a label: the next element sibling, or the rest of the label's parent text. */
function labelled(doc: Document, label: RegExp): string | undefined {
  const candidates = doc.querySelectorAll('dt, th, label, span, div, td, strong, b, p');
  for (const el of Array.from(candidates)) {
    if (el.children.length > 1) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length > 40 || !label.test(text)) continue;
    const next = el.nextElementSibling;
    const value = next ? elementText(next) : (el.parentElement?.textContent ?? '').replace(text, '');
    const v = value.trim();
    if (v && v.length <= 300) return v;
  }
  return undefined;
}

function platformFields(doc: Document): { fields: PlatformFields; email?: string } {
  const fields: PlatformFields = {};
  for (const key of ['buyerName', 'company', 'country', 'quantity', 'product'] as const) {
    const v = labelled(doc, LABELS[key]);
    if (v) fields[key] = v;
  }
  const email = labelled(doc, LABELS.email);
  return email ? { fields, email } : { fields };
}

function messageEl(doc: Document): Element | null {
  return pick(doc, MESSAGE);
}

function makeAdapter(spec: PlatformSpec): SiteAdapter {
  return {
    id: spec.id,
    matches: (url) => spec.hosts.test(url.hostname) && spec.paths.test(url.pathname + url.hash),
    currentKey(doc) {
      const el = messageEl(doc);
      if (!el) return null;
      const idHolder = el.closest(ID_ATTRS.map((a) => `[${a}]`).join(','));
      return `${ID_ATTRS.map((a) => idHolder?.getAttribute(a)).find(Boolean) ?? ''}|${el.textContent?.length ?? 0}`;
    },
    read(doc, url): ReadResult {
      const el = messageEl(doc);
      if (!el) {
        return /detail|id=|\/\d{6,}/i.test(url.pathname + url.search)
          ? { status: 'unrecognised', reason: `The ${spec.id} page should show a message, but no message content element was found.` }
          : { status: 'no-message' };
      }
      const { fields, email } = platformFields(doc);
      const subject = elementText(pick(doc, SUBJECT));
      const split = splitQuoted(elementText(el), { subject });
      const idHolder = el.closest(ID_ATTRS.map((a) => `[${a}]`).join(','));
      const pageId = ID_ATTRS.map((a) => idHolder?.getAttribute(a)).find(Boolean) ?? new URLSearchParams(url.search).get('id') ?? undefined;
      const attachments = Array.from(doc.querySelectorAll('[data-role="attachment"], [class*="attachment" i] a, [class*="attach" i] [title]'))
        .map((a) => (a.getAttribute('title') ?? a.getAttribute('download') ?? elementText(a)).trim())
        .filter((n) => /\.[a-z0-9]{2,5}$/i.test(n))
        .map((name) => ({ name, mimeType: 'application/octet-stream', size: 0 }));
      const inquiry: Inquiry = {
        source: spec.id,
        id: `${spec.id}-${pageId ?? hashText(`${fields.buyerName ?? ''}|${subject}|${split.body.slice(0, 2000)}`)}`,
        from: { name: fields.buyerName ?? '', address: email ?? '' },
        toCount: 1,
        ccCount: 0,
        undisclosedRecipients: false,
        subject,
        body: split.body,
        quoted: split.quoted,
        links: linksIn(el),
        attachments,
        platform: fields,
        partial: false,
      };
      return { status: 'ok', inquiry, via: `${spec.id}:labels` };
    },
    observeRoot: (doc) => pick(doc, ['[role="main"]', 'main', '[class*="message-detail" i]']),
  };
}

export const alibaba = makeAdapter(SPECS[0]!);
export const madeInChina = makeAdapter(SPECS[1]!);
export const globalSources = makeAdapter(SPECS[2]!);
