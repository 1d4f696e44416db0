import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUrl, trySite } from '../../cli/try-site';
import { gmailThread } from '../fixtures/demo/pages';
import { SAMPLES } from '../fixtures/demo/samples';
import { shapeOf } from '../../lib/sites/censor';
import type { Harness } from './harness';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const GENUINE = SAMPLES[0]!;
const GMAIL = /^https:\/\/mail\.google\.com\//;

/** Everything of the demo mail a stranger must not learn from the capture. */
function personal(m: typeof GENUINE): string[] {
  const lines = m.body
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter((l) => l.length >= 8);
  return [
    m.fromName,
    m.fromAddress,
    m.subject,
    m.id,
    'sales@lumora-lighting.example',
    'Thank you for visiting our booth',
    ...m.attachments.map((a) => a.name),
    ...lines,
    'Bianchi',
    'Arcotherm',
    'Vimercate',
    '555 2841',
    'AQ-HP12-3P',
  ];
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 60000);

afterAll(async () => {
  await h?.close();
  if (h) removeProfile(h.profile);
});

async function openGmail(html: string, path: string) {
  await serve(h.context, GMAIL, html);
  const page = await h.context.newPage();
  await page.goto(`https://mail.google.com${path}`);
  const tabId = await tabIdOf(h, 'https://mail.google.com');
  return { page, panel: await openPanel(h, tabId) };
}

describe('page-shape capture from the panel', () => {
  it('saves a censored shape of the demo inbox that try-site reads back: the Gmail reader still finds the message, none of the mail is in it', async () => {
    const { page, panel } = await openGmail(gmailThread(GENUINE), `/mail/u/0/#inbox/FMfcgz${GENUINE.id}`);
    await verdictOf(panel, GENUINE.subject.slice(0, 20));
    // One click away under a read message.
    await panel.getByText('Report a reading problem').click();
    await panel.getByRole('button', { name: 'Show what would be saved' }).click();
    const preview = panel.getByRole('region', { name: 'Censored page structure that will be saved' });
    await preview.waitFor({ timeout: 10000 });
    const shown = (await preview.textContent()) ?? '';

    // Keyboard reachable, and the 360 px panel wraps the copy instead of scrolling sideways.
    await preview.focus();
    expect(await preview.evaluate((el) => document.activeElement === el)).toBe(true);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect((await preview.boundingBox())?.width).toBeLessThanOrEqual(360);

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Save' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^inquirylens-page-shape-gmail-\d{4}-\d\d-\d\d\.html$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    // What was saved is what the rep saw.
    expect(saved).toBe(shown);
    for (const s of personal(GENUINE)) expect(saved, s).not.toContain(s);

    const url = captureUrl(saved);
    expect(url).toMatch(/^https:\/\/mail\.google\.com\//);
    const report = await trySite(saved, url!);
    expect(report.censored).toBe(true);
    const gmail = report.readers.find((r) => r.reader === 'gmail');
    expect(gmail).toMatchObject({
      selected: true,
      status: 'ok',
      via: expect.stringMatching(/^gmail/),
      sender: { address: shapeOf(GENUINE.fromAddress) },
      attachments: 1,
    });
    expect(gmail?.bodyChars).toBeGreaterThan(500);
    expect(gmail?.bodyStart).toMatch(/^Xxxx Xxx xx Xxxxx,/);
    await page.close();
    await panel.close();
  }, 60000);

  it('offers the capture at once when the page cannot be read, and the shape shows try-site why', async () => {
    const { page, panel } = await openGmail(gmailThread(GENUINE, { renamed: true }), `/mail/u/0/#inbox/FMfcgz${GENUINE.id}x`);
    const show = panel.getByRole('button', { name: 'Show what would be saved' });
    // Open by itself: no click on "Report a reading problem" first.
    await show.waitFor({ state: 'visible', timeout: 15000 });
    await show.click();
    const preview = panel.getByRole('region', { name: 'Censored page structure that will be saved' });
    await preview.waitFor({ timeout: 10000 });
    const shown = (await preview.textContent()) ?? '';
    for (const s of personal(GENUINE)) expect(shown, s).not.toContain(s);
    const report = await trySite(shown, captureUrl(shown)!);
    const gmail = report.readers.find((r) => r.reader === 'gmail');
    expect(gmail?.selected).toBe(true);
    expect(gmail?.status).toBe('unrecognised');
    await page.close();
    await panel.close();
  }, 60000);
});
