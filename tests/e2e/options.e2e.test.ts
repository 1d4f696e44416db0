/**
 * Settings that stick (issue 11): on the options page a catalog import is saved at once and is there on the
 * next visit, leaving with unsaved changes asks first, the tab title follows the interface language; a first
 * run offers the short setup in the panel. Screenshots of both, English and Chinese, at 360 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS_PAGE } from '../../lib/extension/pages';
import type { Harness } from './harness';
import { ARTIFACTS, launch, removeProfile, setSettings } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await h.close();
  removeProfile(h.profile);
});

const stored = () =>
  h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('settings')).settings as
      { catalog?: { model: string }[]; companyName?: string; ownDomains?: string[]; replyLanguage?: string } | undefined;
  });

async function openOptions(width = 1000): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}${OPTIONS_PAGE}`);
  await page.locator('form.il-options').waitFor();
  return page;
}

const catalog = (page: Page) => page.locator('fieldset', { has: page.locator('legend', { hasText: 'Product catalog' }) });

describe('first run', () => {
  it('offers a short, skippable setup in the panel, and stores what the rep fills in', async () => {
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await panel.getByRole('heading', { name: 'Set up InquiryLens' }).waitFor();
    await panel.screenshot({ path: join(ARTIFACTS, 'first-run-en.png'), fullPage: true });
    await panel.getByLabel('Company name').fill('Lumora Lighting');
    await panel.getByLabel('Your own domains (one per line)').fill('lumora.example');
    await panel.getByLabel('Reply language').selectOption('es');
    await panel.getByRole('button', { name: 'Save and start' }).click();
    await panel.getByRole('heading', { name: 'Set up InquiryLens' }).waitFor({ state: 'detached' });
    expect(await stored()).toMatchObject({ companyName: 'Lumora Lighting', ownDomains: ['lumora.example'], replyLanguage: 'es' });
    // Not a first run any more: a new panel goes straight to work.
    await panel.reload();
    await panel.locator('.il-app').waitFor();
    expect(await panel.getByRole('heading', { name: 'Set up InquiryLens' }).count()).toBe(0);
    await panel.close();
  });
});

describe('options page', () => {
  it('saves a catalog import at once, says so beside it, and shows it on the next visit', async () => {
    const page = await openOptions();
    expect(await page.title()).toBe('InquiryLens settings');
    await catalog(page)
      .getByLabel('Product catalog')
      .setInputFiles({
        name: 'catalog.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('model,name\nLX-T8-1200-18W,T8 tube\nLX-T8-600-9W,T8 tube\nLX-PNL-600,Panel\n'),
      });
    await catalog(page).getByText('Imported 3 models.').waitFor();
    // Left at once, with nothing else clicked.
    let asked = false;
    page.on('dialog', (d) => {
      asked = true;
      void d.accept();
    });
    await page.close({ runBeforeUnload: true });
    expect(asked).toBe(false);
    expect((await stored())?.catalog?.map((c) => c.model)).toEqual(['LX-T8-1200-18W', 'LX-T8-600-9W', 'LX-PNL-600']);

    const again = await openOptions();
    await catalog(again)
      .getByText(/3 models/)
      .first()
      .waitFor();
    await again.close();
  });

  it('asks before leaving with unsaved changes', async () => {
    const page = await openOptions();
    await page.getByLabel('Company name', { exact: true }).fill('Lumora Lighting Co., Ltd.');
    await page.getByText('Unsaved changes').waitFor();
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    // Dismissed: still on the page, the edit still there.
    expect(await page.getByLabel('Company name', { exact: true }).inputValue()).toBe('Lumora Lighting Co., Ltd.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
    expect((await stored())?.companyName).toBe('Lumora Lighting Co., Ltd.');
    await page.screenshot({ path: join(ARTIFACTS, 'options-en.png') });
    await page.close();
  });

  it('shows a Chinese tab title and page to a Chinese rep', async () => {
    const current = await stored();
    await setSettings(h, { ...current, uiLanguage: 'zh-CN' });
    const page = await openOptions(360);
    expect(await page.title()).toBe('InquiryLens 设置');
    await page.getByRole('heading', { name: 'InquiryLens 设置' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'options-zh-CN.png') });
    await page.close();
  });
});
