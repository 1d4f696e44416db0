/**
 * `npm run demo`: Chromium with the built extension on a bundled demo inbox (genuine, vague and scam
 * inquiries), served as if it were Gmail, so a newcomer sees the product without a mail account.
 * Nothing goes to the network: the demo pages are answered locally and every other request fails.
 * Without a display (a server, CI) it runs headless, prints the verdicts and saves screenshots.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { gmailThread, spaInbox } from '../tests/fixtures/demo/pages';
import { SAMPLES } from '../tests/fixtures/demo/samples';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'tests/artifacts');
const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find((p) => {
    try {
      return existsSync(p);
    } catch {
      return false;
    }
  });
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');

const inbox = spaInbox(
  'Demo inbox - InquiryLens',
  SAMPLES.map((m) => ({ id: m.key, label: `${m.fromName}: ${m.subject}`, html: gmailThread(m), path: `/mail/u/0/#inbox/FMfcgz${m.id}${m.id}` })),
);

async function main() {
  if (!executablePath) throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'il-demo-')), {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  await context.route(/^https?:\/\//, (r) => r.abort());
  await context.route(/^https:\/\/mail\.google\.com\//, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: inbox }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`https://mail.google.com/mail/u/0/#inbox/FMfcgz${SAMPLES[0]!.id}${SAMPLES[0]!.id}`);
  const tabId = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith('https://mail.google.com'))?.id ?? -1;
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);

  if (!headless) {
    console.log('InquiryLens demo is open: click a message in the demo inbox tab; the "sidepanel" tab follows it.');
    console.log('Click the toolbar button on the inbox tab to open the real side panel. Close the browser to end.');
    await new Promise<void>((done) => context.on('close', () => done()));
    return;
  }
  mkdirSync(OUT, { recursive: true });
  await panel.setViewportSize({ width: 360, height: 900 });
  for (const m of SAMPLES) {
    await page.bringToFront();
    await page.click(`#open-${m.key}`);
    const article = panel.locator('article.il-verdict', { has: panel.locator('.il-subject', { hasText: m.subject.slice(0, 20) }) });
    await article.waitFor({ timeout: 15000 });
    const [band, risk, advice] = await Promise.all(['data-band', 'data-risk', 'data-advice'].map((a) => article.getAttribute(a)));
    const score = await panel.locator('.il-gauge-score').textContent();
    console.log(`${m.key.padEnd(8)} score ${String(score).padStart(3)}  band ${band}  risk ${risk}  samples: ${advice}   "${m.subject}"`);
    await panel.screenshot({ path: join(OUT, `demo-${m.key}.png`), fullPage: true });
  }
  console.log(`No display: ran headless. Side-panel screenshots are in ${OUT}/demo-*.png`);
  await context.close();
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
