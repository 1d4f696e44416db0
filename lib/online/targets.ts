import { getDomain } from 'tldts';
import type { Analysis } from '../analysis';
import { isSharedDomain } from '../history/sender';
import { INSTITUTIONAL } from '../signals/domain';
import type { Endpoints } from './endpoints';
import { originPattern, rdapBaseFor, siteUrl } from './endpoints';

/** One domain to look up and which checks to make on it. */
export interface Target {
  /** The registrable domain (acme.com.mx). */
  domain: string;
  /** The host whose front page is read: the website the mail gives, if it is the sender's, else www.<domain>. */
  host: string;
  site: boolean;
  age: boolean;
  mail: boolean;
}

function dataOf(a: Pick<Analysis, 'signals'>, id: string, key: string): string {
  const v = a.signals.find((s) => s.id === id)?.data?.[key];
  return typeof v === 'string' ? v.toLowerCase() : '';
}

function hostOfEvidence(evidence: string): string {
  const m = /^(?:h(?:tt|xx)ps?:\/\/)?([a-z0-9.-]{1,253})/i.exec(evidence.trim());
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * What "Check online" looks at, from the verdict alone: the sender's company domain (website, age,
 * mail server), and the website their signature presents when it is on another domain (age only, as
 * the issue asks: its front page is someone else's to judge). Free mail, platforms, own and
 * institutional domains are never looked up: they say nothing about this buyer.
 */
export function targetsOf(a: Pick<Analysis, 'signals'>, ownDomains: readonly string[] = []): Target[] {
  const own = new Set(ownDomains.map((d) => d.toLowerCase().replace(/^www\./, '')));
  const usable = (d: string) => Boolean(d) && !isSharedDomain(d) && !own.has(d) && !INSTITUTIONAL.test(d) && getDomain(d) === d;
  const sender = dataOf(a, 'domain.match', 'domain') || dataOf(a, 'domain.company', 'domain');
  const site = dataOf(a, 'website.present', 'domain');
  const siteHost = hostOfEvidence(a.signals.find((s) => s.id === 'website.present')?.evidence ?? '');
  const out: Target[] = [];
  if (usable(sender)) {
    const host = site === sender && siteHost && (siteHost === sender || siteHost.endsWith(`.${sender}`)) ? siteHost : `www.${sender}`;
    out.push({ domain: sender, host, site: true, age: true, mail: true });
  }
  if (usable(site) && site !== sender) out.push({ domain: site, host: siteHost || `www.${site}`, site: !sender, age: true, mail: false });
  return out.slice(0, 2);
}

/** Exactly what leaves the browser, and to whom: the permission patterns and the domain names sent. */
export function originsFor(targets: readonly Target[], e: Endpoints): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    if (t.site) for (const h of new Set([t.host, t.domain, `www.${t.domain}`])) out.add(originPattern(siteUrl(e, h)) ?? '');
    if (t.age) out.add(originPattern(rdapBaseFor(e, t.domain) ?? '') ?? '');
    if (t.mail) out.add(originPattern(e.doh) ?? '');
  }
  out.delete('');
  return [...out];
}
