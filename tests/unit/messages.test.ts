// @vitest-environment happy-dom
/**
 * The schemas at the worker's boundary (lib/messages.ts). A report comes from a content script running
 * inside a page the extension does not control, a request from the panel: both are parsed before the
 * worker acts. What they must do: let through exactly what our own scripts send, and refuse anything else
 * (so a hostile page cannot have junk judged, padded fields stored or the worker crash on a shape).
 */
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../fixtures/demo/samples';
import { gmailThread, outlookMessage } from '../fixtures/demo/pages';
import { INQUIRY_LIMITS } from '../../lib/inquiry';
import { ContentToBackground, InsertResult, PanelToBackground, ReadEnvelope, ReadState, ShapeCapture, ShapeResult } from '../../lib/messages';
import { fromPaste } from '../../lib/sites';
import { SITE_FAILURE_CODES, unrecognised } from '../../lib/sites/failures';
import { MAX_SHAPE_CHARS } from '../../lib/sites/censor';
import { gmail } from '../../lib/sites/gmail';
import { outlook } from '../../lib/sites/outlook';

const [GENUINE, , SCAM] = SAMPLES as [(typeof SAMPLES)[0], (typeof SAMPLES)[0], (typeof SAMPLES)[0]];
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJzwSxZb';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAw';

/** A report as entrypoints/content.ts sends it. */
const report = (site: string, state: unknown, url = GMAIL_URL) => ({ type: 'read', site, url, state });
const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

const INQUIRY = { ...fromPaste(`From: ${GENUINE.fromName} <${GENUINE.fromAddress}>\nSubject: ${GENUINE.subject}\n\n${GENUINE.body}`), source: 'gmail' };
const OK = { status: 'ok', inquiry: INQUIRY, via: 'gmail' };

describe('a content script’s report', () => {
  it('accepts what the site readers really send: a read message, no message, and why a page could not be read', () => {
    const fromGmail = gmail.read(doc(gmailThread(GENUINE)), new URL(GMAIL_URL));
    const fromOutlook = outlook.read(doc(outlookMessage(SCAM)), new URL(OUTLOOK_URL));
    expect(fromGmail.status).toBe('ok');
    expect(fromOutlook.status).toBe('ok');
    expect(accepts(ContentToBackground, report('gmail', fromGmail))).toBe(true);
    expect(accepts(ContentToBackground, report('outlook', fromOutlook, OUTLOOK_URL))).toBe(true);
    expect(accepts(ContentToBackground, report('gmail', { status: 'no-message' }))).toBe(true);
    for (const code of SITE_FAILURE_CODES) expect(accepts(ContentToBackground, report('gmail', unrecognised(code, 'div.a3s')))).toBe(true);
    // The readers cut a long selector to the limit, so a deep page still reports why it could not be read.
    expect(accepts(ContentToBackground, report('gmail', unrecognised('no-body', 'div > '.repeat(500))))).toBe(true);
    // The content script cuts the address to 4 000 characters before sending.
    expect(accepts(ContentToBackground, report('gmail', OK, `${GMAIL_URL}?${'q'.repeat(8000)}`.slice(0, 4000)))).toBe(true);
  });

  it('refuses a report a page forged: another type, an unknown status or failure code, a missing state, site or address', () => {
    expect(accepts(ContentToBackground, { ...report('gmail', OK), type: 'analyze-text' })).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', { ...OK, status: 'judged' }))).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', { status: 'unrecognised', code: 'made-up', selector: 'div' }))).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', { status: 'ok', via: 'gmail' }))).toBe(false);
    expect(accepts(ContentToBackground, { type: 'read', site: 'gmail', url: GMAIL_URL })).toBe(false);
    expect(accepts(ContentToBackground, { type: 'read', url: GMAIL_URL, state: OK })).toBe(false);
    expect(accepts(ContentToBackground, { type: 'read', site: 'gmail', state: OK })).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', 'ok'))).toBe(false);
  });

  it('refuses fields padded past their limits: site, address, reader name, selector, subject and sender', () => {
    expect(accepts(ContentToBackground, report('g'.repeat(41), OK))).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', OK, `${GMAIL_URL}?${'q'.repeat(4000)}`))).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', { ...OK, via: 'v'.repeat(201) }))).toBe(false);
    expect(accepts(ContentToBackground, report('gmail', { status: 'unrecognised', code: 'no-body', selector: 'd'.repeat(501) }))).toBe(false);
    const padded = (inquiry: object) => report('gmail', { ...OK, inquiry: { ...INQUIRY, ...inquiry } });
    expect(accepts(ContentToBackground, padded({ subject: 's'.repeat(INQUIRY_LIMITS.subject) }))).toBe(true);
    expect(accepts(ContentToBackground, padded({ subject: 's'.repeat(INQUIRY_LIMITS.subject + 1) }))).toBe(false);
    expect(accepts(ContentToBackground, padded({ from: { name: 'n'.repeat(INQUIRY_LIMITS.name + 1), address: GENUINE.fromAddress } }))).toBe(false);
    expect(
      accepts(ContentToBackground, padded({ links: Array.from({ length: INQUIRY_LIMITS.links + 1 }, () => ({ text: '', href: 'https://x.example' })) })),
    ).toBe(false);
  });

  it('refuses an inquiry of the wrong shape: no id, a source no reader has, a number for text, a negative count', () => {
    const shaped = (inquiry: object) => report('gmail', { ...OK, inquiry: { ...INQUIRY, ...inquiry } });
    expect(accepts(ContentToBackground, shaped({ id: '' }))).toBe(false);
    expect(accepts(ContentToBackground, shaped({ source: 'evil-site' }))).toBe(false);
    expect(accepts(ContentToBackground, shaped({ subject: 42 }))).toBe(false);
    expect(accepts(ContentToBackground, shaped({ body: { toString: 'Please quote' } }))).toBe(false);
    expect(accepts(ContentToBackground, shaped({ toCount: -1 }))).toBe(false);
    expect(accepts(ContentToBackground, shaped({ attachments: [{ name: 'invoice.pdf', size: 1.5 }] }))).toBe(false);
    expect(accepts(ReadState, { status: 'ok', inquiry: null, via: 'gmail' })).toBe(false);
  });

  it('keeps the envelope of a report whose state does not fit, so the panel can say the message could not be read', () => {
    expect(accepts(ReadEnvelope, report('gmail', { status: 'ok', inquiry: { subject: 's'.repeat(10_000) } }))).toBe(true);
    expect(accepts(ReadEnvelope, report('gmail', undefined))).toBe(true);
    // …but only of a report: a panel request, or a report without a site or with padded envelope fields, is not one.
    expect(accepts(ReadEnvelope, { type: 'get-state', tabId: 4 })).toBe(false);
    expect(accepts(ReadEnvelope, { type: 'read', url: GMAIL_URL, state: OK })).toBe(false);
    expect(accepts(ReadEnvelope, report('g'.repeat(41), OK))).toBe(false);
    expect(accepts(ReadEnvelope, report('gmail', OK, 'u'.repeat(4001)))).toBe(false);
  });
});

describe('a panel request', () => {
  /** Every request the panel and the pages send (entrypoints/sidepanel/App.tsx, lib/online/panel-api.ts). */
  const SENT = [
    { type: 'get-state', tabId: 4 },
    { type: 'analyze-page', tabId: 4 },
    { type: 'analyze-text', tabId: 4, text: GENUINE.body },
    { type: 'insert-reply', tabId: 4, text: 'Dear Mark,\n\nThank you for your inquiry.' },
    { type: 'update-record', key: 'gmail:FMfcgzQXJWbqKkxQ', update: { outcome: 'won', wonValue: 1200 } },
    { type: 'update-record', key: 'gmail:FMfcgzQXJWbqKkxQ', update: { status: 'following-up', stars: 3 } },
    { type: 'get-record', key: 'gmail:FMfcgzQXJWbqKkxQ' },
    { type: 'capture-shape', tabId: 4 },
    { type: 'online-plan', tabId: 4 },
    { type: 'online-check', tabId: 4 },
  ];

  it('accepts every request the panel really sends, unchanged', () => {
    for (const req of SENT) expect(PanelToBackground.safeParse(req), req.type).toEqual({ success: true, data: req });
    // The longest record key the panel builds: the source and an inquiry id at its limit.
    expect(accepts(PanelToBackground, { type: 'get-record', key: `made-in-china:${'i'.repeat(INQUIRY_LIMITS.id)}` })).toBe(true);
  });

  it('refuses text to judge past 2 MB, so nothing can make the worker chew through arbitrary amounts', () => {
    expect(accepts(PanelToBackground, { type: 'analyze-text', tabId: 4, text: 'x'.repeat(2_000_000) })).toBe(true);
    expect(accepts(PanelToBackground, { type: 'analyze-text', tabId: 4, text: 'x'.repeat(2_000_001) })).toBe(false);
    expect(accepts(PanelToBackground, { type: 'analyze-text', tabId: 4 })).toBe(false);
    expect(accepts(PanelToBackground, { type: 'analyze-text', tabId: 4, text: ['Please', 'quote'] })).toBe(false);
  });

  it('refuses a tab that is not a whole number, and any type it does not know', () => {
    for (const tabId of ['4', 4.5, NaN, Infinity, null, undefined]) {
      expect(accepts(PanelToBackground, { type: 'get-state', tabId }), String(tabId)).toBe(false);
      expect(accepts(PanelToBackground, { type: 'online-check', tabId }), String(tabId)).toBe(false);
    }
    for (const type of ['GET-STATE', 'judge', 'read', '', undefined]) expect(accepts(PanelToBackground, { type, tabId: 4 }), String(type)).toBe(false);
  });

  it('refuses a record update out of range: unknown outcome or status, stars past 3, a negative or absurd won value, a key too short or too long', () => {
    const update = (u: object, key = 'gmail:1') => accepts(PanelToBackground, { type: 'update-record', key, update: u });
    expect(update({ outcome: 'maybe' })).toBe(false);
    expect(update({ status: 'archived' })).toBe(false);
    expect(update({ stars: 4 })).toBe(false);
    expect(update({ stars: 1.5 })).toBe(false);
    expect(update({ wonValue: -1 })).toBe(false);
    expect(update({ wonValue: 1e13 })).toBe(false);
    expect(update({ stars: 2 }, 'gm')).toBe(false);
    expect(update({ stars: 2 }, 'k'.repeat(1101))).toBe(false);
    expect(accepts(PanelToBackground, { type: 'update-record', key: 'gmail:1' })).toBe(false);
    expect(accepts(PanelToBackground, { type: 'get-record', key: 'k'.repeat(1101) })).toBe(false);
  });

  it('passes on only the fields it knows, so nothing smuggled in reaches a handler or the history', () => {
    const parsed = PanelToBackground.safeParse({
      type: 'update-record',
      key: 'gmail:1',
      update: { stars: 2, score: 100, analysis: {} },
      tabId: 9,
      admin: true,
    });
    expect(parsed).toEqual({ success: true, data: { type: 'update-record', key: 'gmail:1', update: { stars: 2 } } });
  });
});

describe('whatever arrives at the worker', () => {
  it('is answered with a refusal, never an exception, however odd its shape', () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    const junk: unknown[] = [
      undefined,
      null,
      0,
      'get-state',
      true,
      [],
      [{ type: 'get-state', tabId: 4 }],
      {},
      { type: { toString: 'get-state' }, tabId: 4 },
      { type: 'read', site: 'gmail', url: GMAIL_URL, state: deep },
      { type: 'get-state', tabId: deep },
      Object.create(null) as unknown,
      // A message from the page is JSON: "__proto__" arrives as a plain key, not as a prototype the schema would read.
      JSON.parse('{"__proto__": {"type": "get-state", "tabId": 4}}'),
      JSON.parse('{"__proto__": {"type": "read", "site": "gmail", "url": "x", "state": {"status": "no-message"}}}'),
    ];
    for (const raw of junk) {
      for (const schema of [ContentToBackground, PanelToBackground]) {
        expect(() => schema.safeParse(raw)).not.toThrow();
        expect(accepts(schema, raw)).toBe(false);
      }
    }
  });

  it('leaves Object.prototype alone when a request carries a "__proto__" key', () => {
    const parsed = PanelToBackground.safeParse(JSON.parse('{"type": "get-state", "tabId": 4, "__proto__": {"polluted": true}}'));
    expect(parsed).toEqual({ success: true, data: { type: 'get-state', tabId: 4 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what a page answers to the worker', () => {
  it('an inserted reply: only the outcomes the panel can say', () => {
    for (const reason of ['inserted', 'no-reply-box', 'refused']) expect(accepts(InsertResult, { ok: reason === 'inserted', reason })).toBe(true);
    expect(accepts(InsertResult, { ok: true, reason: 'inserted <img src=x onerror=alert(1)>' })).toBe(false);
    expect(accepts(InsertResult, { ok: true })).toBe(false);
  });

  it('a page shape: refused past its cap, with a count that is no count, or a cut or scope the censor never makes', () => {
    const shape = { html: '<html><body><div data-il="1"></div></body></html>', elements: 3, cut: null, scope: 'page' };
    expect(accepts(ShapeCapture, shape)).toBe(true);
    expect(accepts(ShapeCapture, { ...shape, html: 'x'.repeat(MAX_SHAPE_CHARS + 50_000), cut: 'size', scope: 'pane' })).toBe(true);
    expect(accepts(ShapeCapture, { ...shape, html: 'x'.repeat(MAX_SHAPE_CHARS + 50_001) })).toBe(false);
    expect(accepts(ShapeCapture, { ...shape, elements: -1 })).toBe(false);
    expect(accepts(ShapeCapture, { ...shape, elements: 2.5 })).toBe(false);
    expect(accepts(ShapeCapture, { ...shape, cut: 'memory' })).toBe(false);
    expect(accepts(ShapeCapture, { ...shape, scope: 'frame' })).toBe(false);
    expect(accepts(ShapeCapture, { ...shape, html: undefined })).toBe(false);
  });

  it('the worker’s answer about a shape: a capture, or the reasons the panel knows', () => {
    const capture = { html: '<html></html>', elements: 1, cut: null, scope: 'page' };
    expect(accepts(ShapeResult, { ok: true, capture })).toBe(true);
    expect(accepts(ShapeResult, { ok: false, reason: 'unavailable' })).toBe(true);
    expect(accepts(ShapeResult, { ok: false, reason: 'refused' })).toBe(true);
    expect(accepts(ShapeResult, { ok: true })).toBe(false);
    expect(accepts(ShapeResult, { ok: false, reason: 'timeout' })).toBe(false);
    expect(accepts(ShapeResult, { ok: 'true', capture })).toBe(false);
  });
});
