import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../corpus';

export const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');
/** Debian's chromium (apt-get install -y chromium); nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless in a container, and silent on the network: no updates, sync or background requests of its own. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the built extension loaded and no network but our fixtures. */
export async function launch(profile = mkdtempSync(join(tmpdir(), 'il-e2e-'))): Promise<Harness> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_CHROMIUM_FLAGS,
      // The panel opens as a tab beside the site; a real side panel is never a hidden tab, so hidden
      // tabs must not be throttled here either.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  // Nothing leaves the machine: every request not answered by a fixture route fails.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close() {
      await context.close();
    },
  };
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

/** Serve fixture HTML for every URL under a site prefix. */
export async function serve(context: BrowserContext, pattern: RegExp, html: string): Promise<void> {
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/**
 * The id of the tab showing `urlPrefix`, asked from the extension's service worker. Without the `tabs`
 * permission the worker sees addresses only on the sites it may read; any other page is found as the
 * active tab, so call this right after opening that page.
 */
export async function tabIdOf(h: Harness, urlPrefix: string): Promise<number> {
  return h.worker.evaluate(async (prefix) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    const t = tabs.find((x) => x.url?.startsWith(prefix)) ?? tabs.find((x) => x.active && x.url === undefined);
    if (t?.id === undefined) throw new Error(`no tab for ${prefix}`);
    return t.id;
  }, urlPrefix);
}

export async function openPanel(h: Harness, tabId: number, width = 360): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.setViewportSize({ width, height: 900 });
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** The verdict the panel shows: band, risk and sample advice as data attributes of the verdict. */
export async function verdictOf(panel: Page, subjectPart: string): Promise<{ band: string; risk: string; advice: string }> {
  const article = panel.locator('article.il-verdict', { has: panel.locator('.il-subject', { hasText: subjectPart }) });
  await article.waitFor({ timeout: 15000 });
  return {
    band: (await article.getAttribute('data-band')) ?? '',
    risk: (await article.getAttribute('data-risk')) ?? '',
    advice: (await article.getAttribute('data-advice')) ?? '',
  };
}

/** Write the rep's settings the way the options page does (extension local storage, key "settings"). */
export async function setSettings(h: Harness, settings: object): Promise<void> {
  await h.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}
