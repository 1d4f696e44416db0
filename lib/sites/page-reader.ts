import { Readability } from '@mozilla/readability';
import type { Inquiry } from '../inquiry';
import { splitQuoted } from '../parse/quotes';
import { clipInquiry } from './clip';
import { elementText, hashText, linksIn, MAX_NODES, textBudget } from './dom-text';
import type { ReadResult } from './types';

/** Any page: the main article by Readability, read from a clone so the live page is never touched. */
export function readPage(doc: Document, url: URL): ReadResult {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability(clone, { charThreshold: 100 }).parse();
    // Readability returns HTML; we parse it inertly and keep only text and links.
    const holder = new DOMParser().parseFromString(article?.content ?? '', 'text/html').body;
    // Asked for by the rep and run once, not on every change of a mail tab: a larger allowance.
    const budget = textBudget(MAX_NODES * 10);
    const text = article ? elementText(holder, { budget }) : elementText(doc.body, { budget });
    if (!text.trim()) return { status: 'unrecognised', reason: 'No readable text was found on this page.' };
    const subject = (article?.title ?? doc.title ?? '').trim();
    const split = splitQuoted(text, { subject });
    const inquiry: Inquiry = {
      source: 'page',
      id: `page-${url.origin}${url.pathname}-${hashText(text.slice(0, 5000))}`,
      from: { name: article?.byline ?? '', address: '' },
      toCount: 0,
      ccCount: 0,
      undisclosedRecipients: false,
      subject,
      body: split.body,
      quoted: split.quoted,
      links: linksIn(holder, { budget }),
      attachments: [],
      partial: budget.exhausted,
      ...(budget.exhausted ? { clipped: ['body'] } : {}),
    };
    return { status: 'ok', inquiry: clipInquiry(inquiry), via: 'readability' };
  } catch (err) {
    return { status: 'unrecognised', reason: `This page could not be read (${err instanceof Error ? err.message : 'unknown error'}).` };
  }
}
