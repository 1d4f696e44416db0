/**
 * Hostile mail and hostile pages in the real browser: padded fields are judged (never the previous
 * message's verdict), a body built to freeze the tab does not, the site's own script cannot switch the
 * reader off, and "Insert into reply" writes only at the rep's cursor in the site's reply box.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, gmailThread, outlookMessage, spaInbox } from '../fixtures/demo/pages';
import type { SampleMessage } from '../fixtures/demo/samples';
import { SAMPLES } from '../fixtures/demo/samples';
import type { Harness } from './harness';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const [GENUINE, VAGUE, SCAM] = SAMPLES as [SampleMessage, SampleMessage, SampleMessage];
const GMAIL = {
  origin: 'https://mail.google.com',
  route: /^https:\/\/mail\.google\.com\//,
  path: (m: SampleMessage) => `/mail/u/0/#inbox/FMfcgz${m.id}${m.id}`,
};
const OUTLOOK = { origin: 'https://outlook.office.com', route: /^https:\/\/outlook\.office\.com\//, path: (m: SampleMessage) => `/mail/inbox/id/AAQk${m.id}` };

/** The scam sample padded the way an evader would: a 5 000-character display name and a 10 000-character subject. */
const PADDED: SampleMessage = {
  ...SCAM,
  id: `${SCAM.id}pad`,
  fromName: `Procurement ${'Dept '.repeat(998)}`.slice(0, 5000),
  subject: `URGENT PO ${'confirm order '.repeat(800)}`.slice(0, 10000),
};

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 60000);

afterAll(async () => {
  await h?.close();
  if (h) removeProfile(h.profile);
});

/** The subject line of the verdict on screen (the panel shows one at a time). */
async function shownSubject(panel: Page): Promise<string> {
  return (await panel.locator('article.il-verdict .il-subject').first().textContent()) ?? '';
}

describe('padded fields', () => {
  for (const site of [
    { name: 'Gmail', ...GMAIL, page: (m: SampleMessage) => gmailThread(m) },
    { name: 'Outlook', ...OUTLOOK, page: (m: SampleMessage) => outlookMessage(m) },
  ]) {
    it(`${site.name}: a 5 000-character name and 10 000-character subject get their own verdict, not the previous message's`, async () => {
      await serve(
        h.context,
        site.route,
        spaInbox(
          site.name,
          [GENUINE, PADDED].map((m) => ({ id: m.key === 'scam' ? 'padded' : m.key, label: m.subject.slice(0, 40), html: site.page(m), path: site.path(m) })),
        ),
      );
      const page = await h.context.newPage();
      await page.goto(`${site.origin}${site.path(GENUINE)}`);
      const tabId = await tabIdOf(h, site.origin);
      const panel = await openPanel(h, tabId);
      await verdictOf(panel, GENUINE.subject.slice(0, 20));
      await page.click('#open-padded');
      // Either a verdict on the padded message or the could-not-read state; never the genuine one.
      const outcome = await Promise.race([
        panel
          .locator('article.il-verdict .il-subject', { hasText: 'URGENT PO confirm order' })
          .waitFor({ timeout: 15000 })
          .then(() => 'verdict' as const),
        panel
          .getByText('This message could not be read')
          .waitFor({ timeout: 15000 })
          .then(() => 'unreadable' as const),
      ]);
      expect(await panel.getByText(GENUINE.subject).count()).toBe(0);
      if (outcome === 'verdict') {
        expect(await panel.locator('article.il-verdict').getAttribute('data-risk')).toBe('yes');
        expect((await shownSubject(panel)).length).toBeLessThanOrEqual(5000);
      }
      await page.close();
      await panel.close();
    }, 60000);
  }
});

describe('leaving the message', () => {
  it('a tab that moves on to a page InquiryLens does not read drops the verdict of the mail it showed', async () => {
    await serve(h.context, GMAIL.route, gmailThread(SCAM));
    await serve(h.context, /^https:\/\/crm\.example\//, '<!doctype html><html><body><p>Customer list</p></body></html>');
    const page = await h.context.newPage();
    await page.goto(`${GMAIL.origin}${GMAIL.path(SCAM)}`);
    const tabId = await tabIdOf(h, GMAIL.origin);
    const panel = await openPanel(h, tabId);
    await verdictOf(panel, SCAM.subject.slice(0, 20));
    await page.goto('https://crm.example/leads');
    await panel.getByText('This page is not a supported mail or message center.').waitFor({ timeout: 15000 });
    expect(await panel.locator('article.il-verdict').count()).toBe(0);
    await page.close();
    await panel.close();
  }, 60000);
});

describe('a body built to freeze the tab', () => {
  it('Outlook: 60 000 blank spans are read without a long task, and the message is judged', async () => {
    const padded = outlookMessage(VAGUE).replace(
      'aria-label="Message body" class="XbIp4 jmmB7 GNqVo">',
      `aria-label="Message body" class="XbIp4 jmmB7 GNqVo">${'<span> </span>'.repeat(60000)}`,
    );
    // The page first shows an empty reading pane; the click inserts the heavy message, as Outlook does.
    // Long tasks are counted from the end of the page's own insertion: what remains is ours. The body
    // is hidden by the page's style sheet (which the reader does not consult) because Chromium's own
    // layout of 60 000 inline spans takes seconds on its own and would hide what is measured here.
    const pane = padded.slice(padded.search(/<div role="main"/), padded.lastIndexOf('</body>'));
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Mail</title><style>.XbIp4{display:none}</style></head><body>
<nav><button id="open" type="button">${escapeHtml(VAGUE.subject)}</button></nav><div role="main">Inbox</div>
<template id="msg">${pane}</template>
<script>
window.__longest = 0; window.__after = Infinity;
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { if (e.startTime >= window.__after) window.__longest = Math.max(window.__longest, e.duration); });
}).observe({ type: 'longtask', buffered: true });
document.getElementById('open').addEventListener('click', function () {
  document.querySelector('[role="main"]').replaceWith(document.getElementById('msg').content.firstElementChild.cloneNode(true));
  history.pushState({}, '', '${OUTLOOK.path(VAGUE)}');
  void document.body.offsetHeight;
  // Let the browser lay out and paint the page's own insertion before counting.
  requestAnimationFrame(function () { setTimeout(function () { window.__after = performance.now(); }, 0); });
});
</script></body></html>`;
    await serve(h.context, OUTLOOK.route, html);
    const page = await h.context.newPage();
    await page.goto(`${OUTLOOK.origin}/mail/inbox/`);
    const tabId = await tabIdOf(h, OUTLOOK.origin);
    const panel = await openPanel(h, tabId);
    await panel.getByText('Open an inquiry to see the verdict.').waitFor({ timeout: 15000 });
    await page.click('#open');
    await verdictOf(panel, VAGUE.subject.slice(0, 20));
    // The tab still answers at once, and no task after the page's own work came near a frozen tab.
    const t0 = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(2000);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    expect(longest).toBeLessThan(200);
    await page.close();
    await panel.close();
  }, 60000);
});

describe('the page cannot switch the reader off', () => {
  it('after the site fires WXT’s "newer script started" event and fake navigation events, the next message is still judged', async () => {
    await serve(
      h.context,
      GMAIL.route,
      spaInbox(
        'Gmail',
        [GENUINE, VAGUE].map((m) => ({ id: m.key, label: m.subject, html: gmailThread(m), path: GMAIL.path(m) })),
      ),
    );
    const page = await h.context.newPage();
    await page.goto(`${GMAIL.origin}${GMAIL.path(GENUINE)}`);
    const tabId = await tabIdOf(h, GMAIL.origin);
    const panel = await openPanel(h, tabId);
    await verdictOf(panel, GENUINE.subject.slice(0, 20));
    await page.evaluate((extensionId) => {
      const detail = { contentScriptName: 'content', messageId: 'page-forged' };
      const type = `${extensionId}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      document.dispatchEvent(new Event('visibilitychange'));
    }, h.extensionId);
    await page.click(`#open-${VAGUE.key}`);
    expect(await verdictOf(panel, VAGUE.subject.slice(0, 20))).toMatchObject({ band: 'low' });
    await page.close();
    await panel.close();
  }, 60000);
});

describe('insert into reply', () => {
  const DRAFT = 'Hi Laura, thanks for your RFQ.';

  /** A thread with a search box above it (the first editable element) and Gmail's inline reply open below the message. */
  async function openThreadWithReply(): Promise<{ page: Page; panel: Page }> {
    const reply = `<div class="M9"><div class="Am Al editable" g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body">${DRAFT}</div></div>`;
    const html = gmailThread(GENUINE)
      .replace('<nav>Inbox</nav>', '<nav><div id="search" contenteditable="true" role="textbox" aria-label="Search mail">from:laura</div></nav>')
      .replace('</body>', `<script>document.querySelector('.a98').insertAdjacentHTML('beforeend', ${JSON.stringify(reply)});</script></body>`);
    await serve(h.context, GMAIL.route, html);
    const page = await h.context.newPage();
    await page.goto(`${GMAIL.origin}${GMAIL.path(GENUINE)}`);
    const panel = await openPanel(h, await tabIdOf(h, GMAIL.origin));
    await verdictOf(panel, GENUINE.subject.slice(0, 20));
    return { page, panel };
  }

  it('writes at the cursor after the rep’s draft, keeps the draft, and leaves other editable boxes alone', async () => {
    const { page, panel } = await openThreadWithReply();
    // The rep clicked at the end of their draft.
    await page.evaluate(() => {
      const box = document.querySelector('[g_editable="true"]')!;
      const r = document.createRange();
      r.selectNodeContents(box);
      r.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const reply = await panel.locator('textarea.il-reply-body').inputValue();
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await panel.getByText('Inserted at the cursor in the reply box.').waitFor({ timeout: 10000 });
    const box = (await page.locator('[g_editable="true"]').innerText()).replace(/\s+/g, ' ');
    expect(box.startsWith(DRAFT)).toBe(true);
    expect(box).toContain(reply.split('\n')[0]!.trim());
    expect(await page.locator('#search').innerText()).toBe('from:laura');
    await page.close();
    await panel.close();
  }, 60000);

  it('inserts nothing when the cursor is not in the reply box, and says so', async () => {
    const { page, panel } = await openThreadWithReply();
    // The rep last clicked in the search box, the first editable element on the page.
    await page.locator('#search').click();
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await panel.getByText(/Nothing was inserted/).waitFor({ timeout: 10000 });
    expect(await page.locator('#search').innerText()).toBe('from:laura');
    expect(await page.locator('[g_editable="true"]').innerText()).toBe(DRAFT);
    await page.close();
    await panel.close();
  }, 60000);
});
