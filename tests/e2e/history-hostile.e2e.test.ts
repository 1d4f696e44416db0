import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { recordFrom } from '../../lib/history/build';
import { DB_NAME } from '../../lib/history/db';
import { exportJson } from '../../lib/history/export';
import { INQUIRIES_PAGE } from '../../lib/extension/pages';
import { t } from '../../lib/i18n';
import { makeInquiry } from '../../lib/inquiry';
import { launch, removeProfile } from './harness';

let profile = '';
afterAll(() => {
  if (profile) removeProfile(profile);
});

const NOW = Date.UTC(2026, 10, 20, 9, 0);
function record(id: string, subject: string) {
  const inquiry = makeInquiry({
    source: 'gmail',
    id,
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject,
    body: 'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T.',
  });
  return recordFrom(inquiry, analyze(inquiry), NOW);
}

describe('history page with a hostile backup', () => {
  it('imports the sound records of a backup with an impossible date, stays usable, and lets the rep delete a damaged stored record', async () => {
    const h = await launch();
    profile = h.profile;
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${h.extensionId}${INQUIRIES_PAGE}`);
    await page.getByText(t('en', 'history.empty')).waitFor();

    // A backup whose second record has a time no browser can show as a date.
    const file = JSON.parse(exportJson([record('good', 'RFQ LED tubes'), record('hostile', 'Hostile date')])) as { records: Array<Record<string, unknown>> };
    Object.assign(file.records[1]!, { analyzedAt: 9e15, updatedAt: 9e15 });
    await page
      .getByLabel(t('en', 'history.importFile'))
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByText(t('en', 'store.skip.not-a-date')).waitFor();
    await page.getByRole('button', { name: t('en', 'history.applyImport') }).click();
    const rows = page.locator('.il-history-row');
    await expect.poll(() => rows.count(), { timeout: 15000 }).toBe(1);
    expect(await rows.first().innerText()).toContain('RFQ LED tubes');

    // A damaged record already on disk (written by an older version): the page says so and can delete it.
    await page.evaluate(
      ({ name, at }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('inquiries', 'readwrite');
            tx.objectStore('inquiries').put({ key: 'gmail:damaged', analyzedAt: at });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: DB_NAME, at: 9e15 },
    );
    await page.reload();
    await page.getByText(t('en', 'store.unreadable', { count: 1 })).waitFor();
    await page.getByRole('button', { name: t('en', 'store.deleteUnreadable') }).click();
    await expect.poll(() => page.getByText(t('en', 'store.unreadable', { count: 1 })).count(), { timeout: 10000 }).toBe(0);
    await expect.poll(() => rows.count()).toBe(1);
    // The inquiry that was sound still opens.
    await rows.first().locator('.il-history-open').click();
    await page.getByRole('heading', { level: 2, name: 'RFQ LED tubes' }).waitFor();
    expect(errors).toEqual([]);
    await h.close();
  }, 120000);
});
