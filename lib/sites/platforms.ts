import type { PlatformSiteId } from '../site-ids';
import type { Inquiry, PlatformFields } from '../inquiry';
import { clipInquiry } from './clip';
import { elementText, hashText, linksIn, pick, textBudget } from './dom-text';
import { unrecognised } from './failures';
import { matchesAny } from './patterns';
import type { ReadResult, SiteAdapter } from './types';

/**
 * B2B message centres (Alibaba.com, Made-in-China.com, Global Sources). No public copy of their DOM
 * exists, so the readers lean on what changes least: data attributes and ARIA roles first, partial
 * class names second, and buyer fields found by their visible labels (English and Chinese).
 */
interface PlatformSpec {
  id: PlatformSiteId;
  /** The message centre's own host: no other page of these marketplaces is read. */
  hosts: ReadonlySet<string>;
  /** Path prefixes of the message centre, anchored: a crafted product or search page never matches. */
  paths: RegExp;
}

/**
 * Only the message centres. A looser match ("any *.alibaba.com page whose address mentions
 * 'message'") let a crafted link make a stranger's page look like an opened inquiry and land in the
 * rep's history. Keep these hosts in step with the content script's `matches` (checked by a test).
 */
export const PLATFORM_SPECS: readonly PlatformSpec[] = [
  { id: 'alibaba', hosts: new Set(['message.alibaba.com']), paths: /^\/message\//i },
  { id: 'made-in-china', hosts: new Set(['membercenter.made-in-china.com']), paths: /^\/(?:inquiry|message)\//i },
  { id: 'global-sources', hosts: new Set(['www.globalsources.com']), paths: /^\/(?:buyer\/|supplier\/)?(?:inquiry|message)s?\//i },
];
const SPECS = PLATFORM_SPECS;

const MESSAGE = [
  '[data-role="message-content"]',
  '[data-testid="message-content"]',
  '[role="article"] [class*="content" i]',
  '[class*="message-content" i]',
  '[class*="msg-content" i]',
  '[class*="inquiry-content" i]',
  '[class*="inquiry-detail" i] [class*="content" i]',
];
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

const MAX_LABEL_CANDIDATES = 5000;

/** The value next to a label: the next element sibling, or the rest of the label's parent text. */
function valueOf(el: Element, label: string): string | undefined {
  const next = el.nextElementSibling;
  const value = next ? elementText(next) : (el.parentElement?.textContent ?? '').replace(label, '');
  const v = value.trim();
  return v && v.length <= 300 ? v : undefined;
}

/**
 * Buyer fields by their visible labels, in one pass over the page: a pass per field multiplied the
 * cost of a large page by the number of fields, in the rep's tab.
 */
function platformFields(doc: Document): { fields: PlatformFields; email?: string } {
  const found: Partial<Record<keyof typeof LABELS, string>> = {};
  const keys = Object.keys(LABELS) as Array<keyof typeof LABELS>;
  // Labels sit in the buyer card near the top; a page padded with thousands of elements is not searched to its end.
  const candidates = Array.from(doc.querySelectorAll('dt, th, label, span, div, td, strong, b, p')).slice(0, MAX_LABEL_CANDIDATES);
  for (const el of candidates) {
    if (el.children.length > 1) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 40) continue;
    for (const key of keys) {
      if (found[key] !== undefined || !LABELS[key].test(text)) continue;
      const v = valueOf(el, text);
      if (v) found[key] = v;
    }
    if (keys.every((k) => found[k] !== undefined)) break;
  }
  const { email, ...rest } = found;
  const fields: PlatformFields = {};
  for (const key of ['buyerName', 'company', 'country', 'quantity', 'product'] as const) if (rest[key]) fields[key] = rest[key];
  return email ? { fields, email } : { fields };
}

function messageEl(doc: Document): Element | null {
  return pick(doc, MESSAGE);
}

function makeAdapter(spec: PlatformSpec): SiteAdapter {
  // The content script runs on the whole host; `matches` then narrows it to the message centre's paths.
  const patterns = [...spec.hosts].map((h) => `https://${h}/*`);
  return {
    id: spec.id,
    patterns,
    matches: (url) => matchesAny(patterns, url) && spec.paths.test(url.pathname),
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
          ? unrecognised('no-message-content', `${spec.id} labels: ${MESSAGE.join(', ')}`)
          : { status: 'no-message' };
      }
      const { fields, email } = platformFields(doc);
      const budget = textBudget();
      const subject = elementText(pick(doc, SUBJECT), { budget });
      // Quoted history is split off where the text is judged (finish.ts), as for the mail sites.
      const body = elementText(el, { budget });
      const idHolder = el.closest(ID_ATTRS.map((a) => `[${a}]`).join(','));
      const pageId = ID_ATTRS.map((a) => idHolder?.getAttribute(a)).find(Boolean) ?? new URLSearchParams(url.search).get('id') ?? undefined;
      const attachments = Array.from(doc.querySelectorAll('[data-role="attachment"], [class*="attachment" i] a, [class*="attach" i] [title]'))
        .map((a) => (a.getAttribute('title') ?? a.getAttribute('download') ?? elementText(a)).trim())
        .filter((n) => /\.[a-z0-9]{2,5}$/i.test(n))
        .map((name) => ({ name, mimeType: 'application/octet-stream', size: 0 }));
      const inquiry: Inquiry = {
        source: spec.id,
        id: `${spec.id}-${pageId ?? hashText(`${fields.buyerName ?? ''}|${subject}|${body.slice(0, 2000)}`)}`,
        from: { name: fields.buyerName ?? '', address: email ?? '' },
        toCount: 1,
        ccCount: 0,
        undisclosedRecipients: false,
        subject,
        body,
        quoted: '',
        links: linksIn(el, { budget }),
        attachments,
        platform: fields,
        partial: budget.exhausted,
        ...(budget.exhausted ? { clipped: ['body'] } : {}),
      };
      return { status: 'ok', inquiry: clipInquiry(inquiry), via: `${spec.id} labels 2026` };
    },
    observeRoot: (doc) => pick(doc, ['[role="main"]', 'main', '[class*="message-detail" i]']),
  };
}

export const alibaba = makeAdapter(SPECS[0]!);
export const madeInChina = makeAdapter(SPECS[1]!);
export const globalSources = makeAdapter(SPECS[2]!);
