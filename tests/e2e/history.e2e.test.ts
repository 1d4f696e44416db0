import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { gmailThread, outlookMessage, platformPage } from '../fixtures/demo/pages';
import type { SampleMessage } from '../fixtures/demo/samples';
import { SAMPLES } from '../fixtures/demo/samples';
import { INQUIRIES_PAGE } from '../../lib/extension/pages';
import type { Harness } from './harness';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const [GENUINE, VAGUE, SCAM] = SAMPLES as [SampleMessage, SampleMessage, SampleMessage];

/** Three messages on three sites, and what the rep records about each. */
const VISITS = [
  {
    m: GENUINE,
    origin: 'https://mail.google.com',
    route: /^https:\/\/mail\.google\.com\//,
    html: gmailThread(GENUINE),
    path: `/mail/u/0/#inbox/FMfcgz${GENUINE.id}${GENUINE.id}`,
    outcome: 'quoted',
    label: 'Quoted',
  },
  {
    m: VAGUE,
    origin: 'https://outlook.office.com',
    route: /^https:\/\/outlook\.office\.com\//,
    html: outlookMessage(VAGUE),
    path: `/mail/inbox/id/AAQk${VAGUE.id}`,
    outcome: 'no-reply',
    label: 'No reply',
  },
  {
    m: SCAM,
    origin: 'https://message.alibaba.com',
    route: /^https:\/\/message\.alibaba\.com\//,
    html: platformPage('alibaba', SCAM),
    path: `/message/messenger.htm?id=${SCAM.id}`,
    outcome: 'confirmed-scam',
    label: 'Confirmed scam',
  },
] as const;

let profile = '';
afterAll(() => {
  if (profile) removeProfile(profile);
});

async function visit(h: Harness, v: (typeof VISITS)[number]): Promise<Page> {
  await serve(h.context, v.route, v.html);
  const site = await h.context.newPage();
  await site.goto(v.origin + v.path);
  const panel = await openPanel(h, await tabIdOf(h, v.origin));
  await verdictOf(panel, v.m.subject.slice(0, 20));
  return panel;
}

describe('history', () => {
  it('remembers three analysed messages and the rep\u2019s outcomes across a browser restart, in the panel and on the history page', async () => {
    let h = await launch();
    profile = h.profile;
    for (const v of VISITS) {
      const panel = await visit(h, v);
      await panel.getByLabel('Outcome').selectOption(v.outcome);
      await panel.getByText('Saved to history').waitFor();
    }
    await h.close();

    h = await launch(profile);
    // The panel of a message seen before shows what the rep recorded, and it stays one record.
    const again = await visit(h, VISITS[0]);
    await expect.poll(() => again.getByLabel('Outcome').inputValue(), { timeout: 10000 }).toBe('quoted');

    const history = await h.context.newPage();
    await history.setViewportSize({ width: 360, height: 800 });
    await history.goto(`chrome-extension://${h.extensionId}${INQUIRIES_PAGE}`);
    const rows = history.locator('.il-history-row');
    await expect.poll(() => rows.count(), { timeout: 15000 }).toBe(3);
    for (const v of VISITS) {
      const row = history.locator('.il-history-row', { hasText: v.m.subject.slice(0, 20) });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.innerText()).toContain(v.label);
    }
    // Searching narrows the list to the matching message.
    const word = GENUINE.subject.split(/\s+/).find((w) => w.length > 4 && /^[a-z]+$/i.test(w))!;
    await history.getByRole('searchbox').fill(word);
    await expect.poll(() => rows.count(), { timeout: 10000 }).toBe(1);
    expect(await rows.first().innerText()).toContain(GENUINE.subject.slice(0, 20));
    await h.close();
  }, 120000);
});
