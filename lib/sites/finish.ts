import type { Inquiry } from '../inquiry';
import { splitQuoted } from '../parse/quotes';

/**
 * The last step of every site read, run where the text is judged (the worker), not in the page: the
 * readers leave out the history the page marks up (blockquote, gmail_quote…), and this splits off
 * the history written as text ("> …", "On … wrote:", "-----Original Message-----", in the languages
 * trade mail arrives in). Keeping those tables out of the content script keeps it small in every
 * mail tab. Running it twice changes nothing.
 */
export function finishInquiry(inquiry: Inquiry): Inquiry {
  const split = splitQuoted(inquiry.body, { subject: inquiry.subject });
  return { ...inquiry, body: split.body, quoted: [split.quoted, inquiry.quoted].filter(Boolean).join('\n\n') };
}

export function finishRead<T extends { status: string }>(r: T): T {
  return r.status === 'ok' && 'inquiry' in r ? { ...r, inquiry: finishInquiry(r.inquiry as Inquiry) } : r;
}
