// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { makeInquiry } from '../../../lib/inquiry';
import { SAMPLES } from '../../fixtures/demo/samples';
import { adapterFor, fromPaste, watchOpenMessage } from '../../../lib/sites';
import { gmail } from '../../../lib/sites/gmail';
import { outlook } from '../../../lib/sites/outlook';
import { readPage } from '../../../lib/sites/page-reader';
import { alibaba } from '../../../lib/sites/platforms';
import type { SiteAdapter } from '../../../lib/sites/types';
import { gmailInbox, gmailThread, outlookMessage, platformPage } from '../../fixtures/demo/pages';

const [GENUINE, VAGUE, SCAM] = SAMPLES as [(typeof SAMPLES)[0], (typeof SAMPLES)[0], (typeof SAMPLES)[0]];
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const GMAIL_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJzwSxZb');

function ok(r: ReturnType<SiteAdapter['read']>) {
  if (r.status !== 'ok') throw new Error(`expected a message, got ${JSON.stringify(r)}`);
  return r.inquiry;
}

describe('adapterFor', () => {
  it('picks the reader by address', () => {
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.id).toBe('gmail');
    expect(adapterFor(new URL('https://outlook.office365.com/mail/inbox/id/AAQk'))?.id).toBe('outlook');
    expect(adapterFor(new URL('https://message.alibaba.com/message/messenger.htm'))?.id).toBe('alibaba');
    expect(adapterFor(new URL('https://www.example.com/'))).toBeUndefined();
  });
});

describe('Gmail', () => {
  it('reads sender, subject, body without history, links with real targets, attachments', () => {
    const i = ok(gmail.read(doc(gmailThread(GENUINE)), GMAIL_URL));
    expect(i.from).toEqual({ name: 'Laura Bianchi', address: 'l.bianchi@arcotherm-impianti.example' });
    expect(i.subject).toBe(GENUINE.subject);
    expect(i.id).toBe(GENUINE.id);
    expect(i.body).toContain('AQ-HP12-3P air-to-water heat pump');
    expect(i.body).not.toContain('Thank you for visiting our booth');
    expect(i.quoted).toContain('Thank you for visiting our booth');
    expect(i.links).toContainEqual({ text: 'www.arcotherm-impianti.example', href: 'https://www.arcotherm-impianti.example' });
    expect(i.attachments.map((a) => a.name)).toEqual(['RFQ-2026-117.pdf']);
    expect(i.partial).toBe(false);
  });

  it('judges the three sample messages as a rep would', () => {
    const verdict = (m: typeof GENUINE) => analyze(makeInquiry(ok(gmail.read(doc(gmailThread(m)), GMAIL_URL))));
    expect(verdict(GENUINE)).toMatchObject({ band: 'high', risk: false });
    expect(verdict(VAGUE)).toMatchObject({ band: 'low', risk: false, sample: { advice: 'quote-first' } });
    expect(verdict(SCAM)).toMatchObject({ risk: true, sample: { advice: 'decline' } });
  });

  it('reads the last expanded message of a thread and ignores collapsed ones', () => {
    const i = ok(gmail.read(doc(gmailThread(VAGUE, { earlier: [GENUINE] })), GMAIL_URL));
    expect(i.from.address).toBe(VAGUE.fromAddress);
  });

  it('marks a clipped mail as partial', () => {
    expect(ok(gmail.read(doc(gmailThread(GENUINE, { clipped: true })), GMAIL_URL)).partial).toBe(true);
  });

  it('says nothing is open on the inbox list, and says so plainly for an unknown layout', () => {
    expect(gmail.read(doc(gmailInbox(SAMPLES)), new URL('https://mail.google.com/mail/u/0/#inbox'))).toEqual({ status: 'no-message' });
    const r = gmail.read(doc(gmailThread(GENUINE, { renamed: true })), GMAIL_URL);
    expect(r).toMatchObject({ status: 'unrecognised', code: 'no-message-hooks' });
    if (r.status === 'unrecognised') expect(r.selector).toContain('gmail 2026: div.adn.ads[data-message-id]');
  });

  it('keeps HTML in a message as text and skips hidden text', () => {
    const hostile = { ...GENUINE, body: 'Order <script>alert(1)</script> & <b>bold</b>' };
    const d = doc(gmailThread(hostile).replace('<div dir="ltr">Order', '<div style="display:none">HIDDEN-TRAP</div><div dir="ltr">Order'));
    const i = ok(gmail.read(d, GMAIL_URL));
    expect(i.body).toContain('<script>alert(1)</script>');
    expect(i.body).not.toContain('HIDDEN-TRAP');
  });

  it('unwraps Google redirect links to their real target', () => {
    const d = doc(
      gmailThread(GENUINE).replace('href="https://www.arcotherm-impianti.example"', 'href="https://www.google.com/url?q=https://evil.example/login&amp;sa=D"'),
    );
    expect(ok(gmail.read(d, GMAIL_URL)).links.map((l) => l.href)).toContain('https://evil.example/login');
  });
});

describe('Outlook', () => {
  const URL_ = new URL('https://outlook.office.com/mail/inbox/id/AAQkADAw');
  it('reads the reading pane by role and aria-label, in English and German', () => {
    for (const label of ['Message body', 'Nachrichtentext']) {
      const i = ok(outlook.read(doc(outlookMessage(GENUINE, label)), URL_));
      expect(i.from.address).toBe(GENUINE.fromAddress);
      expect(i.subject).toBe(GENUINE.subject);
      expect(i.body).toContain('AQ-HP12-3P');
      expect(i.body).not.toContain('Thank you for your visit');
      expect(i.id).toBe('AAQkADAw');
    }
  });
  it('lists attachments and distinguishes nothing-open from unrecognised', () => {
    expect(ok(outlook.read(doc(outlookMessage(SCAM)), URL_)).attachments.map((a) => a.name)).toEqual(['PO#88231.html']);
    expect(outlook.read(doc('<html><body><div role="main">Inbox</div></body></html>'), new URL('https://outlook.office.com/mail/inbox'))).toEqual({
      status: 'no-message',
    });
    expect(outlook.read(doc('<html><body><div role="main">x</div></body></html>'), URL_)).toMatchObject({ status: 'unrecognised', code: 'no-body' });
  });
});

describe('B2B message centres', () => {
  it('reads the buyer card fields and the message', () => {
    const i = ok(alibaba.read(doc(platformPage('alibaba', GENUINE)), new URL('https://message.alibaba.com/message/messenger.htm')));
    expect(i.source).toBe('alibaba');
    expect(i.platform).toMatchObject({ buyerName: 'Laura Bianchi', company: 'Arcotherm Impianti S.r.l.', country: 'Italy', quantity: '80 Units' });
    expect(i.body).toContain('AQ-HP12-3P');
    const a = analyze(makeInquiry(i));
    expect(a.signals.map((s) => s.id)).toContain('relay.platform');
    expect(a.profile.channel).toBe('b2b-platform');
  });
  it('works the same on Made-in-China.com and Global Sources', () => {
    for (const [site, url] of [
      ['made-in-china', 'https://membercenter.made-in-china.com/inquiry/detail?id=1'],
      ['global-sources', 'https://www.globalsources.com/buyer/inquiry/detail/1'],
    ] as const) {
      const a = adapterFor(new URL(url));
      expect(a?.id).toBe(site);
      const i = ok(a!.read(doc(platformPage(site, SCAM)), new URL(url)));
      expect(analyze(makeInquiry(i)).risk).toBe(true);
    }
  });
});

describe('fallbacks', () => {
  it('reads pasted mail with header lines', () => {
    const i = fromPaste('From: Laura Bianchi <l.bianchi@arcotherm-impianti.example>\nSubject: RFQ heat pumps\n\nPlease quote AQ-HP12-3P, 80 units.');
    expect(i).toMatchObject({ source: 'paste', from: { name: 'Laura Bianchi', address: 'l.bianchi@arcotherm-impianti.example' }, subject: 'RFQ heat pumps' });
    expect(i.body).toBe('Please quote AQ-HP12-3P, 80 units.');
    expect(fromPaste('just a price request').body).toBe('just a price request');
  });
  it('reads the open message of any page (a sender, a date and a body) without touching the live page', () => {
    const d = doc(`<html><head><title>Lead 1 - CRM</title></head><body><nav>menu</nav><main><h1>New inquiry: LX-100</h1>
      <article><header><span title="Ravi Shah <ravi@shah-imports.example>">Ravi Shah</span> <time datetime="2026-11-03T15:42:00Z">3 Nov</time></header>
      <div><p>${'We need 500 pcs of LX-100 FOB Ningbo. '.repeat(3)}</p><blockquote>Our earlier offer</blockquote></div></article></main></body></html>`);
    const before = d.body.innerHTML;
    const r = readPage(d, new URL('https://crm.example/lead/1'));
    expect(r).toMatchObject({
      status: 'ok',
      inquiry: { from: { name: 'Ravi Shah', address: 'ravi@shah-imports.example' }, subject: 'New inquiry: LX-100', date: '2026-11-03T15:42:00.000Z' },
    });
    if (r.status === 'ok') {
      expect(r.inquiry.body).toContain('We need 500 pcs of LX-100');
      expect(r.inquiry.body).not.toContain('Our earlier offer');
    }
    expect(d.body.innerHTML).toBe(before);
  });
  it('says plainly when a page has no open message, instead of judging an article, a list or the page around it', () => {
    const article = doc(`<html><body><nav>menu</nav><article><h1>Inquiry tips</h1><p>${'How to answer a buyer well. '.repeat(10)}</p></article></body></html>`);
    expect(readPage(article, new URL('https://blog.example/tips'))).toMatchObject({ status: 'unrecognised', code: 'no-open-message' });
    expect(readPage(doc(gmailInbox(SAMPLES)), new URL('https://mail.google.com/mail/u/0/#inbox'))).toMatchObject({
      status: 'unrecognised',
      code: 'no-open-message',
    });
    const thread = readPage(doc(gmailThread(VAGUE, { earlier: [GENUINE] })), GMAIL_URL);
    expect(thread.status === 'ok' && thread.inquiry.from.address).toBe(VAGUE.fromAddress);
  });
});

describe('watchOpenMessage', () => {
  it('looks at the first change at once, then lets a burst of changes settle into one more look', async () => {
    vi.useFakeTimers();
    const d = document;
    d.body.innerHTML = new DOMParser().parseFromString(gmailThread(GENUINE), 'text/html').body.innerHTML;
    const seen: string[] = [];
    const stop = watchOpenMessage(
      d,
      () => GMAIL_URL,
      gmail,
      (r) => seen.push(r.status === 'ok' ? r.inquiry.id : r.status),
      { debounceMs: 50 },
    );
    // Read when the watch starts, with no timer run: the verdict does not wait for a debounce.
    expect(seen).toEqual([GENUINE.id]);
    await vi.advanceTimersByTimeAsync(100);
    const next = new DOMParser().parseFromString(gmailThread(VAGUE), 'text/html');
    d.querySelector('[role="main"]')!.replaceWith(d.importNode(next.querySelector('[role="main"]')!, true));
    // MutationObserver callbacks run as microtasks: one tick, no timer.
    await Promise.resolve();
    expect(seen).toEqual([GENUINE.id, VAGUE.id]);
    // The message finishes rendering right after: the changes are gathered, and the settled message is read once more.
    d.querySelector('.a3s')!.append(d.createTextNode(' more text'));
    d.querySelector('nav')!.textContent = 'Inbox (2)';
    await Promise.resolve();
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60);
    expect(seen).toEqual([GENUINE.id, VAGUE.id, VAGUE.id]);
    stop();
    vi.useRealTimers();
  });

  it('reads once per change of message, debounced, and stops cleanly', async () => {
    vi.useFakeTimers();
    const d = document;
    d.body.innerHTML = new DOMParser().parseFromString(gmailThread(GENUINE), 'text/html').body.innerHTML;
    const seen: string[] = [];
    const stop = watchOpenMessage(
      d,
      () => GMAIL_URL,
      gmail,
      (r) => seen.push(r.status === 'ok' ? r.inquiry.id : r.status),
      { debounceMs: 50 },
    );
    await vi.advanceTimersByTimeAsync(60);
    expect(seen).toEqual([GENUINE.id]);
    // Mutations that leave the message unchanged cause no new read.
    d.querySelector('nav')!.textContent = 'Inbox (3)';
    d.querySelector('.gD')!.setAttribute('class', 'gD');
    await vi.advanceTimersByTimeAsync(60);
    expect(seen).toEqual([GENUINE.id]);
    // SPA navigation replaces the reading pane: the next message is noticed.
    const next = new DOMParser().parseFromString(gmailThread(VAGUE), 'text/html');
    d.querySelector('[role="main"]')!.replaceWith(d.importNode(next.querySelector('[role="main"]')!, true));
    await vi.advanceTimersByTimeAsync(60);
    expect(seen).toEqual([GENUINE.id, VAGUE.id]);
    stop();
    d.querySelector('[role="main"]')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toHaveLength(2);
    vi.useRealTimers();
  });
});
