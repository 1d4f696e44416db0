import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { HistoryDb, SCHEMA_V2 } from '../../../lib/history/db';
import { saveAnalysis } from '../../../lib/history/repo';
import { dexieCache, memoryCache } from '../../../lib/online/cache';
import { runChecks } from '../../../lib/online/checks';
import type { OnlineEnv } from '../../../lib/online/extension';
import { checkNow, planOf, withCachedOnline } from '../../../lib/online/extension';
import { stampRecord } from '../../../lib/online/history';
import { targetsOf } from '../../../lib/online/targets';
import { makeSettings } from '../../../lib/settings';
import { endpointsFor, FERRETERIA_BODY, ferreteria, youngSender } from './fixtures';
import type { LocalServer } from './servers';
import { dohHandler, NOW, rdapHandler, serve, siteHandler } from './servers';

let site: LocalServer;
let rdap: LocalServer;
let doh: LocalServer;
beforeAll(async () => {
  [site, rdap, doh] = await Promise.all([serve(siteHandler()), serve(rdapHandler), serve(dohHandler)]);
});
afterAll(async () => {
  await Promise.all([site.close(), rdap.close(), doh.close()]);
});

const ON = makeSettings({ onlineChecks: true });
const sent = () => [...site.requests, ...rdap.requests, ...doh.requests];
function env(over: Partial<OnlineEnv> = {}): OnlineEnv {
  return {
    cache: memoryCache(),
    endpoints: async () => endpointsFor(site.url, rdap.url, doh.url),
    fetch,
    online: () => true,
    granted: async () => true,
    now: () => NOW,
    ...over,
  };
}
type V = { status: 'ready'; analysis: ReturnType<typeof analyze> };
const judge =
  (inquiry: Parameters<typeof analyze>[0]) =>
  (hits: Parameters<typeof analyze>[1] extends infer O ? (O extends { memoryHits?: infer H } ? H : never) : never): V => ({
    status: 'ready',
    analysis: analyze(inquiry, { memoryHits: hits }),
  });

describe('Check online, end to end in lib', () => {
  it('the three checks send only domain names, and the verdict gains their evidence', async () => {
    const { inquiry, analysis } = ferreteria();
    const before = sent().length;
    const { result, verdict } = await checkNow<V>({ status: 'ready', analysis }, ON, env(), judge(inquiry));
    expect(result).toMatchObject({ status: 'checked', checkedAt: NOW, cached: [], failures: [] });
    const online = verdict!.analysis.signals.filter((s) => s.id.startsWith('online.'));
    expect(online.map((s) => s.id).sort()).toEqual(['online.domain-old', 'online.mail-server', 'online.site-names-company']);
    // Nothing of the mail left: every request names a domain, none carries a word of the body.
    const asked = sent().slice(before);
    expect(asked.length).toBe(5);
    for (const q of asked) {
      expect(q).toMatch(/ferreterianorte\.com\.mx/);
      for (const word of ['cotizar', 'Garza', 'Ningbo', 'Constitución', '8340']) expect(decodeURIComponent(q)).not.toContain(word);
    }
    expect(FERRETERIA_BODY).toContain('cotizar');
  });

  it('a young domain without mail lowers the verdict', async () => {
    const { inquiry, analysis } = youngSender();
    const { verdict } = await checkNow<V>({ status: 'ready', analysis }, ON, env(), judge(inquiry));
    const ids = verdict!.analysis.signals.map((s) => s.id);
    expect(ids).toContain('online.domain-young');
    expect(ids).toContain('online.no-mx');
    expect(verdict!.analysis.points).toBeLessThan(analysis.points);
    expect(verdict!.analysis.score).toBeLessThan(analysis.score);
  });

  it('later mail from a checked domain reuses the cache without the network', async () => {
    const e = env();
    const first = ferreteria('a');
    await checkNow<V>({ status: 'ready', analysis: first.analysis }, ON, e, judge(first.inquiry));
    const count = sent().length;
    const later = ferreteria('b');
    const v = await withCachedOnline<V>({ status: 'ready', analysis: later.analysis }, ON, e.cache, judge(later.inquiry), NOW + 3_600_000);
    expect(sent().length).toBe(count);
    expect(v.analysis.signals.find((s) => s.id === 'online.site-names-company')?.evidence).toMatch(/ · checked 2026-11-20$/);
    // And "Check online" again answers from the cache too.
    const again = await checkNow<V>({ status: 'ready', analysis: later.analysis }, ON, e, judge(later.inquiry));
    expect(again.result.cached).toEqual(['ferreterianorte.com.mx']);
    expect(sent().length).toBe(count);
  });

  it('a cached finding expires after a week', async () => {
    const cache = memoryCache();
    await runChecks(targetsOf(ferreteria().analysis), { fetch, endpoints: endpointsFor(site.url, rdap.url, doh.url), cache, now: () => NOW });
    expect(await cache.get('ferreterianorte.com.mx', NOW + 6 * 86_400_000)).toBeDefined();
    expect(await cache.get('ferreterianorte.com.mx', NOW + 8 * 86_400_000)).toBeUndefined();
  });

  it('off: no plan, no check, no request, and cached findings are not used', async () => {
    const { inquiry, analysis } = ferreteria('off');
    const e = env();
    const count = sent().length;
    expect(planOf({ status: 'ready', analysis }, makeSettings({}), await e.endpoints())).toEqual({ enabled: false, domains: [], origins: [] });
    const { result, verdict } = await checkNow<V>({ status: 'ready', analysis }, makeSettings({}), e, judge(inquiry));
    expect(result.status).toBe('off');
    expect(verdict).toBeUndefined();
    expect(sent().length).toBe(count);
    await checkNow<V>({ status: 'ready', analysis }, ON, e, judge(inquiry));
    const unchanged = { status: 'ready' as const, analysis };
    expect(await withCachedOnline<V>(unchanged, makeSettings({}), e.cache, judge(inquiry), NOW)).toBe(unchanged);
  });

  it('the plan names exactly the domains sent and the hosts asked', async () => {
    const { analysis } = ferreteria();
    const e = endpointsFor(site.url, rdap.url, doh.url);
    expect(planOf({ status: 'ready', analysis }, ON, e)).toEqual({ enabled: true, domains: ['ferreterianorte.com.mx'], origins: ['http://127.0.0.1/*'] });
    const shipped = planOf({ status: 'ready', analysis }, ON, { ...e, site: 'https://{host}/', rdap: '', doh: 'https://cloudflare-dns.com/dns-query' });
    expect(shipped.origins).toEqual(['https://www.ferreterianorte.com.mx/*', 'https://ferreterianorte.com.mx/*', 'https://cloudflare-dns.com/*']);
  });

  it('free mail and platforms are never looked up', () => {
    const free = analyze({ ...ferreteria().inquiry, from: { name: 'Ahmed', address: 'ahmed786@gmail.com' }, body: 'Please send catalog and price list.' });
    expect(targetsOf(free)).toEqual([]);
  });

  it('offline, refused permission or a failing network change nothing in the score', async () => {
    const { inquiry, analysis } = ferreteria('fail');
    for (const over of [
      { online: () => false },
      { granted: async () => false },
      { endpoints: async () => endpointsFor('http://127.0.0.1:9', 'http://127.0.0.1:9', 'http://127.0.0.1:9') },
    ] as Partial<OnlineEnv>[]) {
      const count = sent().length;
      const { result, verdict } = await checkNow<V>({ status: 'ready', analysis }, ON, env(over), judge(inquiry));
      expect(result.failures.length).toBe(3);
      expect(verdict!.analysis.score).toBe(analysis.score);
      expect(verdict!.analysis.points).toBe(analysis.points);
      expect(verdict!.analysis.signals.filter((s) => s.id.startsWith('online.')).every((s) => s.id === 'online.unchecked' && s.counted === 0)).toBe(true);
      if (!over.endpoints) expect(sent().length).toBe(count);
    }
    const offline = await checkNow<V>({ status: 'ready', analysis }, ON, env({ online: () => false }), judge(inquiry));
    expect(offline.result.failures.map((f) => f.reason)).toEqual(['offline', 'offline', 'offline']);
  });
});

describe('the cache table and the history record', () => {
  it('the cache keeps what a domain showed, and the record notes when it was checked', async () => {
    const name = `il-online-${Math.random()}`;
    const db = new HistoryDb(name);
    const { inquiry, analysis } = ferreteria('kept');
    await saveAnalysis(db, inquiry, analysis, NOW);
    expect(db.verno).toBe(3);
    expect(await db.inquiries.count()).toBe(1);
    const cache = dexieCache(db.online);
    await runChecks(targetsOf(analysis), { fetch, endpoints: endpointsFor(site.url, rdap.url, doh.url), cache, now: () => NOW });
    expect((await cache.get('ferreterianorte.com.mx', NOW))?.site).toMatchObject({ ok: true, title: 'Ferretería Norte — herramientas' });
    await stampRecord(db, 'paste:kept', [{ domain: 'ferreterianorte.com.mx', checkedAt: NOW }]);
    const rec = await db.inquiries.get('paste:kept');
    expect(rec?.online).toEqual([{ domain: 'ferreterianorte.com.mx', checkedAt: NOW }]);
    expect(rec?.note).toBe('');
    db.close();
  });

  it('an upgrade from a version-2 database loses nothing', async () => {
    const name = `il-online-up-${Math.random()}`;
    const first = new HistoryDb(name);
    const { inquiry, analysis } = ferreteria('old');
    await saveAnalysis(first, inquiry, analysis, NOW);
    const before = { records: await first.inquiries.toArray(), digest: await first.digest.toArray(), meta: await first.meta.toArray() };
    first.close();
    // Wind the stored version back to 2 without the cache table, as the shipped extension left it.
    const raw = new Dexie(name);
    raw.version(2).stores(SCHEMA_V2);
    // Opening at a lower version than stored fails: delete and rebuild at v2 with the same rows.
    await Dexie.delete(name);
    await raw.open();
    await raw.table('inquiries').bulkPut(before.records);
    await raw.table('digest').bulkPut(before.digest);
    await raw.table('meta').bulkPut(before.meta);
    raw.close();
    const db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.inquiries.toArray()).toEqual(before.records);
    expect(await db.digest.toArray()).toEqual(before.digest);
    expect(await db.online.count()).toBe(0);
    db.close();
  });
});
