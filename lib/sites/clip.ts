import type { Address, Inquiry, PlatformFields } from '../inquiry';
import { INQUIRY_LIMITS as L } from '../inquiry-limits';

/** Cut to at most `max` UTF-16 units without leaving half of a surrogate pair (an emoji) behind. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Every reader's last step: fit what the page showed into the Inquiry schema's limits, and say which
 * fields were cut. Without it one padded display name fails validation and the message is never
 * judged; with it the message is judged and the padding itself becomes evidence (`clipped`).
 */
export function clipInquiry(inquiry: Inquiry): Inquiry {
  const clipped: string[] = [];
  const note = (path: string) => {
    if (!clipped.includes(path)) clipped.push(path);
  };
  const text = (path: string, s: string, max: number) => {
    if (s.length <= max) return s;
    note(path);
    return cut(s, max);
  };
  const address = (path: string, a: Address): Address => ({
    name: text(`${path}.name`, a.name, L.name),
    address: text(`${path}.address`, a.address, L.address),
  });
  const list = <T>(path: string, items: readonly T[], max: number): T[] => {
    if (items.length <= max) return [...items];
    note(path);
    return items.slice(0, max);
  };

  // Built field by field in the Inquiry's order, so `clipped` lists paths in that order too.
  const out: Inquiry = { ...inquiry, id: text('id', inquiry.id, L.id), from: address('from', inquiry.from) };
  if (inquiry.replyTo) out.replyTo = address('replyTo', inquiry.replyTo);
  out.subject = text('subject', inquiry.subject, L.subject);
  if (inquiry.date !== undefined) out.date = text('date', inquiry.date, L.date);
  out.links = list('links', inquiry.links, L.links).map((l) => ({ text: text('links.text', l.text, L.linkText), href: text('links.href', l.href, L.href) }));
  out.attachments = list('attachments', inquiry.attachments, L.attachments).map((a) => ({
    ...a,
    name: text('attachments.name', a.name, L.attachmentName),
    mimeType: text('attachments.mimeType', a.mimeType, L.mimeType),
  }));
  if (inquiry.platform) {
    const p: PlatformFields = {};
    const limits: Record<keyof PlatformFields, number> = {
      buyerName: L.platformName,
      company: L.platformCompany,
      country: L.platformCountry,
      quantity: L.platformQuantity,
      product: L.platformProduct,
    };
    for (const key of Object.keys(limits) as Array<keyof PlatformFields>) {
      const v = inquiry.platform[key];
      if (v !== undefined) p[key] = text(`platform.${key}`, v, limits[key]);
    }
    out.platform = p;
  }
  if (inquiry.headers)
    out.headers = list('headers', inquiry.headers, L.headers).map((h) => ({
      key: text('headers.key', h.key, L.headerKey),
      value: text('headers.value', h.value, L.headerValue),
    }));
  const all = [...(inquiry.clipped ?? []), ...clipped].filter((p, i, a) => a.indexOf(p) === i);
  if (all.length) out.clipped = all.slice(0, L.clippedFields).map((p) => cut(p, L.clippedName));
  return out;
}
