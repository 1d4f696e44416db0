import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { editDistanceWithin } from '../text/distance';

/**
 * Brands phishers imitate in trade mail: platforms, couriers and shipping lines, office/file-share
 * services, payment and banks, and big buyers whose names lend a fake RFQ credibility.
 * `tokens` are the names as they appear inside domains; `domains` are the official registrable domains.
 */
export interface Brand {
  name: string;
  tokens: readonly string[];
  domains: readonly string[];
  /** Well-known buyer whose name scammers borrow for fake tenders (not a notification sender). */
  buyer?: boolean;
}

export const BRANDS: readonly Brand[] = [
  {
    name: 'Alibaba',
    tokens: ['alibaba', 'aliexpress'],
    domains: ['alibaba.com', 'alibaba-inc.com', 'alibabacloud.com', 'aliexpress.com', 'alibaba.com.cn', '1688.com', 'alipay.com', 'aliyun.com'],
  },
  { name: 'Made-in-China', tokens: ['madeinchina', 'made-in-china'], domains: ['made-in-china.com', 'micstatic.com'] },
  { name: 'Global Sources', tokens: ['globalsources'], domains: ['globalsources.com'] },
  {
    name: 'DHL',
    tokens: ['dhl'],
    domains: [
      'dhl.com',
      'dhl.de',
      'dhl.co.uk',
      'dhl.fr',
      'dhl.es',
      'dhl.it',
      'dhl.nl',
      'dhl.cn',
      'dhl.com.cn',
      'dpdhl.com',
      'dhlparcel.nl',
      'dhl.com.br',
      'dhl.com.mx',
    ],
  },
  { name: 'FedEx', tokens: ['fedex'], domains: ['fedex.com'] },
  { name: 'UPS', tokens: ['ups'], domains: ['ups.com'] },
  { name: 'Maersk', tokens: ['maersk', 'maerskline'], domains: ['maersk.com', 'maerskline.com', 'sealandmaersk.com'] },
  { name: 'MSC', tokens: ['msc'], domains: ['msc.com'] },
  { name: 'CMA CGM', tokens: ['cmacgm', 'cma-cgm'], domains: ['cma-cgm.com'] },
  { name: 'COSCO', tokens: ['cosco', 'coscoshipping'], domains: ['coscoshipping.com', 'cosco.com'] },
  { name: 'Hapag-Lloyd', tokens: ['hapaglloyd', 'hapag-lloyd', 'hapag'], domains: ['hapag-lloyd.com'] },
  {
    name: 'Microsoft',
    tokens: ['microsoft', 'office365', 'onedrive', 'sharepoint', 'outlook365', 'msoffice'],
    domains: [
      'microsoft.com',
      'office.com',
      'office365.com',
      'outlook.com',
      'live.com',
      'sharepoint.com',
      'onedrive.com',
      'microsoftonline.com',
      'hotmail.com',
      'msn.com',
      'onmicrosoft.com',
    ],
  },
  { name: 'Adobe', tokens: ['adobe'], domains: ['adobe.com', 'adobesign.com', 'adobe.io'] },
  { name: 'DocuSign', tokens: ['docusign'], domains: ['docusign.com', 'docusign.net'] },
  { name: 'WeTransfer', tokens: ['wetransfer'], domains: ['wetransfer.com', 'we.tl'] },
  { name: 'Dropbox', tokens: ['dropbox'], domains: ['dropbox.com', 'dropboxusercontent.com'] },
  {
    name: 'Google',
    tokens: ['google', 'gmail'],
    domains: ['google.com', 'gmail.com', 'googlemail.com', 'googleusercontent.com', 'googleapis.com', 'goo.gl', 'youtube.com'],
  },
  { name: 'Apple', tokens: ['apple', 'icloud'], domains: ['apple.com', 'icloud.com', 'me.com'] },
  {
    name: 'Amazon',
    tokens: ['amazon', 'amzn'],
    domains: [
      'amazon.com',
      'amazon.co.uk',
      'amazon.de',
      'amazon.fr',
      'amazon.es',
      'amazon.it',
      'amazon.co.jp',
      'amazon.in',
      'amazon.com.br',
      'amazon.ca',
      'amazon.com.mx',
      'amazonaws.com',
      'amazonses.com',
      'amzn.to',
      'amazon.ae',
      'amazon.sa',
    ],
  },
  { name: 'PayPal', tokens: ['paypal'], domains: ['paypal.com', 'paypal.me', 'paypalobjects.com'] },
  { name: 'Netflix', tokens: ['netflix'], domains: ['netflix.com'] },
  { name: 'Norton', tokens: ['norton'], domains: ['norton.com', 'nortonlifelock.com'] },
  { name: 'McAfee', tokens: ['mcafee'], domains: ['mcafee.com'] },
  { name: 'HSBC', tokens: ['hsbc'], domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.com.hk', 'hsbc.com.cn'] },
  { name: 'Citi', tokens: ['citibank', 'citi'], domains: ['citi.com', 'citibank.com'] },
  { name: 'JPMorgan Chase', tokens: ['chase', 'jpmorgan'], domains: ['chase.com', 'jpmorgan.com', 'jpmorganchase.com'] },
  { name: 'Bank of America', tokens: ['bankofamerica', 'bofa'], domains: ['bankofamerica.com', 'bofa.com'] },
  { name: 'Wells Fargo', tokens: ['wellsfargo'], domains: ['wellsfargo.com'] },
  { name: 'Standard Chartered', tokens: ['standardchartered', 'sc'], domains: ['sc.com', 'standardchartered.com'] },
  { name: 'Bank of China', tokens: ['bankofchina', 'boc'], domains: ['boc.cn', 'bankofchina.com'] },
  { name: 'ICBC', tokens: ['icbc'], domains: ['icbc.com.cn', 'icbc-ltd.com', 'icbc.com'] },
  { name: 'Proton', tokens: ['proton', 'protonmail'], domains: ['proton.me', 'protonmail.com', 'protonmail.ch'] },
  // Buyers whose names fake tenders borrow.
  ...(
    [
      ['Pfizer', 'pfizer', 'pfizer.com'],
      ['Walmart', 'walmart', 'walmart.com'],
      ['Carrefour', 'carrefour', 'carrefour.com'],
      ['IKEA', 'ikea', 'ikea.com'],
      ['Siemens', 'siemens', 'siemens.com'],
      ['Bosch', 'bosch', 'bosch.com'],
      ['Shell', 'shell', 'shell.com'],
      ['Chevron', 'chevron', 'chevron.com'],
      ['ExxonMobil', 'exxonmobil', 'exxonmobil.com'],
      ['TotalEnergies', 'totalenergies', 'totalenergies.com'],
      ['BP', 'bp', 'bp.com'],
      ['Toyota', 'toyota', 'toyota.com'],
      ['Samsung', 'samsung', 'samsung.com'],
      ['Petrobras', 'petrobras', 'petrobras.com.br'],
      ['Saudi Aramco', 'aramco', 'aramco.com'],
      ['ADNOC', 'adnoc', 'adnoc.ae'],
      ['Vale', 'vale', 'vale.com'],
      ['Nestlé', 'nestle', 'nestle.com'],
      ['Unilever', 'unilever', 'unilever.com'],
      ['Procter & Gamble', 'pg', 'pg.com'],
      ['Johnson & Johnson', 'jnj', 'jnj.com'],
      ['Novartis', 'novartis', 'novartis.com'],
      ['Roche', 'roche', 'roche.com'],
      ['Sanofi', 'sanofi', 'sanofi.com'],
      ['GSK', 'gsk', 'gsk.com'],
      ['Bayer', 'bayer', 'bayer.com'],
      ['BASF', 'basf', 'basf.com'],
      ['Schneider Electric', 'schneider', 'se.com'],
      ['ABB', 'abb', 'abb.com'],
      ['Honeywell', 'honeywell', 'honeywell.com'],
      ['General Electric', 'ge', 'ge.com'],
      ['Philips', 'philips', 'philips.com'],
      ['Tesco', 'tesco', 'tesco.com'],
      ['Costco', 'costco', 'costco.com'],
      ['Home Depot', 'homedepot', 'homedepot.com'],
      ['Volkswagen', 'volkswagen', 'volkswagen.com'],
      ['Caterpillar', 'caterpillar', 'caterpillar.com'],
      ['Halliburton', 'halliburton', 'halliburton.com'],
      ['Schlumberger', 'slb', 'slb.com'],
      ['Qatar Petroleum', 'qatarenergy', 'qatarenergy.qa'],
      ['Emirates', 'emirates', 'emirates.com'],
    ] as const
  ).map(([name, token, domain]) => ({ name, tokens: [token], domains: [domain], buyer: true })),
];

const OFFICIAL = new Map<string, Brand>(BRANDS.flatMap((b) => b.domains.map((d) => [d, b] as const)));

/** Folding of characters phishers swap in: digits for letters, "rn" for "m", Cyrillic look-alikes. */
const HOMOGLYPHS: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  $: 's',
  '@': 'a',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ɡ: 'g',
  ı: 'i',
  ⅼ: 'l',
};

export function foldHomoglyphs(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase()) out += HOMOGLYPHS[ch] ?? ch;
  return out
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^a-z0-9-]/g, '');
}

/** Brand that owns this registrable domain, if it is an official one. */
export function officialBrand(domain: string | null | undefined): Brand | undefined {
  return domain ? OFFICIAL.get(domain.toLowerCase()) : undefined;
}

/** Words that, beside a brand inside someone else's domain, show the domain poses as that brand's service. */
const SERVICE_WORD =
  'login|signin|secure|security|verify|verification|account|accounts|docs|doc|document|documents|express|support|online|cargo|track|tracking|delivery|shipping|shipment|parcel|service|services|portal|mail|webmail|invoice|billing|payment|payments|pay|order|orders|notice|alert|update|team|help|official|group|inc|corp|global|intl|procurement|purchase|purchasing|tender|rfq|supply|supplies|vendor|vendors|line|logistics|china|int|hq|nv|ltd|llc|co|usa|us|uk|eu|cn|hk|dept|office|file|files|share|drive|cloud|sign|id|auth|app|web|net|info|center|centre|bank|banking|trade|trading|b2b|buyer|buyers|sourcing|message|messages|inquiry|inquiries|rewards|gift|prime';
const SERVICE_WORDS = new Set(SERVICE_WORD.split('|'));
const LONGEST_SERVICE_WORD = Math.max(...[...SERVICE_WORDS].map((w) => w.length));

/**
 * Is `s` nothing but service words and numbers of up to four digits ("express24", "webmailsupport")?
 * Word break by dynamic programming, linear in the label: the pattern it replaces,
 * /^(?:login|…|web|mail|webmail|…|\d{1,4})+$/, tried every split of "webmail" and of digit runs, so a
 * crafted 160-character domain label took 0.4 s and each 7 more characters doubled it.
 */
function onlyServiceWords(s: string): boolean {
  if (!s) return false;
  const reach = new Uint8Array(s.length + 1);
  reach[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!reach[i]) continue;
    for (let j = i; j < s.length && j - i < 4 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57; j++) reach[j + 1] = 1;
    for (let len = 2; len <= LONGEST_SERVICE_WORD && i + len <= s.length; len++) if (SERVICE_WORDS.has(s.slice(i, i + len))) reach[i + len] = 1;
  }
  return reach[s.length] === 1;
}

export interface LookAlike {
  brand: Brand;
  domain: string;
  how: 'homoglyph' | 'edit' | 'embedded';
}

/** The rest of the label after removing the brand is nothing but service words ("dhl" + "express"). */
function dressedUp(compact: string, token: string): boolean {
  const at = compact.indexOf(token);
  if (at < 0) return false;
  const rest = compact.slice(0, at) + compact.slice(at + token.length);
  return rest.length > 0 && onlyServiceWords(rest);
}

/**
 * Is this registrable domain dressed up as a brand it does not belong to? Embedded brand names count
 * only when everything else in the label is service vocabulary, so "adobetiles.com" is not "Adobe"
 * but "dhl-express.top" and "pfizerservice-nv.com" are.
 */
const CACHE_LIMIT = 2000;
const cache = new Map<string, LookAlike | null>();

export function lookAlikeOf(domainInput: string | null | undefined): LookAlike | undefined {
  if (!domainInput) return undefined;
  // Domains recur across inquiries (every gmail.com, every platform relay); the answer never changes.
  const key = domainInput.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = computeLookAlike(key);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, result ?? null);
  return result;
}

function computeLookAlike(domainInput: string): LookAlike | undefined {
  const domain = getDomain(domainInput.toLowerCase()) ?? domainInput.toLowerCase();
  if (OFFICIAL.has(domain)) return undefined;
  const raw = (getDomainWithoutSuffix(domain) ?? domain.split('.')[0] ?? '').toLowerCase();
  if (!raw) return undefined;
  const plain = raw.replace(/-/g, '');
  const compact = foldHomoglyphs(raw).replace(/-/g, '');
  const folded = compact !== plain;
  for (const brand of BRANDS) {
    for (const token of brand.tokens) {
      const t = token.replace(/-/g, '');
      if (t.length <= 2) {
        // Two-letter names (bp, ge, sc) only as a whole hyphen-separated part: "bp-procurement".
        const parts = foldHomoglyphs(raw).split('-');
        if (parts.length > 1 && parts.includes(t) && onlyServiceWords(parts.filter((p) => p !== t).join(''))) return { brand, domain, how: 'embedded' };
        continue;
      }
      // The bare name on another suffix ("alibaba.co") poses as the brand; for borrowed buyer names
      // ("shell", "vale") it is too often a real local company, so those need dressing-up.
      if (compact === t && (folded || !brand.buyer)) return { brand, domain, how: folded ? 'homoglyph' : 'embedded' };
      if (dressedUp(compact, t)) return { brand, domain, how: folded && !plain.includes(t) ? 'homoglyph' : 'embedded' };
      if (folded && t.length >= 5 && compact.includes(t)) return { brand, domain, how: 'homoglyph' };
      if (t.length >= 6 && editDistanceWithin(compact, t, t.length >= 9 ? 2 : 1) !== undefined) return { brand, domain, how: 'edit' };
    }
  }
  return undefined;
}
