import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../lib/online/website';
import { onlineHits } from '../../../lib/online/signals';
import type { DomainReport } from '../../../lib/online/types';
import { effectiveWeights } from '../../../lib/weights';
import { endpointsFor } from './fixtures';
import type { LocalServer } from './servers';
import { NOW, serve, siteHandler } from './servers';

let site: LocalServer;
beforeAll(async () => {
  site = await serve(siteHandler());
});
afterAll(() => site.close());

const W = effectiveWeights();
const deps = (timeoutMs = 2000) => ({ fetch, endpoints: endpointsFor(site.url, 'http://127.0.0.1:9', 'http://127.0.0.1:9'), timeoutMs });
const facts = { company: 'Ferretería Norte S.A. de C.V.', products: ['DR-550'] };

async function evidenceFor(host: string, timeoutMs?: number) {
  const result = await checkSite(host, deps(timeoutMs));
  const report: DomainReport = { domain: host.replace(/^www\./, ''), checkedAt: NOW, site: result };
  return { result, hits: onlineHits([report], facts, W, NOW) };
}

describe('website check against local pages', () => {
  it('a live site that names the company and the product asked about', async () => {
    const { result, hits } = await evidenceFor('www.ferreterianorte.com.mx');
    expect(result).toMatchObject({ ok: true, title: 'Ferretería Norte — herramientas', parked: false });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.id).toBe('online.site-names-company');
    expect(hits[0]!.evidence).toBe(
      'www.ferreterianorte.com.mx is live, titled \u2018Ferretería Norte — herramientas\u2019, names the company and the product DR-550 \u00b7 checked 2026-11-20',
    );
    // The page's script never ran and its text is not read as the page's words.
    expect(result.ok && result.text).not.toContain('hacked');
  });

  it('a live site that does not name the company earns less', async () => {
    const { hits } = await evidenceFor('www.acme-tools.example');
    expect(hits.map((h) => [h.id, h.evidence])).toEqual([
      ['online.site-live', 'www.acme-tools.example is live, titled \u2018Welcome\u2019, does not name the company \u00b7 checked 2026-11-20'],
    ]);
    expect(hits[0]!.weight).toBeLessThan(W['online.site-names-company']);
  });

  it('a parked, for-sale page counts against the sender', async () => {
    const { hits } = await evidenceFor('www.parked.example');
    expect(hits[0]!.id).toBe('online.site-parked');
    expect(hits[0]!.weight).toBeLessThan(0);
    expect(hits[0]!.evidence).toMatch(/^www\.parked\.example shows a parked or for-sale page/);
  });

  it('a site that redirects to another domain says where', async () => {
    const { result, hits } = await evidenceFor('www.moved.example');
    expect(result).toMatchObject({ ok: true, finalHost: 'www.elsewhere.example' });
    expect(hits[0]!.id).toBe('online.site-redirects-elsewhere');
    expect(hits[0]!.evidence).toBe('www.moved.example redirects to www.elsewhere.example \u00b7 checked 2026-11-20');
  });

  it('a slow site is "could not check" after the deadline, and counts nothing', async () => {
    const started = Date.now();
    const { result, hits } = await evidenceFor('www.slow.example', 300);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(hits.map((h) => [h.id, h.weight])).toEqual([['online.unchecked', 0]]);
    expect(hits[0]!.evidence).toBe('could not check the website slow.example: no answer in time \u00b7 checked 2026-11-20');
  });

  it('a huge page is read only up to the cap, quickly', async () => {
    const started = Date.now();
    const { result } = await evidenceFor('www.huge.example');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: true, title: 'Huge Ltd' });
    expect(result.ok && result.text.length).toBeLessThanOrEqual(20_000);
  });

  it('hostile HTML yields plain text: no markup, no control or direction characters', async () => {
    const { result, hits } = await evidenceFor('www.hostile.example');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.title).not.toMatch(/[<>\u0000\u202e]/);
    expect(result.title).toMatch(/^Ha\b.*Tools$/);
    // Everything after the unclosed comment is a comment.
    expect(result.text).not.toContain('never read');
    expect(hits[0]!.evidence).not.toMatch(/[<>\u202e]/);
  });

  it('a host that refuses the connection is "could not check"', async () => {
    const closed = { fetch, endpoints: endpointsFor('http://127.0.0.1:9', 'http://127.0.0.1:9', 'http://127.0.0.1:9'), timeoutMs: 2000 };
    const result = await checkSite('www.nowhere.example', closed);
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('a missing page (HTTP 404) is "could not check", not a penalty', async () => {
    const { hits } = await evidenceFor('www.missing.example');
    expect(hits.map((h) => [h.id, h.weight])).toEqual([['online.unchecked', 0]]);
    expect(hits[0]!.evidence).toContain('the server refused (HTTP 404)');
  });
});
