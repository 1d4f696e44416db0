import type { PlatformFields } from '../inquiry';
import { extractPlatformFields } from '../parse/platform-fields';
import { wordsRegex } from '../text/patterns';
import type { SignalContext } from './types';

/**
 * What the mail's envelope says about how it was sent: its headers, whether it belongs to a real
 * thread, whether it went to a list. Several signals read these; they live here so that no signal
 * module has to import another for them.
 */

export function header(ctx: Pick<SignalContext, 'inquiry'>, name: string): string {
  const h = ctx.inquiry.headers?.find((x) => x.key.toLowerCase() === name);
  return h ? h.value.slice(0, 2000) : '';
}

/** A real reply thread carries its history: headers or quoted text. A claimed earlier mail without it is a story. */
export function hasThread(ctx: Pick<SignalContext, 'inquiry'>): boolean {
  return Boolean(header(ctx, 'in-reply-to') || header(ctx, 'references') || ctx.inquiry.quoted.trim().length > 40);
}

/** Footers and headers of bulk mail: the sender mails a list, not you. */
const BULK_FOOTER = wordsRegex([
  'unsubscribe',
  'opt[- ]out',
  'you (?:are|were) receiving this',
  'no longer wish to receive',
  'remove (?:yourself|me) from',
  'manage (?:your )?(?:e-?mail |subscription )?preferences',
  'view (?:this (?:e-?mail|message) )?in (?:your |a )?(?:web )?browser',
  'darse de baja|cancelar (?:la )?suscripci[oó]n|descadastr\\S{0,4}|abmelden|se d[ée]sabonner|d[ée]sinscri\\S{0,6}|отписаться',
]);

/** A labelled product line, the only field that makes a request; most mail has none. */
const FIELD_LINE = /^[\s>*•|-]{0,8}(?:product|item|sourcing|inquiry product|looking for|产品|produ|prodotto|товар)[^:：\n]{0,25}[:：|]/im;

/** Labelled fields ("Product Name: …", "Quantity: …") of a relayed form or a buying request copied from a platform. */
export function requestFields(ctx: Pick<SignalContext, 'body' | 'memo'>): PlatformFields | undefined {
  const head = ctx.body.slice(0, 6000);
  return ctx.memo('form-fields', () => (FIELD_LINE.test(head) ? extractPlatformFields(head) : undefined));
}

/**
 * A buying request as a platform shows it (product in a labelled field) with no sender address: copied
 * from an RFQ market or a message centre, where the platform hides the buyer's address, website and
 * signature. What it hides is no evidence against the buyer.
 */
export function platformShown(ctx: Pick<SignalContext, 'body' | 'memo' | 'inquiry'>): boolean {
  return !ctx.inquiry.from.address.includes('@') && Boolean((ctx.inquiry.platform ?? requestFields(ctx))?.product);
}

/** "RE: FW: …" → "…": the prefixes replies and forwards put before a subject. */
export function withoutReplyPrefix(subject: string): string {
  return subject.replace(/^\s{0,3}(?:(?:re|aw|sv|fw|fwd|tr|wg)\s{0,2}[:：]\s{0,3})+/i, '');
}

/** "Re:", "AW:", "回复：": the subject of a reply, in the languages mailers write it. */
export const REPLY_SUBJECT = /^\s{0,3}(?:re|aw|sv|vs|r|rif|antw|odp|ответ|回复|答复)\s{0,2}[:：]/i;

/** A newsletter or list mailing: written to everyone on a list, so nothing in it is a request to you. */
export function bulkFooter(ctx: Pick<SignalContext, 'body' | 'memo'>): string | undefined {
  return ctx.memo(
    'bulk-footer',
    () =>
      BULK_FOOTER.exec(ctx.body.slice(-4000))?.[0] ??
      /\b(?:our|this|the) (?:previous |last |weekly |monthly )?newsletters?\b/i.exec(ctx.body.slice(0, 20_000))?.[0],
  );
}
