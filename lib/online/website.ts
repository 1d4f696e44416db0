import { getDomain } from 'tldts';
import { hostOfSiteUrl, siteUrl } from './endpoints';
import { fetchLimited } from './fetch-limited';
import { readPage } from './html';
import type { CheckDeps } from './rdap';
import type { SiteResult } from './types';

/** Enough of a front page for its title and the first screens of text; the rest is never read. */
export const MAX_PAGE_BYTES = 512 * 1024;

/** Hosts that serve parked and for-sale pages for domains they do not own. */
const PARKING_HOSTS = [
  'sedoparking.com',
  'sedo.com',
  'parkingcrew.net',
  'bodis.com',
  'dan.com',
  'afternic.com',
  'hugedomains.com',
  'above.com',
  'undeveloped.com',
  'parklogic.com',
  'domainmarket.com',
  'buydomains.com',
  'namebright.com',
  'porkbun.com',
  'godaddysites.com',
  'uniregistry.com',
  'atom.com',
  'squadhelp.com',
];

/** What parked and for-sale pages say, in the registrars' and parking services' usual words. */
const PARKED_PHRASES = [
  /\bthis domain (?:name )?(?:is|may be) (?:for sale|available)\b/,
  /\b(?:buy|purchase|make an offer on) this domain\b/,
  /\bdomain (?:is )?for sale\b/,
  /\bthe domain [^.]{0,60} is for sale\b/,
  /\bthis (?:domain|site|web page) (?:is|has been) parked\b/,
  /\bparked (?:free|domain|page)\b/,
  /\bdomain parking\b/,
  /\bthis domain has expired\b/,
  /\bhugedomains\b|\bsedo\s*parking\b|\bparkingcrew\b|\bbodis\b|\bafternic\b|\bdan\.com\b/,
  /\brelated searches\b.{0,200}\bsponsored listings\b/,
  /\bthis web ?page is parked\b/,
  /\bcoming soon\b.{0,80}\bregistered (?:at|with|by)\b/,
];

export function onParkingHost(host: string): boolean {
  const d = getDomain(host) ?? host;
  return PARKING_HOSTS.includes(d);
}

export function looksParked(title: string, text: string): boolean {
  const t = `${title} ${text.slice(0, 8000)}`.toLowerCase();
  return PARKED_PHRASES.some((re) => re.test(t));
}

/**
 * The front page of a host, read as data. Reports where it ended up, its title, its words and whether it
 * is a parked or for-sale page; what that means for this mail is decided later (signals.ts), so one
 * cached reading serves every later mail from the domain.
 */
export async function checkSite(host: string, deps: CheckDeps): Promise<SiteResult> {
  const res = await fetchLimited(deps.fetch, siteUrl(deps.endpoints, host), {
    timeoutMs: deps.timeoutMs,
    maxBytes: MAX_PAGE_BYTES,
    accept: 'text/html,application/xhtml+xml',
  });
  if (!res.ok) return res;
  const finalHost = res.blockedRedirect ? '' : hostOfSiteUrl(deps.endpoints, res.url) || host;
  if (res.blockedRedirect) return { ok: true, host, finalHost, status: 0, title: '', text: '', parked: false, leftUnread: true };
  if (res.status >= 400) return { ok: false, reason: 'http', detail: `HTTP ${res.status}` };
  const html = /html|xml|text\/plain/i.test(res.contentType) || !res.contentType ? res.text : '';
  const page = readPage(html);
  const text = `${page.meta} ${page.text}`.toLowerCase().slice(0, 20_000);
  return {
    ok: true,
    host,
    finalHost,
    status: res.status,
    title: page.title,
    text,
    parked: onParkingHost(finalHost) || looksParked(page.title, text),
    leftUnread: false,
  };
}
