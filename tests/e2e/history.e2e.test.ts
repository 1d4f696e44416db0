import { afterAll, describe, expect, it } from 'vitest';
import { gmailThread } from '../../lib/demo/pages';
import { SAMPLES } from '../../lib/demo/samples';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const GENUINE = SAMPLES[0]!;
const URL_ = `https://mail.google.com/mail/u/0/#inbox/FMfcgz${GENUINE.id}${GENUINE.id}`;
let profile = '';

afterAll(() => {
  if (profile) removeProfile(profile);
});

describe('history', () => {
  it('keeps the rep\u2019s outcome across a browser restart on the same profile', async () => {
    let h = await launch();
    profile = h.profile;
    await serve(h.context, /^https:\/\/mail\.google\.com\//, gmailThread(GENUINE));
    let page = await h.context.newPage();
    await page.goto(URL_);
    let panel = await openPanel(h, await tabIdOf(h, 'https://mail.google.com'));
    await verdictOf(panel, GENUINE.subject.slice(0, 20));
    await panel.getByLabel('Outcome').selectOption('quoted');
    await panel.getByText('Saved to history').waitFor();
    await h.close();

    h = await launch(profile);
    await serve(h.context, /^https:\/\/mail\.google\.com\//, gmailThread(GENUINE));
    page = await h.context.newPage();
    await page.goto(URL_);
    panel = await openPanel(h, await tabIdOf(h, 'https://mail.google.com'));
    await verdictOf(panel, GENUINE.subject.slice(0, 20));
    await expect.poll(() => panel.getByLabel('Outcome').inputValue(), { timeout: 10000 }).toBe('quoted');
    // The second visit is remembered as the same message, not a new inquiry from a known contact.
    const count = await h.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('inquirylens-history');
          req.onsuccess = () => {
            const tx = req.result.transaction('inquiries', 'readonly');
            const c = tx.objectStore('inquiries').count();
            c.onsuccess = () => resolve(c.result);
            c.onerror = () => reject(c.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    expect(count).toBe(1);
    await h.close();
  }, 90000);
});
