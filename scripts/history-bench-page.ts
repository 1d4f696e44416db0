/**
 * Runs inside a plain Chromium page (bundled by scripts/bench-history.ts): seeds the history database
 * with realistic records and times queryHistory and memoryFor against the browser's own IndexedDB.
 * Everything is deterministic (seeded PRNG), so two runs measure the same database.
 */
import { z } from 'zod';
import type { Analysis } from '../lib/analysis';
import { analyze } from '../lib/analyze';
import type { Inquiry, InquirySource } from '../lib/inquiry';
import { makeInquiry } from '../lib/inquiry';
import { recordFrom } from '../lib/history/build';
import { HistoryDb } from '../lib/history/db';
import { memoryFor } from '../lib/history/memory';
import type { HistoryRecord, Outcome } from '../lib/history/record';
import type { HistoryQuery } from '../lib/history/repo';
import { putRecords, queryHistory, saveAnalysis } from '../lib/history/repo';
import { digestRows, dropDigestCache } from '../lib/history/digest-store';
import { seededRandom } from '../lib/random';
import { effectiveWeights } from '../lib/weights';

// Mirror the extension pages, where zod may not compile validators with new Function.
z.config({ jitless: true });

// ---------------------------------------------------------------- deterministic randomness

const mulberry32 = seededRandom;

let rnd = mulberry32(20261118);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
/** Skewed towards the start of the list: a few buyers write often, most write once or twice. */
const pickSkewed = <T>(xs: readonly T[], power = 2.2): T => xs[Math.floor(rnd() ** power * xs.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
  let r = rnd() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1]![0];
}
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');

// ---------------------------------------------------------------- vocabulary

const FIRST = [
  'Mark',
  'Laura',
  'Ahmed',
  'Priya',
  'Chen',
  'Olga',
  'Carlos',
  'Fatima',
  'John',
  'Sofia',
  'Kenji',
  'Amara',
  'Luca',
  'Hannah',
  'Ivan',
  'Mei',
  'Diego',
  'Nadia',
  'Peter',
  'Aisha',
  'Tom',
  'Elena',
  'Rahul',
  'Grace',
  'Omar',
  'Julia',
  'Sven',
  'Yuki',
  'Kwame',
  'Marta',
  'David',
  'Leila',
  'Pablo',
  'Anna',
  'Samir',
  'Chloe',
  'Viktor',
  'Ngozi',
  'Felipe',
  'Ingrid',
];
const LAST = [
  'Delaney',
  'Bianchi',
  'Hassan',
  'Sharma',
  'Wang',
  'Petrova',
  'Mendes',
  'Khan',
  'Smith',
  'Rossi',
  'Tanaka',
  'Okafor',
  'Ferrari',
  'Schmidt',
  'Ivanov',
  'Li',
  'Garcia',
  'Haddad',
  'Novak',
  'Bello',
  'Brown',
  'Popescu',
  'Gupta',
  'Kim',
  'Farouk',
  'Weber',
  'Larsen',
  'Sato',
  'Mensah',
  'Kowalski',
  'Cohen',
  'Rahimi',
  'Lopez',
  'Nowak',
  'Aziz',
  'Martin',
  'Horvat',
  'Eze',
  'Silva',
  'Berg',
];
const STEM_A = [
  'Harbor',
  'Nord',
  'Sun',
  'Arco',
  'Delta',
  'Pacific',
  'Atlas',
  'Crest',
  'Blue',
  'Green',
  'Prime',
  'Metro',
  'Alpine',
  'Coastal',
  'Iron',
  'Silver',
  'Eagle',
  'Summit',
  'Orion',
  'Vega',
  'Sahara',
  'Baltic',
  'Andes',
  'Lotus',
  'Maple',
  'Oak',
  'River',
  'Stone',
  'Falcon',
  'Polar',
];
const STEM_B = [
  'line',
  'tech',
  'therm',
  'light',
  'power',
  'tec',
  'volt',
  'flow',
  'mark',
  'way',
  'star',
  'field',
  'gate',
  'point',
  'bridge',
  'source',
  'works',
  'trade',
  'max',
  'pro',
];
const FORMS: ReadonlyArray<{ form: string; tld: string; region: string }> = [
  { form: 'Electric Supply, Inc.', tld: 'com', region: 'Ohio, USA' },
  { form: 'Trading LLC', tld: 'ae', region: 'Dubai, UAE' },
  { form: 'Impianti S.r.l.', tld: 'it', region: 'Lombardy, Italy' },
  { form: 'Handels GmbH', tld: 'de', region: 'Bavaria, Germany' },
  { form: 'Distribution Ltd', tld: 'co.uk', region: 'Manchester, UK' },
  { form: 'Comercial S.A.', tld: 'com.br', region: 'São Paulo, Brazil' },
  { form: 'Pty Ltd', tld: 'com.au', region: 'Queensland, Australia' },
  { form: 'Enterprises Ltd', tld: 'com.ng', region: 'Lagos, Nigeria' },
  { form: 'Pvt Ltd', tld: 'in', region: 'Pune, India' },
  { form: 'Sp. z o.o.', tld: 'pl', region: 'Poznań, Poland' },
  { form: 'S.A. de C.V.', tld: 'com.mx', region: 'Monterrey, Mexico' },
  { form: 'Co., Ltd.', tld: 'co.th', region: 'Bangkok, Thailand' },
];
const FREEMAIL = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'qq.com',
  '163.com',
  'mail.ru',
  'yandex.ru',
  'rediffmail.com',
  'yahoo.co.in',
];

/** Product lines a lighting/HVAC/energy exporter sells; weights are their share of inquiries. */
const PRODUCTS: ReadonlyArray<{ name: string; code: string; weight: number }> = [
  { name: 'LED tube', code: 'LX-T8', weight: 10 },
  { name: 'LED panel light', code: 'LX-PL', weight: 9 },
  { name: 'LED high bay', code: 'LX-HB', weight: 7 },
  { name: 'LED street light', code: 'LX-SL', weight: 6 },
  { name: 'solar panel', code: 'SP-M', weight: 8 },
  { name: 'hybrid inverter', code: 'HI', weight: 6 },
  { name: 'lithium battery', code: 'LFP', weight: 7 },
  { name: 'heat pump', code: 'AQ-HP', weight: 3 },
  { name: 'water pump', code: 'WP', weight: 1.5 },
  { name: 'split air conditioner', code: 'AC-SP', weight: 5 },
  { name: 'ceiling fan', code: 'CF', weight: 4 },
  { name: 'circuit breaker', code: 'MCB', weight: 5 },
  { name: 'power cable', code: 'PC-YJV', weight: 4 },
  { name: 'smart meter', code: 'SM', weight: 3 },
  { name: 'EV charger', code: 'EVC', weight: 4 },
  { name: 'floodlight', code: 'LX-FL', weight: 5 },
  { name: 'downlight', code: 'LX-DL', weight: 5 },
  { name: 'emergency light', code: 'LX-EM', weight: 3 },
  { name: 'LED driver', code: 'DRV', weight: 3 },
  { name: 'motion sensor', code: 'MS', weight: 2.5 },
];
const PRODUCT_PAIRS = PRODUCTS.map((p) => [p, p.weight] as const);

const INTRO = [
  'We are an electrical distributor with {n} branches and sell mainly to contractors and facility maintenance teams.',
  'Our company imports lighting and energy products for the {region} market since {year}.',
  'We are a wholesaler supplying about {n}0 installers in {region}.',
  'We run {n} retail stores and an online shop for building materials.',
  'We are a government contractor preparing a tender for public lighting in {region}.',
  'I am the purchasing manager of a solar EPC company; we build rooftop systems for factories.',
  'We found your company on the trade show catalogue and on your website.',
  'A customer of ours recommended your factory for private-label products.',
];
const REQUIRE = [
  'We need CE and RoHS certificates and the test reports from an accredited lab.',
  'UL or ETL listing is required; please send the file number.',
  'Payment: 30% T/T deposit, balance against copy of B/L.',
  'Please quote FOB Shenzhen and CIF {port}, 40HQ container.',
  'Warranty must be at least 5 years, written in the contract.',
  'Private label packaging with our logo from the second order.',
  'Please advise the lead time for the first order and the MOQ per model.',
  'We need the carton size, gross weight and pieces per pallet.',
  'Letter of credit at sight is our usual payment term for the first order.',
  'Please confirm you can ship in two lots about {n} weeks apart.',
  'Send the spec sheet and the IES files for our lighting designer.',
  'Our customer needs a 10-year spare parts guarantee.',
];
const SAMPLE = [
  'We will pay for the samples; please send a PI for the sample cost.',
  'Please send {n} samples of each model free of charge; we will pay the freight.',
  'Please ship samples on our FedEx account and send the tracking number.',
  'Samples first, then a trial order of one container.',
  '',
];
const PORTS = ['Genoa', 'Hamburg', 'Lagos', 'Jebel Ali', 'Santos', 'Felixstowe', 'Durban', 'Mumbai', 'Los Angeles', 'Manzanillo'];

/** Short generic mails that many buyers write in nearly the same words (these collide in SimHash on their own). */
const VAGUE = [
  'Dear Sir,\n\nWe are interested in your products. Please send us your catalogue and best price list for all items. We have big requirement for our market.\n\nWaiting your quick reply.\n\nRegards\n{name}',
  'Hello,\n\nI saw your products and want to buy. What is your best price and MOQ? Do you give free samples? Please reply urgent.\n\nThanks\n{name}',
  'Dear supplier,\n\nKindly send your latest price list and catalog of {product}. We are looking for a reliable supplier for long term business.\n\nBest regards\n{name}',
];
/**
 * Mass-mailed templates: the same text from many senders, some of them lures. Each is sent by many
 * distinct free-mail addresses, which is what memory.mass-template must find through the band index.
 */
const MASS = [
  'Dear Sales Manager,\n\nGood day. We are a leading importer and distributor in our country and we are interested in purchasing your products in large quantity. Kindly view our attached purchase order and product specifications and get back to us with your best price, delivery time and payment terms. Please login with your email to view the order documents.\n\n[View order](https://docs-viewer-{id}.example/login)\n\nBest regards\n{name}',
  'Hello dear,\n\nWe want to place an urgent order for our new project, please check our requirement list in the shared file and quote your best CIF price. The file is protected, you need to confirm your business email password to open it.\n\n[Requirement list](https://secure-file-{id}.example/open)\n\nRegards\n{name}',
  'Dear Sir/Madam,\n\nWe got your contact from the trade directory. Our company is interested in your products for our ongoing projects in Africa and the Middle East. Please send your company profile, product catalogue with prices and the terms of payment, we will place the order after checking the quality.\n\nThank you\n{name}',
  'Greetings,\n\nWe are sourcing agent for many big supermarkets and construction companies, and we need a supplier for your products with good quality and competitive price. Please send us your quotation sheet, we will send the order within this week. Payment by wire transfer after shipment.\n\nBest regards\n{name}',
  'Dear friend,\n\nOur client has approved your products after our last meeting, kindly check the invoice and the shipping details in the link below and confirm so that we can release the payment through our bank today.\n\n[Invoice and payment advice](https://payment-advice-{id}.example/view)\n\nSincerely\n{name}',
  'Good morning,\n\nPlease quote for the items in the attached tender document and send your technical offer and commercial offer separately. Tender closing date is next month. We also need your company registration, ISO certificate and bank reference letter.\n\nThanks and regards\n{name}',
];

/** Sentences spam campaigns are assembled from; each generated template uses its own fixed handful. */
const SPAM = [
  'We are a leading importer in our country with many branches.',
  'Our client needs your products for a government project.',
  'Kindly send your best FOB price and delivery time.',
  'Please check the attached order and confirm the quantity.',
  'We have interest to buy large quantity for our new stores.',
  'Payment will be made by T/T after receiving the goods.',
  'Our procurement team has shortlisted your company as a supplier.',
  'Please open the secure document with your email login to see our order.',
  'We need the quotation urgently because the project starts next week.',
  'Can you supply under our brand name with our own packaging?',
  'Send your catalogue and price list to my personal email.',
  'We are ready to pay the sample cost and courier charges.',
  'Your products were recommended by our partners at the trade fair.',
  'We want to become your exclusive distributor in our region.',
  'Confirm if you can accept letter of credit from our bank.',
  'The order documents are in the shared folder below.',
  'Please provide company registration and export licence.',
  'Reply with your WhatsApp number so our manager can call you.',
];
const LURE_LINK = '[Open order documents](https://share-docs-{id}.example/signin)';

/** 40 templates: the 6 above plus 34 assembled ones, a few sent very often and most a handful of times. */
const TEMPLATES: string[] = (() => {
  const r = mulberry32(7);
  const out = [...MASS];
  for (let t = 0; out.length < 40; t++) {
    const lines = Array.from({ length: 5 }, () => SPAM[Math.floor(r() * SPAM.length)]!);
    const lure = r() < 0.4;
    out.push(`Dear ${['Sir', 'Manager', 'Supplier', 'Sales'][t % 4]},\n\n${lines.join(' ')}${lure ? `\n\n${LURE_LINK}` : ''}\n\nRegards\n{name}`);
  }
  return out;
})();
const LURES = TEMPLATES.map((t, i) => [i, t.includes('](https://') ? 1 : 0] as const)
  .filter(([, w]) => w)
  .map(([i]) => i);

function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

// ---------------------------------------------------------------- buyers

interface Buyer {
  name: string;
  address: string;
  company: string;
  website: string;
  region: string;
}

interface Company {
  name: string;
  domain: string;
  region: string;
}

let companies: Company[] = [];
let companyBuyers: Buyer[] = [];
let freeBuyers: Buyer[] = [];

function personName(): string {
  return `${pick(FIRST)} ${pick(LAST)}`;
}

function freeBuyer(i: number): Buyer {
  const name = personName();
  const [first, last] = name.toLowerCase().split(' ') as [string, string];
  const local = weighted([
    [`${first}.${last}${i}`, 2],
    [`${first}${int(10, 99)}${i}`, 2],
    [`${last}.trading${i}`, 1],
    [`globaltrade${i}`, 0.5],
  ]);
  return {
    name,
    address: `${local}@${pick(FREEMAIL)}`,
    company: rnd() < 0.4 ? `${pick(STEM_A)} ${pick(['Trading', 'Global', 'Import Export', 'Enterprises'])} Co.` : '',
    website: '',
    region: pick(FORMS).region,
  };
}

function makeBuyers(): void {
  companies = [];
  const seen = new Set<string>();
  for (let i = 0; companies.length < 4000; i++) {
    const a = pick(STEM_A);
    const b = pick(STEM_B);
    const f = pick(FORMS);
    const extra = i >= STEM_A.length * STEM_B.length ? `-${pick(['group', 'intl', 'supply', 'energy', 'lighting', 'projects'])}${i % 97}` : '';
    const domain = `${a}${b}${extra}.${f.tld}`.toLowerCase();
    if (seen.has(domain)) continue;
    seen.add(domain);
    companies.push({ name: `${a}${b} ${f.form}`, domain, region: f.region });
  }
  companyBuyers = [];
  for (const c of companies) {
    const n = weighted([
      [1, 5],
      [2, 3],
      [3, 1.5],
      [5, 0.5],
    ]);
    for (let k = 0; k < n; k++) {
      const name = personName();
      const [first, last] = name.toLowerCase().split(' ') as [string, string];
      const local = weighted([
        [`${first}.${last}`, 3],
        [`${first[0]}.${last}`, 2],
        [first, 1],
        [pick(['purchasing', 'sales', 'info', 'procurement']), 1],
      ]);
      companyBuyers.push({ name, address: `${local}@${c.domain}`, company: c.name, website: `www.${c.domain}`, region: c.region });
    }
  }
  // Shuffled once so the skewed pick makes "big customers" of random companies, not the first generated.
  companyBuyers.sort(() => rnd() - 0.5);
  freeBuyers = Array.from({ length: 14000 }, (_, i) => freeBuyer(i));
}

// ---------------------------------------------------------------- inquiries

type Kind = 'genuine' | 'vague' | 'mass' | 'scam';

function signature(b: Buyer): string {
  const lines = ['Best regards,', '', b.name];
  if (b.company) lines.push(pick(['Purchasing Manager', 'Product Manager', 'Director', 'Procurement', 'Owner']), b.company, b.region);
  if (b.website) lines.push(`Tel: +${int(1, 99)} ${int(100, 999)} ${int(100, 999)} ${int(1000, 9999)}`, b.website);
  return lines.join('\n');
}

function genuineBody(b: Buyer, products: Array<{ name: string; code: string }>): string {
  const vars = { n: int(2, 40), region: b.region, year: int(1985, 2020), port: pick(PORTS) };
  const lines = [`Dear ${pick(['Sir or Madam', 'Cindy', 'sales team', 'Mr. Zhang', 'Sales Manager'])},`, '', fill(pick(INTRO), vars), '', 'Please quote:'];
  for (const p of products)
    lines.push(
      `- ${p.code}-${int(10, 999)}${pick(['W', 'kW', 'A', ''])} ${p.name}, ${pick(['4000K', '5000K', '230V', '400V 3-phase', 'IP65', 'IP20', '12 kW', '5 kWh'])} - ${int(1, 200) * 50} ${pick(['pcs', 'units', 'sets'])}`,
    );
  lines.push('');
  const req = [...REQUIRE].sort(() => rnd() - 0.5).slice(0, int(3, 8));
  for (const r of req) lines.push(fill(r, vars));
  const s = fill(pick(SAMPLE), vars);
  if (s) lines.push('', s);
  lines.push('', signature(b));
  return lines.join('\n');
}

const SOURCES: ReadonlyArray<readonly [InquirySource, number]> = [
  ['gmail', 50],
  ['outlook', 20],
  ['alibaba', 10],
  ['made-in-china', 5],
  ['eml', 10],
  ['paste', 5],
];

interface Draft {
  kind: Kind;
  buyer: Buyer;
  products: Array<{ name: string; code: string }>;
  massIndex: number;
}

function draftFor(kind: Kind): Draft {
  const buyer =
    kind === 'genuine'
      ? rnd() < 0.8
        ? pickSkewed(companyBuyers, 1.6)
        : pickSkewed(freeBuyers, 1.6)
      : kind === 'vague'
        ? pickSkewed(freeBuyers, 1.5)
        : pick(freeBuyers);
  const products = Array.from(
    {
      length:
        kind === 'genuine'
          ? weighted([
              [1, 5],
              [2, 3],
              [3, 1],
            ])
          : 1,
    },
    () => weighted(PRODUCT_PAIRS),
  );
  return {
    kind,
    buyer,
    products,
    massIndex:
      kind === 'scam'
        ? pickSkewed(LURES, 1.3)
        : pickSkewed(
            TEMPLATES.map((_, i) => i),
            1.5,
          ),
  };
}

function inquiryFor(d: Draft, id: string, date: number): Inquiry {
  const source = weighted(SOURCES);
  const p0 = d.products[0]!;
  const body =
    d.kind === 'genuine'
      ? genuineBody(d.buyer, d.products)
      : d.kind === 'vague'
        ? fill(pick(VAGUE), { name: d.buyer.name, product: p0.name })
        : fill(TEMPLATES[d.massIndex]!, { name: d.buyer.name, id: hex(6) });
  const subject =
    d.kind === 'genuine'
      ? `${pick(['RFQ', 'Inquiry', 'Quotation request', 'Price request', 'Re: RFQ'])}: ${d.products.map((p) => `${p.name} ${p.code}`).join(' / ')}, ${int(1, 200) * 10} units`
      : d.kind === 'vague'
        ? pick(['Inquiry', 'Price list', `Inquiry about ${p0.name}`, 'Business cooperation', 'Order'])
        : pick(['Purchase order', 'New order', 'Urgent inquiry', 'RFQ', 'Tender invitation', 'Payment advice']);
  const platform =
    source === 'alibaba' || source === 'made-in-china'
      ? {
          buyerName: d.buyer.name,
          company: d.buyer.company || undefined,
          country: d.buyer.region.split(', ').pop(),
          quantity: `${int(1, 100) * 10} pieces`,
          product: p0.name,
        }
      : undefined;
  return makeInquiry({
    source,
    id,
    from: { name: d.buyer.name, address: d.buyer.address },
    toCount: d.kind === 'mass' || d.kind === 'scam' ? 0 : 1,
    undisclosedRecipients: d.kind === 'mass' || d.kind === 'scam',
    subject,
    date: new Date(date).toISOString(),
    body,
    links: [...body.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((m) => ({ text: m[1]!, href: m[2]! })),
    attachments: rnd() < 0.3 ? [{ name: `RFQ-${int(2024, 2026)}-${int(1, 999)}.pdf`, mimeType: 'application/pdf', size: int(20, 900) * 1000 }] : [],
    ...(platform ? { platform } : {}),
  });
}

const KINDS: ReadonlyArray<readonly [Kind, number]> = [
  ['genuine', 58],
  ['vague', 17],
  ['mass', 15],
  ['scam', 10],
];
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 18, 12);

function outcomeFor(kind: Kind, age: number): Outcome {
  if (kind === 'scam') return rnd() < 0.35 ? 'confirmed-scam' : 'none';
  if (kind === 'mass') return rnd() < 0.08 ? 'confirmed-scam' : rnd() < 0.05 ? 'no-reply' : 'none';
  if (age < 14 * DAY) return rnd() < 0.2 ? 'replied' : 'none';
  return weighted<Outcome>([
    ['none', 55],
    ['replied', 14],
    ['quoted', kind === 'genuine' ? 12 : 2],
    ['sample-sent', kind === 'genuine' ? 5 : 0.5],
    ['won', kind === 'genuine' ? 3 : 0.2],
    ['no-reply', 10],
  ]);
}

/** Verdicts come from a few hundred real analyses per kind; each record gets its own text, sender, date and words. */
let bases: Record<Kind, Analysis[]> = { genuine: [], vague: [], mass: [], scam: [] };

function analyseBases(perKind: number): number {
  bases = { genuine: [], vague: [], mass: [], scam: [] };
  let n = 0;
  for (const [kind] of KINDS) {
    for (let i = 0; i < perKind; i++) {
      bases[kind].push(analyze(inquiryFor(draftFor(kind), `base-${n}`, NOW)));
      n++;
    }
  }
  return n;
}

function recordAt(i: number): HistoryRecord {
  const kind = weighted(KINDS);
  const d = draftFor(kind);
  // Two years of mail, a little busier lately.
  const age = Math.floor(rnd() ** 1.3 * 730 * DAY);
  const at = NOW - age;
  const inquiry = inquiryFor(d, `${hex(16)}${i.toString(36)}`, at);
  const a = pick(bases[kind]);
  const company = kind === 'genuine' ? d.buyer.company : '';
  const analysis: Analysis = { ...a, facts: { ...a.facts, company, products: d.products.map((p) => `${p.code} ${p.name}`) } };
  const r = recordFrom(inquiry, analysis, at);
  r.outcome = outcomeFor(kind, age);
  if (r.outcome === 'won') r.wonValue = int(5, 400) * 1000;
  if (r.outcome !== 'none') {
    r.updatedAt = Math.min(NOW, at + int(1, 30) * DAY);
    r.status = weighted([
      ['developing', 3],
      ['following-up', 2],
      ['dormant', 1],
    ]);
  }
  r.stars = weighted([
    [0, 85],
    [1, 8],
    [2, 5],
    [3, 2],
  ]);
  if (rnd() < 0.06)
    r.note = pick([
      'Called, asked for catalogue first.',
      'Sent price list, waiting.',
      'Big customer of our agent in Dubai.',
      'Phishing link in the mail, do not open.',
      'Asked for free samples only.',
    ]);
  return r;
}

// ---------------------------------------------------------------- database

let db: HistoryDb;

async function reset(): Promise<void> {
  db?.close();
  await new HistoryDb('inquirylens-history-bench').delete();
  db = new HistoryDb('inquirylens-history-bench');
  await db.open();
}

/** Records [from, to), written in chunks: one huge transaction would hold every record in memory at once. */
async function seed(from: number, to: number, chunk = 1000): Promise<{ buildMs: number; writeMs: number }> {
  let buildMs = 0;
  let writeMs = 0;
  for (let i = from; i < to; i += chunk) {
    const t0 = performance.now();
    const batch: HistoryRecord[] = [];
    for (let k = i; k < Math.min(to, i + chunk); k++) batch.push(recordAt(k));
    const t1 = performance.now();
    await putRecords(db, batch);
    buildMs += t1 - t0;
    writeMs += performance.now() - t1;
  }
  return { buildMs: Math.round(buildMs), writeMs: Math.round(writeMs) };
}

// ---------------------------------------------------------------- timing

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median of `runs` timings after up to `warmup` untimed calls. An operation that takes seconds (a full
 * scan) gets fewer runs, so one slow shape cannot stretch the whole bench past a couple of minutes.
 */
async function time(fn: (i: number) => Promise<unknown>, runs: number, warmup = 3, budgetMs = 6000): Promise<number> {
  const w0 = performance.now();
  for (let i = 0; i < warmup && performance.now() - w0 < budgetMs / 4; i++) await fn(i);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
    const spent = performance.now() - start;
    if ((times.length >= 3 && spent > budgetMs) || spent > budgetMs * 1.5) break;
  }
  return Math.round(median(times) * 100) / 100;
}

async function matchShare(word: string): Promise<number> {
  const { total } = await queryHistory(db, { search: word, limit: 1 });
  return total / (await db.inquiries.count());
}

export interface QueryShape {
  key: string;
  query: HistoryQuery;
}

async function measureQueries(shapes: QueryShape[], runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of shapes) out[s.key] = await time(() => queryHistory(db, s.query), runs);
  return out;
}

/** New messages (never stored): a known company contact, a new free-mail sender, a copy of a mass template. */
function newMessages(n: number): Array<{ kind: string; inquiry: Inquiry }> {
  const out: Array<{ kind: string; inquiry: Inquiry }> = [];
  for (let i = 0; i < n; i++) {
    const which = i % 3;
    const d =
      which === 0
        ? draftFor('genuine')
        : which === 1
          ? { ...draftFor('vague'), buyer: freeBuyer(900_000 + i) }
          : { ...draftFor('mass'), buyer: freeBuyer(800_000 + i) };
    if (which === 0) d.buyer = pickSkewed(companyBuyers, 1.6);
    out.push({ kind: ['known-company', 'new-freemail', 'mass-template'][which]!, inquiry: inquiryFor(d, `new-${i}-${hex(8)}`, NOW) });
  }
  return out;
}

async function measureMemory(runs: number): Promise<Record<string, number>> {
  rnd = mulberry32(4242);
  const weights = effectiveWeights();
  const msgs = newMessages(Math.max(3, runs * 3));
  const byKind: Record<string, number[]> = {};
  const all: number[] = [];
  for (let i = 0; i < 6; i++) await memoryFor(db, msgs[i % msgs.length]!.inquiry, weights);
  let hitsSeen = 0;
  for (const m of msgs) {
    const t0 = performance.now();
    const hits = await memoryFor(db, m.inquiry, weights);
    const dt = performance.now() - t0;
    if (m.kind === 'mass-template' && hits.some((h) => h.id === 'memory.mass-template')) hitsSeen++;
    (byKind[m.kind] ??= []).push(dt);
    all.push(dt);
  }
  const r = (x: number): number => Math.round(x * 100) / 100;
  return {
    memory_lookup_50k_ms: r(median(all)),
    memory_lookup_known_company_ms: r(median(byKind['known-company']!)),
    memory_lookup_mass_template_ms: r(median(byKind['mass-template']!)),
    mass_template_found_share: r(hitsSeen / byKind['mass-template']!.length),
  };
}

/** Plain JSON-able copies of stored records, read back from IndexedDB, for size measurement in Node. */
async function sampleRecords(n: number): Promise<string> {
  const keys = await db.inquiries.toCollection().primaryKeys();
  const step = Math.max(1, Math.floor(keys.length / n));
  const chosen = keys.filter((_, i) => i % step === 0).slice(0, n);
  return JSON.stringify(await db.inquiries.bulkGet(chosen));
}

/** Digest rows of the same kind of sample: each stored inquiry also costs one row there. */
async function sampleRows(n: number): Promise<string> {
  return JSON.stringify([...(await digestRows(db)).values()].slice(0, n));
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Loading the digest from disk: what the first look-up in a fresh page or a restarted worker pays. */
async function measureOpen(runs: number): Promise<number> {
  return time(
    async () => {
      dropDigestCache(db);
      await digestRows(db);
    },
    runs,
    1,
  );
}

/** Saving one new verdict with its digest row: what each analysed message adds after the verdict. */
async function measureSave(runs: number): Promise<number> {
  rnd = mulberry32(777);
  const msgs = newMessages(runs + 3);
  const analyses = msgs.map((m) => analyze(m.inquiry));
  return time((i) => saveAnalysis(db, msgs[i % msgs.length]!.inquiry, analyses[i % msgs.length]!), runs, 2);
}

const api = {
  async setup(perKind: number): Promise<number> {
    rnd = mulberry32(20261118);
    makeBuyers();
    const n = analyseBases(perKind);
    await reset();
    return n;
  },
  seed,
  count: () => db.inquiries.count(),
  matchShare,
  measureQueries,
  measureMemory,
  measureOpen,
  measureSave,
  sampleRecords,
  sampleRows,
  usage,
};

(globalThis as unknown as { historyBench: typeof api }).historyBench = api;
export type HistoryBenchApi = typeof api;
