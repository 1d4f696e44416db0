import type { ReadResult } from '../../../lib/sites/types';

/**
 * What a person reading a page sees as its open message, in the shape of ../shared/sites-real's
 * manifest, and the check of a read against it. Shared by the tests on captures of the live sites
 * and on this repository's own fixtures.
 */
export interface Expect {
  senderAddress: string | null;
  senderName?: string;
  /** null: the page shows no subject, so none may be invented. */
  subject: string | null;
  bodyMust: string[];
  bodyMustNot: string[];
  attachments?: string[];
  links?: string[];
  date?: string;
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every way a read differs from what the person sees; empty when it is right. */
export function mistakes(r: ReadResult, e: Expect): string[] {
  if (r.status !== 'ok') return [`no message read: ${JSON.stringify(r)}`];
  const i = r.inquiry;
  const body = norm(i.body);
  const out: string[] = [];
  if (i.from.address !== (e.senderAddress ?? '')) out.push(`sender address ${JSON.stringify(i.from.address)}`);
  if (e.senderName !== undefined && i.from.name !== e.senderName) out.push(`sender name ${JSON.stringify(i.from.name)}`);
  if (i.subject !== (e.subject ?? '')) out.push(`subject ${JSON.stringify(i.subject)}`);
  for (const s of e.bodyMust) if (!body.includes(norm(s))) out.push(`body lacks ${JSON.stringify(s)}`);
  for (const s of e.bodyMustNot) if (body.includes(norm(s))) out.push(`body has ${JSON.stringify(s)}`);
  const names = JSON.stringify(i.attachments.map((a) => a.name));
  if (e.attachments && names !== JSON.stringify(e.attachments)) out.push(`attachments ${names}`);
  for (const href of e.links ?? []) if (!i.links.some((l) => l.href === href)) out.push(`no link to ${href} in ${JSON.stringify(i.links.map((l) => l.href))}`);
  if (e.date !== undefined && i.date !== e.date) out.push(`date ${JSON.stringify(i.date)}`);
  return out.length ? [...out, `body was ${JSON.stringify(body.slice(0, 300))}`] : [];
}
