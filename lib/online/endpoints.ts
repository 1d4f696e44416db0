import { z } from 'zod';
import type { RdapBootstrap } from './rdap-bootstrap';
import { RDAP_BOOTSTRAP } from './rdap-bootstrap';

/**
 * Where the checks go. The shipped values are public services; tests point them at local servers.
 * In the extension an override lives in session storage, which web pages and content scripts cannot
 * write; on the command line in INQUIRYLENS_ONLINE_ENDPOINTS.
 */
export interface Endpoints {
  /** The front page of a host: `{host}` is replaced ("https://{host}/"). */
  site: string;
  /** RDAP base for every TLD instead of the bootstrap (tests), or '' to use the bootstrap. */
  rdap: string;
  /** A DNS-over-HTTPS resolver speaking the JSON API (application/dns-json). */
  doh: string;
  bootstrap: RdapBootstrap;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  site: 'https://{host}/',
  rdap: '',
  doh: 'https://cloudflare-dns.com/dns-query',
  bootstrap: RDAP_BOOTSTRAP,
};

const WebUrl = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/);
export const EndpointOverride = z.object({
  site: WebUrl.refine((s) => s.includes('{host}'), 'must contain {host}').optional(),
  rdap: WebUrl.optional(),
  doh: WebUrl.optional(),
});
export type EndpointOverride = z.infer<typeof EndpointOverride>;

/** The shipped endpoints with a checked override on top; an invalid override is ignored as a whole. */
export function endpointsWith(override: unknown): Endpoints {
  const o = EndpointOverride.safeParse(override ?? {});
  if (!o.success) return DEFAULT_ENDPOINTS;
  return { ...DEFAULT_ENDPOINTS, ...o.data };
}

export function siteUrl(e: Pick<Endpoints, 'site'>, host: string): string {
  return e.site.replace('{host}', host);
}

/** The host a site URL stands for: the inverse of siteUrl, so a local test server can play many hosts. */
export function hostOfSiteUrl(e: Pick<Endpoints, 'site'>, url: string): string {
  const before = e.site.slice(0, e.site.indexOf('{host}'));
  if (url.startsWith(before)) {
    const rest = url.slice(before.length);
    const end = rest.search(/[/?#:]/);
    const host = (end >= 0 ? rest.slice(0, end) : rest).toLowerCase();
    if (host) return host;
  }
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The RDAP server for a domain: the override, else the registry the bootstrap names for its TLD. */
export function rdapBaseFor(e: Pick<Endpoints, 'rdap' | 'bootstrap'>, domain: string): string | undefined {
  if (e.rdap) return e.rdap.endsWith('/') ? e.rdap : `${e.rdap}/`;
  const labels = domain.toLowerCase().split('.');
  // Longest match first: a bootstrap may list "co.uk" apart from "uk".
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    for (const [tlds, urls] of e.bootstrap.services) {
      if (!tlds.includes(suffix)) continue;
      const url = urls.find((u) => u.startsWith('https://')) ?? urls[0];
      if (url) return url.endsWith('/') ? url : `${url}/`;
    }
  }
  return undefined;
}

/** "https://rdap.verisign.com/*": the permission pattern for a URL's origin. */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
