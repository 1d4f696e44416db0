import type { SignalHit } from '../signals/types';
import { hit } from '../signals/types';
import type { SignalId } from '../weights';
import type { DomainReport, Failure, SiteResult } from './types';

/** What the mail says about the buyer, to compare the site with. */
export interface MailFacts {
  company: string;
  products: readonly string[];
}

const DAY = 86_400_000;
/** Younger than a year: the age Sublime's request-for-quote rule weighs, and registrars' abuse reports cluster in. */
export const YOUNG_DAYS = 365;
/** Five years and more: a company that has kept its domain through several renewals. */
export const OLD_YEARS = 5;

const LEGAL = new Set([
  'inc',
  'ltd',
  'llc',
  'co',
  'corp',
  'corporation',
  'company',
  'limited',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pty',
  'plc',
  'pvt',
  'de',
  'cv',
  'the',
  'and',
  'y',
  'e',
  'group',
  'international',
  'trading',
  'industries',
  'industrial',
  'import',
  'export',
  'imports',
  'exports',
  'enterprise',
  'enterprises',
  'ltda',
  'kg',
  'sro',
  'zoo',
  'jsc',
  'llp',
  'lp',
]);

/** Lower-case, accents off, punctuation as spaces: "Ferretería Norte, S.A." → "ferreteria norte s a". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words that tell this company from others: legal forms and filler dropped. */
export function companyWords(company: string): string[] {
  return fold(company)
    .split(' ')
    .filter((w) => w.length >= 2 && !LEGAL.has(w));
}

/** The page names the company: all its distinctive words, or the words written as one ("ferreterianorte"). */
export function namesCompany(company: string, page: string): boolean {
  const words = companyWords(company);
  if (!words.length || words.join('').length < 4) return false;
  const folded = ` ${fold(page)} `;
  if (words.every((w) => folded.includes(` ${w} `))) return true;
  return folded.replace(/ /g, '').includes(words.join(''));
}

const compact = (s: string) => fold(s).replace(/ /g, '');

export function productsNamed(products: readonly string[], page: string): string[] {
  const c = compact(page);
  return products.filter((p) => compact(p).length >= 3 && c.includes(compact(p))).slice(0, 3);
}

export function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const REASON: Record<Failure, string> = {
  timeout: 'no answer in time',
  unreachable: 'could not connect',
  offline: 'the browser is offline',
  permission: 'permission not given',
  http: 'the server refused',
  'bad-answer': 'the answer could not be read',
  unsupported: 'no service known for this domain',
  'not-found': 'the registry has no record of it',
};

export function reasonText(reason: Failure, detail = ''): string {
  return detail && (reason === 'http' || reason === 'bad-answer' || reason === 'unsupported') ? `${REASON[reason]} (${detail})` : REASON[reason];
}

const quote = (s: string) => `\u2018${s.length > 70 ? `${s.slice(0, 69)}\u2026` : s}\u2019`;

function siteHits(ctx: { weights: Record<SignalId, number> }, r: DomainReport, site: SiteResult, facts: MailFacts, when: string): SignalHit[] {
  if (!site.ok)
    return [
      hit(ctx, 'online.unchecked', `could not check the website ${r.domain}: ${reasonText(site.reason, site.detail)}${when}`, {
        check: 'site',
        reason: site.reason,
        domain: r.domain,
        checkedAt: r.checkedAt,
      }),
    ];
  const data = { domain: r.domain, host: site.host, checkedAt: r.checkedAt };
  if (site.parked)
    return [hit(ctx, 'online.site-parked', `${site.host} shows a parked or for-sale page${site.title ? `, titled ${quote(site.title)}` : ''}${when}`, data)];
  const landed = site.finalHost;
  if (site.leftUnread || (landed && landed !== r.domain && !landed.endsWith(`.${r.domain}`))) {
    return [
      hit(ctx, 'online.site-redirects-elsewhere', `${site.host} redirects ${landed ? `to ${landed}` : 'to another site'}${when}`, { ...data, to: landed }),
    ];
  }
  const page = `${site.title} ${site.text}`;
  const named: string[] = [];
  if (facts.company && namesCompany(facts.company, page)) named.push('the company');
  const products = productsNamed(facts.products, page);
  if (products.length) named.push(`the product ${products.join(', ')}`);
  const title = site.title ? `, titled ${quote(site.title)}` : ', untitled';
  if (named.length) return [hit(ctx, 'online.site-names-company', `${site.host} is live${title}, names ${named.join(' and ')}${when}`, data)];
  return [hit(ctx, 'online.site-live', `${site.host} is live${title}, does not name ${facts.company ? 'the company' : 'a company'}${when}`, data)];
}

/**
 * The online facts about the sender's domain, judged for this mail, as signals with evidence. A check
 * that could not be made becomes a note with weight 0: failure is never a penalty.
 */
export function onlineHits(reports: readonly DomainReport[], facts: MailFacts, weights: Record<SignalId, number>, now = Date.now()): SignalHit[] {
  const ctx = { weights };
  const hits: SignalHit[] = [];
  for (const r of reports) {
    const when = ` \u00b7 checked ${day(r.checkedAt)}`;
    const data = { domain: r.domain, checkedAt: r.checkedAt };
    if (r.site) hits.push(...siteHits(ctx, r, r.site, facts, when));
    if (r.age) {
      if (!r.age.ok)
        hits.push(
          hit(ctx, 'online.unchecked', `could not check when ${r.domain} was registered: ${reasonText(r.age.reason, r.age.detail)}${when}`, {
            ...data,
            check: 'age',
            reason: r.age.reason,
          }),
        );
      else {
        const at = Date.parse(r.age.registered);
        const days = Math.max(0, Math.floor((now - at) / DAY));
        const ageData = { ...data, registered: r.age.registered.slice(0, 10), days };
        if (days < YOUNG_DAYS)
          hits.push(hit(ctx, 'online.domain-young', `${r.domain} was registered ${days === 1 ? '1 day' : `${days} days`} ago, on ${day(at)}${when}`, ageData));
        else if (days >= OLD_YEARS * 365)
          hits.push(hit(ctx, 'online.domain-old', `${r.domain} was registered ${new Date(at).getUTCFullYear()}${when}`, ageData));
        else
          hits.push(
            hit(ctx, 'online.domain-age', `${r.domain} was registered ${new Date(at).getUTCFullYear()}, ${Math.floor(days / 365)} years ago${when}`, ageData),
          );
      }
    }
    if (r.mail) {
      const m = r.mail;
      if (!m.ok)
        hits.push(
          hit(ctx, 'online.unchecked', `could not check the mail server of ${r.domain}: ${reasonText(m.reason, m.detail)}${when}`, {
            ...data,
            check: 'mail',
            reason: m.reason,
          }),
        );
      else if (!m.exists) hits.push(hit(ctx, 'online.no-mx', `${r.domain} does not exist in DNS${when}`, data));
      else if (!m.mx.length) hits.push(hit(ctx, 'online.no-mx', `${r.domain} has no mail server (no MX record)${when}`, data));
      else if (m.spf === false && m.dmarc === false)
        hits.push(hit(ctx, 'online.no-mail-auth', `${r.domain} receives mail at ${m.mx[0]} but publishes neither SPF nor DMARC${when}`, data));
      else {
        const has = [m.spf === null ? '' : m.spf ? 'SPF published' : 'no SPF', m.dmarc === null ? '' : m.dmarc ? 'DMARC published' : 'no DMARC'].filter(
          Boolean,
        );
        hits.push(hit(ctx, 'online.mail-server', `${r.domain} receives mail at ${m.mx[0]}${has.length ? `; ${has.join(', ')}` : ''}${when}`, data));
      }
    }
  }
  return hits;
}
