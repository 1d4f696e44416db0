import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMail } from '../../../lib/online/doh';
import { DEFAULT_ENDPOINTS, rdapBaseFor } from '../../../lib/online/endpoints';
import { checkAge } from '../../../lib/online/rdap';
import { onlineHits } from '../../../lib/online/signals';
import type { DomainReport } from '../../../lib/online/types';
import { effectiveWeights } from '../../../lib/weights';
import { endpointsFor } from './fixtures';
import type { LocalServer } from './servers';
import { dohHandler, NOW, rdapHandler, serve } from './servers';

let rdap: LocalServer;
let doh: LocalServer;
beforeAll(async () => {
  rdap = await serve(rdapHandler);
  doh = await serve(dohHandler);
});
afterAll(async () => {
  await rdap.close();
  await doh.close();
});

const W = effectiveWeights();
const deps = () => ({ fetch, endpoints: endpointsFor('http://127.0.0.1:9', rdap.url, doh.url), timeoutMs: 2000 });
const evidence = (r: DomainReport) => onlineHits([r], { company: '', products: [] }, W, NOW).map((h) => [h.id, h.evidence]);

describe('RDAP domain age against a local registry', () => {
  it('a domain registered weeks ago is a warning, with its age in days', async () => {
    const age = await checkAge('young.example', deps());
    expect(evidence({ domain: 'young.example', checkedAt: NOW, age })).toEqual([
      ['online.domain-young', 'young.example was registered 23 days ago, on 2026-10-28 \u00b7 checked 2026-11-20'],
    ]);
    expect(W['online.domain-young']).toBeLessThan(0);
    expect(rdap.requests).toContain('/rdap/domain/young.example');
  });

  it('a domain registered in 2004 is a good sign', async () => {
    const age = await checkAge('ferreterianorte.com.mx', deps());
    expect(evidence({ domain: 'ferreterianorte.com.mx', checkedAt: NOW, age })).toEqual([
      ['online.domain-old', 'ferreterianorte.com.mx was registered 2004 \u00b7 checked 2026-11-20'],
    ]);
    expect(W['online.domain-old']).toBeGreaterThan(0);
  });

  it('in between, the age is a note that counts nothing', async () => {
    const age = await checkAge('mid.example', deps());
    const hits = onlineHits([{ domain: 'mid.example', checkedAt: NOW, age }], { company: '', products: [] }, W, NOW);
    expect(hits.map((h) => [h.id, h.weight, h.evidence])).toEqual([
      ['online.domain-age', 0, 'mid.example was registered 2022, 4 years ago \u00b7 checked 2026-11-20'],
    ]);
  });

  it('an unknown domain, a garbled answer and a dead registry are "could not check"', async () => {
    expect(await checkAge('unknown.example', deps())).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await checkAge('garbage.example', deps())).toMatchObject({ ok: false, reason: 'bad-answer' });
    const dead = await checkAge('young.example', { ...deps(), endpoints: endpointsFor('http://127.0.0.1:9', 'http://127.0.0.1:9', doh.url) });
    expect(dead).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(evidence({ domain: 'young.example', checkedAt: NOW, age: dead })).toEqual([
      ['online.unchecked', 'could not check when young.example was registered: could not connect \u00b7 checked 2026-11-20'],
    ]);
  });

  it('the shipped bootstrap names each TLD its own registry; a TLD it lacks sends nothing', async () => {
    expect(rdapBaseFor(DEFAULT_ENDPOINTS, 'acme.com')).toBe('https://rdap.verisign.com/com/v1/');
    expect(rdapBaseFor(DEFAULT_ENDPOINTS, 'acme.co.uk')).toBe('https://rdap.nominet.uk/uk/');
    const calls: string[] = [];
    const spy = ((u: string) => {
      calls.push(u);
      return Promise.reject(new Error('no'));
    }) as unknown as typeof fetch;
    expect(await checkAge('acme.zz', { fetch: spy, endpoints: DEFAULT_ENDPOINTS, timeoutMs: 500 })).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(calls).toEqual([]);
  });
});

describe('DNS-over-HTTPS mail server against a local resolver', () => {
  it('a domain with MX, SPF and DMARC', async () => {
    const mail = await checkMail('ferreterianorte.com.mx', deps());
    expect(mail).toEqual({ ok: true, exists: true, mx: ['mx1.ferreterianorte.com.mx'], spf: true, dmarc: true });
    expect(evidence({ domain: 'ferreterianorte.com.mx', checkedAt: NOW, mail })).toEqual([
      ['online.mail-server', 'ferreterianorte.com.mx receives mail at mx1.ferreterianorte.com.mx; SPF published, DMARC published \u00b7 checked 2026-11-20'],
    ]);
  });

  it('no MX on a domain that exists is a warning', async () => {
    const mail = await checkMail('nomx.example', deps());
    expect(evidence({ domain: 'nomx.example', checkedAt: NOW, mail })).toEqual([
      ['online.no-mx', 'nomx.example has no mail server (no MX record) \u00b7 checked 2026-11-20'],
    ]);
    expect(W['online.no-mx']).toBeLessThan(0);
  });

  it('a null MX ("0 .") means no mail too', async () => {
    expect(await checkMail('young.example', deps())).toMatchObject({ ok: true, exists: true, mx: [] });
  });

  it('a domain that does not exist', async () => {
    const mail = await checkMail('ghost.example', deps());
    expect(evidence({ domain: 'ghost.example', checkedAt: NOW, mail })).toEqual([
      ['online.no-mx', 'ghost.example does not exist in DNS \u00b7 checked 2026-11-20'],
    ]);
  });

  it('MX without SPF or DMARC is a small warning', async () => {
    const mail = await checkMail('bare.example', deps());
    expect(evidence({ domain: 'bare.example', checkedAt: NOW, mail })[0]![0]).toBe('online.no-mail-auth');
  });

  it('a resolver that cannot be reached is "could not check"', async () => {
    const mail = await checkMail('bare.example', { ...deps(), endpoints: endpointsFor('http://127.0.0.1:9', rdap.url, 'http://127.0.0.1:9') });
    expect(mail).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('asks only for domain names', () => {
    for (const q of doh.requests) expect(q).toMatch(/^\/dns-query\?name=[a-z0-9._-]+&type=(MX|TXT)$/);
  });
});
