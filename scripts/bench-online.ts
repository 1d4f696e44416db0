/**
 * online_check_ms: one "Check online" (website, RDAP and DNS in parallel, no cache) against local
 * servers on 127.0.0.1, the same ones the tests start, so the figure measures our code and not the network.
 */
import { medianOnlineCheckMs } from '../lib/online/bench';
import { targetsOf } from '../lib/online/targets';
import { endpointsFor, ferreteria } from '../tests/unit/online/fixtures';
import { dohHandler, rdapHandler, serve, siteHandler } from '../tests/unit/online/servers';

export async function onlineCheckMs(): Promise<number> {
  const [site, rdap, doh] = await Promise.all([serve(siteHandler()), serve(rdapHandler), serve(dohHandler)]);
  try {
    const [target] = targetsOf(ferreteria().analysis);
    if (!target) throw new Error('the bench mail names no domain to check');
    return Math.round((await medianOnlineCheckMs(fetch, endpointsFor(site.url, rdap.url, doh.url), target, 31)) * 10) / 10;
  } finally {
    await Promise.all([site.close(), rdap.close(), doh.close()]);
  }
}
