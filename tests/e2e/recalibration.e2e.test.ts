/**
 * Recalibration end to end (issue 10): the rep records outcomes in the side panel, and once the history
 * holds enough of them the options page refits the weights, shows which moved and why, and Save stores
 * them in the settings the worker scores with.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gmailThread, outlookMessage } from '../fixtures/demo/pages';
import type { SampleMessage } from '../fixtures/demo/samples';
import { SAMPLES } from '../fixtures/demo/samples';
import { OPTIONS_PAGE } from '../../lib/extension/pages';
import type { Harness } from './harness';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const [GENUINE, VAGUE] = SAMPLES as [SampleMessage, SampleMessage, SampleMessage];

/**
 * A rep whose short, unqualified inquiries are the ones that turn into orders, while the detailed export
 * template never answers: the opposite of the shipped data, so the refit has to move weights.
 */
const VISITS = [
  {
    m: GENUINE,
    origin: 'https://mail.google.com',
    route: /^https:\/\/mail\.google\.com\//,
    html: gmailThread(GENUINE),
    path: `/mail/u/0/#inbox/FMfcgz${GENUINE.id}${GENUINE.id}`,
    outcome: 'no-reply',
  },
  {
    m: VAGUE,
    origin: 'https://outlook.office.com',
    route: /^https:\/\/outlook\.office\.com\//,
    html: outlookMessage(VAGUE),
    path: `/mail/inbox/id/AAQk${VAGUE.id}`,
    outcome: 'won',
  },
] as const;

let h: Harness | undefined;
afterAll(async () => {
  if (h) {
    await h.close();
    removeProfile(h.profile);
  }
});

describe('recalibration', () => {
  it('refits the weights from outcomes recorded in the panel and shows which moved', async () => {
    h = await launch();
    for (const v of VISITS) {
      await serve(h.context, v.route, v.html);
      const site = await h.context.newPage();
      await site.goto(v.origin + v.path);
      const panel = await openPanel(h, await tabIdOf(h, v.origin));
      await verdictOf(panel, v.m.subject.slice(0, 20));
      await panel.getByLabel('Outcome').selectOption(v.outcome);
      await panel.getByText('Saved to history').waitFor();
    }

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}${OPTIONS_PAGE}`);
    // Two outcomes are far below the threshold.
    await options.getByRole('button', { name: 'Recalibrate now' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toBe('Needs at least 30 inquiries with an outcome; the history has 2.');

    // Months of the same two kinds of mail: copies of the two recorded inquiries under new keys.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('inquirylens-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('inquiries', 'readwrite');
            const store = tx.objectStore('inquiries');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const r of all.result as { key: string; outcome: string }[]) for (let i = 0; i < 20; i++) store.put({ ...r, key: `${r.key}#${i}` });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await options.getByRole('button', { name: 'Recalibrate now' }).click();
    const table = options.getByRole('table', { name: 'Weights that moved' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.innerText()).toMatch(/of \d+ inquiries with this sign became business/);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved').first().waitFor();

    const stored = await h.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings as { recalibration?: { used: number; weights: Record<string, number>; enabled: boolean } };
    });
    expect(stored.recalibration?.used).toBe(42);
    expect(stored.recalibration?.enabled).toBe(true);
    expect(Object.keys(stored.recalibration?.weights ?? {}).length).toBeGreaterThan(0);
  });
});
