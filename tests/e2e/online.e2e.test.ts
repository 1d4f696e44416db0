/**
 * Online checks end to end (issue 13): with the option off nothing at all is requested; the rep turns it
 * on, presses "Check online" in the panel and sees the evidence about the sender's website, domain age
 * and mail server, fetched by the extension from local servers standing in for the site, the registry
 * and the DNS-over-HTTPS resolver.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gmailThread } from '../fixtures/demo/pages';
import type { SampleMessage } from '../fixtures/demo/samples';
import { OPTIONS_PAGE } from '../../lib/extension/pages';
import { FERRETERIA_BODY } from '../unit/online/fixtures';
import type { LocalServer } from '../unit/online/servers';
import { dohHandler, rdapHandler, serve as serveLocal, siteHandler } from '../unit/online/servers';
import type { Harness } from './harness';
import { launch, openPanel, removeProfile, serve, tabIdOf, verdictOf } from './harness';

const MAIL: SampleMessage = {
  key: 'genuine',
  id: '19a7c0ffee0d1e55',
  fromName: 'Luis Garza',
  fromAddress: 'compras@ferreterianorte.com.mx',
  subject: 'Cotización taladros DR-550',
  date: '2026-11-19T15:00:00Z',
  body: FERRETERIA_BODY,
  attachments: [],
};

let h: Harness | undefined;
const servers: LocalServer[] = [];
afterAll(async () => {
  if (h) {
    await h.close();
    removeProfile(h.profile);
  }
  await Promise.all(servers.map((s) => s.close()));
});

describe('online checks', () => {
  it('sends nothing while off; once on, "Check online" shows the evidence in the panel', async () => {
    const [site, rdap, doh] = await Promise.all([serveLocal(siteHandler()), serveLocal(rdapHandler), serveLocal(dohHandler)]);
    servers.push(site!, rdap!, doh!);
    h = await launch();
    const harness = h;
    // Everything the browser asks for outside the extension, the worker's fetches included.
    const network: string[] = [];
    harness.context.on('request', (r) => {
      if (!r.url().startsWith('chrome-extension:') && !r.url().startsWith('https://mail.google.com/')) network.push(r.url());
    });
    await harness.context.route(/^http:\/\/127\.0\.0\.1:/, (route) => route.continue());
    // Where the extension's checks go: a test can set this (extension session storage), a web page cannot.
    await harness.worker.evaluate(
      (v) =>
        (globalThis as unknown as { chrome: { storage: { session: { set(o: object): Promise<void> } } } }).chrome.storage.session.set({ onlineEndpoints: v }),
      { site: `${site!.url}/site/{host}/`, rdap: `${rdap!.url}/rdap/`, doh: `${doh!.url}/dns-query` },
    );
    // The rep allows the host as chrome://extensions does; headless Chromium cannot show the permission prompt,
    // and a request for hosts already allowed resolves at once.
    const ext = await harness.context.newPage();
    await ext.goto('chrome://extensions/');
    await ext.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
        ).chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
      harness.extensionId,
    );
    await ext.close();

    await serve(harness.context, /^https:\/\/mail\.google\.com\//, gmailThread(MAIL));
    const gmail = await harness.context.newPage();
    await gmail.goto(`https://mail.google.com/mail/u/0/#inbox/FMfcgz${MAIL.id}`);
    const panel = await openPanel(harness, await tabIdOf(harness, 'https://mail.google.com'));
    await verdictOf(panel, 'Cotización');

    // Off (the default): no button, and not one request left the browser.
    await panel.waitForTimeout(500);
    expect(await panel.getByRole('button', { name: 'Check online' }).count()).toBe(0);
    expect(network).toEqual([]);
    expect([...site!.requests, ...rdap!.requests, ...doh!.requests]).toEqual([]);

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}${OPTIONS_PAGE}`);
    await options.getByLabel('Check websites and domains online').check();
    await options.locator('.il-online-options').getByText('Saved').waitFor();
    await options.close();

    await panel.reload();
    const verdict = await verdictOf(panel, 'Cotización');
    // The verdict is on screen before anything is checked; the panel says what would leave the browser.
    const sends = panel.locator('.il-online-sends');
    await sends.waitFor();
    expect(await sends.innerText()).toBe('Sends only the domain names ferreterianorte.com.mx, never the mail, to: 127.0.0.1.');
    expect(network).toEqual([]);
    expect(await panel.locator('[data-signal^="online."]').count()).toBe(0);

    await panel.getByRole('button', { name: 'Check online' }).click();
    const findings = panel.getByRole('list', { name: 'Found online' });
    await findings
      .getByText('www.ferreterianorte.com.mx is live, titled \u2018Ferretería Norte — herramientas\u2019, names the company and the product DR-550', {
        exact: false,
      })
      .waitFor({ timeout: 15000 });
    expect(await findings.innerText()).toContain('ferreterianorte.com.mx was registered 2004');
    expect(await findings.innerText()).toContain('receives mail at mx1.ferreterianorte.com.mx');
    await panel.getByText(/^Checked /).waitFor();
    expect((await verdictOf(panel, 'Cotización')).band).toBe(verdict.band);

    // What left the browser: domain names, never a word of the mail.
    expect(network.length).toBeGreaterThan(0);
    for (const url of network) {
      expect(url.startsWith('http://127.0.0.1:')).toBe(true);
      for (const word of ['cotizar', 'Garza', 'Ningbo', 'Monterrey', '8340', 'compras']) expect(decodeURIComponent(url)).not.toContain(word);
    }
    await panel.screenshot({ path: 'tests/artifacts/online-check-en.png', fullPage: true });
  });
});
