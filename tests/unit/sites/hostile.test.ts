// @vitest-environment happy-dom
/**
 * Hostile inputs for the site readers. Sizes are chosen so that a return to the old super-linear
 * code (seconds at these sizes, minutes at 10× them) fails by timeout; the assertions are about what the
 * rep gets: a judged message with the padding cut and reported, never a dropped one.
 */
import { describe, expect, it, vi } from 'vitest';
import { SAMPLES } from '../../fixtures/demo/samples';
import { escapeHtml, gmailThread, outlookMessage } from '../../fixtures/demo/pages';
import { INQUIRY_LIMITS } from '../../../lib/inquiry';
import { ReadState } from '../../../lib/messages';
import { adapterFor, fromPaste, watchOpenMessage } from '../../../lib/sites';
import { clipInquiry, cut } from '../../../lib/sites/clip';
import { elementText, limitReadTime, MAX_NODES, tidyLines } from '../../../lib/sites/dom-text';
import { gmail } from '../../../lib/sites/gmail';
import { findAddress, outlook } from '../../../lib/sites/outlook';
import type { SiteAdapter } from '../../../lib/sites/types';

const [GENUINE, VAGUE, SCAM] = SAMPLES as [(typeof SAMPLES)[0], (typeof SAMPLES)[0], (typeof SAMPLES)[0]];
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const GMAIL_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJzwSxZb');
const OUTLOOK_URL = new URL('https://outlook.office.com/mail/inbox/id/AAQkADAw');

function ok(r: ReturnType<SiteAdapter['read']>) {
  if (r.status !== 'ok') throw new Error(`expected a message, got ${JSON.stringify(r).slice(0, 300)}`);
  // What the background accepts: a reader's output must always pass the message schema.
  expect(ReadState.safeParse(r).success).toBe(true);
  return r.inquiry;
}

describe('over-long fields are cut to the schema and reported, so the message is still judged', () => {
  it('Gmail: a 5 000-character display name and a 10 000-character subject', () => {
    const padded = { ...SCAM, fromName: `Procurement ${'Team '.repeat(1000)}`, subject: `URGENT ${'order '.repeat(2000)}` };
    const i = ok(gmail.read(doc(gmailThread(padded)), GMAIL_URL));
    expect(i.from.name).toHaveLength(INQUIRY_LIMITS.name);
    expect(i.from.address).toBe(SCAM.fromAddress);
    expect(i.subject).toHaveLength(INQUIRY_LIMITS.subject);
    expect(i.subject.startsWith('URGENT order')).toBe(true);
    expect(i.clipped).toEqual(['from.name', 'subject']);
  });

  it('Outlook: a 10 000-character name full of "@" still yields the real address, quickly', () => {
    const name = 'a@'.repeat(5000);
    const i = ok(outlook.read(doc(outlookMessage({ ...SCAM, fromName: name })), OUTLOOK_URL));
    expect(i.from.address).toBe(SCAM.fromAddress);
    expect(i.from.name).toHaveLength(INQUIRY_LIMITS.name);
    expect(i.clipped).toContain('from.name');
  });

  it('a message that fits is left exactly as read, with no clipped list', () => {
    const i = ok(gmail.read(doc(gmailThread(GENUINE)), GMAIL_URL));
    expect(i.clipped).toBeUndefined();
    expect(i.from.name).toBe(GENUINE.fromName);
  });

  it('cuts every bounded field and list, never half an emoji', () => {
    const base = fromPaste('hello');
    const c = clipInquiry({
      ...base,
      replyTo: { name: 'r'.repeat(600), address: 'x' },
      date: '9'.repeat(200),
      links: Array.from({ length: INQUIRY_LIMITS.links + 5 }, () => ({ text: 't'.repeat(2500), href: 'https://x.example/' })),
      attachments: [{ name: 'n'.repeat(1200), mimeType: 'm', size: 1 }],
      platform: { buyerName: 'b', country: 'c'.repeat(300) },
    });
    expect(c.clipped).toEqual(['replyTo.name', 'date', 'links', 'links.text', 'attachments.name', 'platform.country']);
    expect(c.links).toHaveLength(INQUIRY_LIMITS.links);
    expect(c.platform).toEqual({ buyerName: 'b', country: 'c'.repeat(INQUIRY_LIMITS.platformCountry) });
    expect(cut(`${'a'.repeat(4)}😀`, 5)).toBe('aaaa');
    expect(ReadState.safeParse({ status: 'ok', inquiry: c, via: 'test' }).success).toBe(true);
  });
});

describe('readers stay linear on hostile text', () => {
  it('keeps the words of a body padded with blank spans, in order', () => {
    const body = `<div aria-label="Message body">Dear sir,${'<span> </span>'.repeat(3000)}<p>Please quote 500 pcs.</p>${'<span>\t</span>'.repeat(3000)}<br>Regards</div>`;
    expect(elementText(doc(body).body.firstElementChild)).toBe('Dear sir,\nPlease quote 500 pcs.\n\nRegards');
  });

  it('reads a body of 60 000 spans only in part, and says the message was cut', () => {
    const html = outlookMessage(VAGUE).replace(
      'aria-label="Message body" class="XbIp4 jmmB7 GNqVo">',
      `aria-label="Message body" class="XbIp4 jmmB7 GNqVo">${'<span>x</span>'.repeat(60000)}`,
    );
    const i = ok(outlook.read(doc(html), OUTLOOK_URL));
    expect(i.partial).toBe(true);
    expect(i.clipped).toContain('body');
    expect(i.subject).toBe(VAGUE.subject);
    expect(i.body.length).toBeLessThanOrEqual(MAX_NODES);
  });

  it('stops at the time limit the content script sets, and says the message was cut', () => {
    const html = outlookMessage(VAGUE).replace(
      'aria-label="Message body" class="XbIp4 jmmB7 GNqVo">',
      `aria-label="Message body" class="XbIp4 jmmB7 GNqVo">${'<span>x</span>'.repeat(2000)}`,
    );
    // A limit already past: the read stops at its first time check instead of walking on.
    limitReadTime(-1);
    try {
      const i = ok(outlook.read(doc(html), OUTLOOK_URL));
      expect(i.partial).toBe(true);
      expect(i.clipped).toContain('body');
    } finally {
      limitReadTime(undefined);
    }
    expect(ok(outlook.read(doc(html), OUTLOOK_URL)).partial).toBe(false);
  });

  it('tidies lines of hundreds of thousands of blanks', () => {
    const s = `a${' '.repeat(300_000)}b${'\t '.repeat(150_000)}\n${' '.repeat(300_000)}\n\n\n  c  `;
    expect(tidyLines(s)).toBe(`a${' '.repeat(300_000)}b\n\nc`);
  });

  it('finds the address in a display name made of thousands of near-addresses', () => {
    expect(findAddress(`${'a@b.c@'.repeat(50_000)} Real Buyer <buyer@firm.example>`)).toBe('buyer@firm.example');
    expect(findAddress('x@'.repeat(200_000))).toBeUndefined();
  });

  it('reads a pasted From: line of a megabyte, keeping the address and cutting the name', () => {
    const i = fromPaste(`From: "${'Buyer '.repeat(200_000)}" <buyer@firm.example>\nSubject: RFQ\n\nPlease quote.`);
    expect(i.from.address).toBe('buyer@firm.example');
    expect(i.from.name).toHaveLength(INQUIRY_LIMITS.name);
    expect(i.clipped).toEqual(['from.name']);
    expect(fromPaste(`From: ${'a@'.repeat(500_000)}\n\nhi`).from.address).toBe('');
  });
});

describe('B2B marketplaces: only the message centres are read', () => {
  it('ignores crafted pages on the same marketplaces', () => {
    for (const url of [
      'https://www.alibaba.com/product-detail/message-inquiry_1.html',
      'https://evil-shop.en.alibaba.com/message/messenger.htm',
      'https://message.alibaba.com/product/x#message',
      'http://message.alibaba.com/message/messenger.htm',
      'https://www.made-in-china.com/inquiry/send?id=1',
      'https://www.globalsources.com/product/heat-pump-inquiry.htm',
    ])
      expect(adapterFor(new URL(url)), url).toBeUndefined();
  });
  it('still reads the message centres', () => {
    expect(adapterFor(new URL('https://message.alibaba.com/message/messenger.htm?id=9'))?.id).toBe('alibaba');
    expect(adapterFor(new URL('https://membercenter.made-in-china.com/inquiry/detail?id=1'))?.id).toBe('made-in-china');
    expect(adapterFor(new URL('https://www.globalsources.com/buyer/inquiry/detail/1'))?.id).toBe('global-sources');
  });
});

// escapeHtml is used by the page builders; a display name with markup stays text.
describe('display names with markup', () => {
  it('Outlook keeps a name with angle brackets as text and strips only tag-like parts', () => {
    const name = `<img src=x onerror=alert(1)>${'<'.repeat(20000)}Buyer`;
    const html = outlookMessage({ ...SCAM, fromName: name });
    expect(html).toContain(escapeHtml('<img'));
    const i = ok(outlook.read(doc(html), OUTLOOK_URL));
    expect(i.from.address).toBe(SCAM.fromAddress);
    expect(i.from.name).not.toContain('<img');
  });
});

describe('a page that never stops changing', () => {
  it('cannot postpone reading the open message for ever', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = new DOMParser().parseFromString(gmailThread(GENUINE), 'text/html').body.innerHTML;
      const ticker = document.createElement('span');
      document.querySelector('[role="main"]')!.append(ticker);
      const seen: string[] = [];
      const stop = watchOpenMessage(
        document,
        () => GMAIL_URL,
        gmail,
        (r) => seen.push(r.status === 'ok' ? r.inquiry.id : r.status),
        { debounceMs: 50, maxWaitMs: 400 },
      );
      // A change every 10 ms, faster than the debounce, for two seconds.
      for (let t = 0; t < 2000; t += 10) {
        ticker.textContent = String(t);
        await vi.advanceTimersByTimeAsync(10);
      }
      expect(seen).toEqual([GENUINE.id]);
      stop();
    } finally {
      vi.useRealTimers();
      document.body.innerHTML = '';
    }
  });
});
