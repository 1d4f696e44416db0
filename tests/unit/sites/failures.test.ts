// @vitest-environment happy-dom
/**
 * Typed failures: each case a reader can meet has its own code, names the selector that failed, travels
 * through the worker to the panel, and is said in both UI languages.
 */
import { describe, expect, it } from 'vitest';
import { verdictForReport } from '../../../lib/extension/read-report';
import { judgeRead } from '../../../lib/extension/judge';
import { TabVerdictShape } from '../../../lib/extension/verdict-schema';
import { t } from '../../../lib/i18n';
import { makeInquiry } from '../../../lib/inquiry';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { SITE_FAILURE_CODES } from '../../../lib/sites/failures';
import { gmail } from '../../../lib/sites/gmail';
import { outlook } from '../../../lib/sites/outlook';
import { alibaba } from '../../../lib/sites/platforms';

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const OUTLOOK_MSG = new URL('https://outlook.office.com/mail/inbox/id/AAQkADAw');

describe('typed failures', () => {
  it('names each distinct case with its own code and the selector that failed', () => {
    expect(
      gmail.read(doc('<div role="main"><div class="x">?</div></div>'), new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJ')),
    ).toMatchObject({ status: 'unrecognised', code: 'no-message-hooks' });
    const noBody = gmail.read(
      doc('<div role="main"><div class="adn ads" data-message-id="#msg-f:1"><span class="gD" email="a@b.example">A</span></div></div>'),
      new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKkxQdWlnmFbVzJ'),
    );
    expect(noBody).toMatchObject({ status: 'unrecognised', code: 'no-body', selector: 'gmail 2026: div.adn.ads[data-message-id] → div.ii.gt div.a3s' });
    expect(outlook.read(doc('<div>Loading…</div>'), OUTLOOK_MSG)).toMatchObject({ status: 'unrecognised', code: 'no-reading-pane' });
    expect(outlook.read(doc('<div role="main"><p>Loading…</p></div>'), OUTLOOK_MSG)).toMatchObject({ status: 'unrecognised', code: 'no-body' });
    // The body is there, but outside any reading pane we know: which message it belongs to cannot be told.
    expect(outlook.read(doc('<div class="popout"><div aria-label="Message body">Please quote 500 pcs.</div></div>'), OUTLOOK_MSG)).toMatchObject({
      status: 'unrecognised',
      code: 'body-found-no-main',
    });
    expect(alibaba.read(doc('<main><p>?</p></main>'), new URL('https://message.alibaba.com/message/detail.htm?id=123456789'))).toMatchObject({
      status: 'unrecognised',
      code: 'no-message-content',
    });
  });

  it('says every code in English and Simplified Chinese', () => {
    for (const code of SITE_FAILURE_CODES) {
      const en = t('en', `siteFailure.${code}`);
      const zh = t('zh-CN', `siteFailure.${code}`);
      expect(en, code).not.toBe(`siteFailure.${code}`);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reach the panel as code and selector through the worker', async () => {
    const raw = {
      type: 'read',
      site: 'outlook',
      url: OUTLOOK_MSG.href,
      state: { status: 'unrecognised', code: 'body-found-no-main', selector: 'outlook 2023: [aria-label="Message body"]' },
    };
    const v = await verdictForReport(raw, async (site, state) => judgeRead(site, state, DEFAULT_SETTINGS));
    expect(v).toEqual({ status: 'unrecognised', site: 'outlook', code: 'body-found-no-main', selector: 'outlook 2023: [aria-label="Message body"]' });
    expect(TabVerdictShape.safeParse(v).success).toBe(true);
    // A code the readers do not have is refused where the report arrives.
    expect(
      await verdictForReport({ ...raw, state: { status: 'unrecognised', code: 'made-up', selector: '' } }, async (site, state) =>
        judgeRead(site, state, DEFAULT_SETTINGS),
      ),
    ).toMatchObject({ status: 'unreadable' });
  });

  it('the worker splits quoted text off a message read in the page before judging it', async () => {
    const inquiry = makeInquiry({
      source: 'gmail',
      id: 'x1',
      from: { name: 'A', address: 'a@b.example' },
      subject: 'Re: LX-100',
      body: 'Please quote 500 pcs of LX-100.\n\nOn Mon, Nov 2, 2026 at 9:12 AM Sales <s@lumora.example> wrote:\n> Our catalogue is attached.',
    });
    const v = await verdictForReport(
      { type: 'read', site: 'gmail', url: 'https://mail.google.com/', state: { status: 'ok', inquiry, via: 'gmail 2026' } },
      async (site, state) => judgeRead(site, state, DEFAULT_SETTINGS),
    );
    expect(v?.status === 'ready' && v.inquiry.body).toBe('Please quote 500 pcs of LX-100.');
    expect(v?.status === 'ready' && v.inquiry.quoted).toContain('Our catalogue is attached.');
  });
});
