import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailThread } from '../fixtures/demo/pages';
import { SAMPLES } from '../fixtures/demo/samples';
import type { Harness } from './harness';
import { t } from '../../lib/i18n';
import { ARTIFACTS, launch, openPanel, removeProfile, serve, setSettings, tabIdOf } from './harness';

/**
 * The screenshots a rep (and a store listing) sees, written to tests/artifacts/ on every run: the panel
 * at 360 px for a genuine, a vague, a scam and a colleague's mail, and the history and statistics pages,
 * in English and Chinese. Each is taken only after the page shows what it should, and none may scroll
 * sideways at its width.
 */
let h: Harness;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.context.close();
  if (h) removeProfile(h.profile);
});

const LANGS = ['en', 'zh-CN'] as const;
const COLLEAGUE_TEXT = { en: 'a colleague, not an inquiry', 'zh-CN': '同事' };

describe('screenshots for the rep and the store', () => {
  it('panel at 360 px: genuine, vague, scam and a colleague, in English and Chinese', async () => {
    const cases = [
      ...SAMPLES.map((m) => ({ name: m.key, mail: m, own: [] as string[] })),
      { name: 'colleague', mail: SAMPLES[0]!, own: [SAMPLES[0]!.fromAddress.split('@')[1]!] },
    ];
    for (const c of cases) {
      await h.context.unrouteAll();
      await serve(h.context, /^https:\/\/mail\.google\.com\//, gmailThread(c.mail));
      const page = await h.context.newPage();
      for (const lang of LANGS) {
        await setSettings(h, { uiLanguage: lang, ownDomains: c.own });
        await page.goto(`https://mail.google.com/mail/u/0/#inbox/${c.name}${lang}${c.mail.id}`);
        const tabId = await tabIdOf(h, 'https://mail.google.com');
        const panel = await openPanel(h, tabId, 360);
        if (c.name === 'colleague') await panel.getByText(new RegExp(COLLEAGUE_TEXT[lang])).first().waitFor({ timeout: 15000 });
        else await panel.locator('article.il-verdict').waitFor({ timeout: 15000 });
        expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await panel.screenshot({ path: join(ARTIFACTS, `panel-${c.name}-${lang}.png`), fullPage: true });
        await panel.close();
      }
      await page.close();
    }
    await setSettings(h, {});
  }, 120000);

  it('history and statistics pages, in English and Chinese', async () => {
    for (const lang of LANGS) {
      await setSettings(h, { uiLanguage: lang });
      for (const name of ['inquiries', 'stats'] as const) {
        const page = await h.context.newPage();
        await page.setViewportSize({ width: 1100, height: 800 });
        await page.goto(`chrome-extension://${h.extensionId}/${name}.html`);
        await page.locator('h1').first().waitFor({ timeout: 15000 });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await page.screenshot({ path: join(ARTIFACTS, `${name === 'inquiries' ? 'history' : 'stats'}-${lang}.png`), fullPage: true });
        await page.close();
      }
    }
    await setSettings(h, {});
  }, 60000);

  it('an inquiry in the history, its replies written, at 360 px and at a desktop width, in English and Chinese', async () => {
    // The panel test above analysed the samples, so the history holds the genuine inquiry.
    const genuine = SAMPLES.find((m) => m.key === 'genuine')!;
    for (const lang of LANGS) {
      await setSettings(h, { uiLanguage: lang });
      for (const [width, height, name] of [
        [360, 740, '360'],
        [1280, 800, 'desktop'],
      ] as const) {
        const page = await h.context.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(`chrome-extension://${h.extensionId}/inquiries.html`);
        await page.locator('.il-history-row', { hasText: genuine.subject }).first().getByRole('button').click();
        const pane = page.locator('.il-history-detailpane');
        await pane.getByRole('heading', { level: 2, name: genuine.subject }).waitFor({ timeout: 15000 });
        // The replies load on demand (a separate chunk of the built page).
        await pane.getByRole('button', { name: t(lang, 'history.showReplies') }).click();
        const reply = pane.locator('.il-reply-body');
        await reply.waitFor({ timeout: 15000 });
        expect(await reply.inputValue()).toContain(genuine.fromName.split(' ')[0]);
        // One heading for the replies in the page's outline: the panel's own h2 is not shown here.
        expect(await pane.getByRole('heading', { name: t(lang, 'section.replies'), exact: true }).count()).toBe(1);
        // The follow-up and everything after it are part of the page, not hidden in a scroll box of the
        // detail's own; nothing is clipped sideways, and the page does not scroll sideways.
        expect(await pane.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
        const followUp = pane.locator('.il-record');
        await followUp.scrollIntoViewIfNeeded();
        const [box, paneBox] = [await followUp.boundingBox(), await pane.boundingBox()];
        expect(box!.x).toBeGreaterThanOrEqual(paneBox!.x);
        expect(box!.x + box!.width).toBeLessThanOrEqual(paneBox!.x + paneBox!.width + 0.5);
        expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.evaluate(() => window.scrollTo(0, 0));
        await pane.evaluate((el) => el.scrollTo(0, 0));
        await page.screenshot({ path: join(ARTIFACTS, `history-detail-${name}-${lang}.png`), fullPage: true });
        await page.close();
      }
    }
    await setSettings(h, {});
  }, 90000);
});
