import { lookAlikeOf } from '../domains/brands';
import { isDisposable, isFreeMail } from '../domains/freemail';
import { platformOf } from '../domains/platforms';
import { defang, domainOfAddress, extractEmails, extractUrls, orgLabel, spelledForDomain } from '../extract/urls';
import { nearMiss } from '../text/distance';
import { gapped, wordsRegex } from '../text/patterns';
import { contactFacts } from './contact';
import { INSTITUTIONAL, isOwn, senderView } from './domain';
import { hasThread, header } from './envelope';
import { findModels, findQuantities } from './product';
import { missingAttachment } from './scam';
import type { Signal, SignalContext, SignalHit } from './types';
import { headOf, hit, leading, wordsUpTo } from './types';

/**
 * Scam mechanisms that reach reps as "inquiries" on real mail: replies diverted to another organisation,
 * domains that imitate a company the mail itself names, free abuse-prone top-level domains, and lures
 * (a document, a payment or an earlier "order" the rep cannot see) sent by a stranger.
 */

// Freenom's free TLDs: registrations cost nothing, so phishers burn them by the thousand.
const ABUSED_TLDS = new Set(['tk', 'ml', 'ga', 'cf', 'gq']);

function tldOf(domain: string | null): string {
  return domain ? (domain.split('.').pop() ?? '') : '';
}

/** The sender's or Reply-To domain on one of those TLDs, if any. */
function abusedDomain(v: { fromDomain: string | null; replyToDomain: string | null }): string | undefined {
  return [v.fromDomain, v.replyToDomain].find((d): d is string => ABUSED_TLDS.has(tldOf(d)));
}

/** Gulf and other country codes an imitation puts after the name ("acme-uae", "acmeksa"). */
const COUNTRY_TAGS = ['uae', 'usa', 'us', 'uk', 'ksa', 'kw', 'qa', 'ae', 'sa'];
const BUYING_OFFICE = ['vendor', 'vendors', 'procurement', 'procurements', 'purchase', 'purchases', 'purchasing', 'purchaser'];
/** Departments a fake office adds to a real name: a company's own domain rarely spells "procurement". */
const DEPARTMENT_WORDS = [
  ...BUYING_OFFICE,
  ...['rfq', 'rfqs', 'tender', 'tenders', 'sourcing', 'supplier', 'suppliers', 'supply', 'bid', 'bids', 'order', 'orders'],
  ...COUNTRY_TAGS,
];
// Words a look-alike adds to a company's name to pass as one of its offices or departments.
const IMITATION_WORDS = [
  ...['-', '.', 'trading', 'group', 'grp', 'llc', 'inc', 'ltd', 'limited', 'corp', 'co', 'company'],
  ...BUYING_OFFICE,
  ...['supply', 'supplies', 'rfq', 'sourcing', 'tender', 'global', 'intl', 'international', 'online', 'mail', 'office', 'hq'],
  ...['industries', 'industry', 'de', 'nl', 'eu', 'asia', 'edu', 'gov', 'org', 'net', 'jp', 'cn'],
  ...COUNTRY_TAGS,
];

/**
 * Is `s` nothing but these words (and digits)? A word-break walk over at most 100 characters: linear,
 * where an alternation of overlapping words repeated with "+" is exponential on hostile labels.
 */
function madeOf(s: string, words: readonly string[], digits = true): boolean {
  if (!s || s.length > 100) return false;
  const reach = new Array<boolean>(s.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reach[i]) continue;
    if (digits && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) reach[i + 1] = true;
    for (const w of words) if (s.startsWith(w, i)) reach[i + w.length] = true;
  }
  return reach[s.length]!;
}
const IMITATION_EXTRA = { test: (s: string) => madeOf(s, IMITATION_WORDS) };

const LEGAL_WORDS =
  /\b(?:co|ltd|limited|inc|incorporated|corp|corporation|llc|plc|gmbh|ag|sa|s\.a|sl|srl|spa|bv|nv|pty|pvt|company|group|industries|industry|trading|holdings?|international|intl|enterprises?)\b\.?/gi;

/** A company name reduced to what a domain would spell: "Deltrol Corp." → "deltrolcorp" and "deltrol". */
function compactNames(name: string): { full: string; core: string } {
  const lower = spelledForDomain(name);
  return {
    full: lower.replace(/[^a-z0-9]/g, '').slice(0, 40),
    core: lower
      .replace(LEGAL_WORDS, ' ')
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 40),
  };
}

/** One organisation label dressed as another's office: "johnlewis-trading", "tamu-edu", "kocvendor-kw". */
function dressedAs(label: string, other: string, extra: { test(s: string): boolean } = IMITATION_EXTRA): boolean {
  const l = label.replace(/-/g, '');
  if (other.length < 4 || l === other || label.length < 5) return false;
  const parts = label.split('-');
  if (parts.length > 1 && parts.includes(other)) {
    const rest = parts.filter((p) => p !== other).join('');
    if (rest.length <= 1 || extra.test(rest)) return true;
  }
  if (l.startsWith(other) && extra.test(l.slice(other.length))) return true;
  return l.endsWith(other) && extra.test(l.slice(0, l.length - other.length));
}

const DEPARTMENT = { test: (s: string) => madeOf(s, DEPARTMENT_WORDS) && !/^\d+$/.test(s) };

/** A company's leading word is often its whole domain with "trading" or "group" added; only a stray letter or digit is odd. */
const STRAY = { test: (s: string) => /^(?:[a-z]|\d{1,3})$/.test(s) };

/**
 * A name with letters swapped or replaced: "deltrolcrop" for "Deltrol Corp", "hidrocomta" for
 * "Hidroconta". Real companies often shorten their name in a domain (a dropped plural s), so between a
 * claimed name and a domain only same-length misspellings count; two domains of the mail may differ in any way.
 */
function misspells(label: string, name: string, sameLength = true): boolean {
  const l = label.replace(/-/g, '');
  if (name.length < 6 || l === name || (sameLength && l.length !== name.length)) return false;
  return nearMiss(l, name);
}

interface DomainSeen {
  domain: string;
  where: string;
  /** Its organisation label ("johnlewis"), read once: every name and every other domain is compared with it. */
  label: string;
}

/** Every domain the sender side of the mail uses: From, Reply-To, Cc, addresses and links in the text. */
function domainsSeen(ctx: SignalContext): DomainSeen[] {
  const v = senderView(ctx);
  const out: DomainSeen[] = [];
  const add = (d: string | null | undefined, where: string) => {
    if (d && !out.some((x) => x.domain === d) && !isFreeMail(d) && !platformOf(d)) out.push({ domain: d, where, label: orgLabel(d) });
  };
  add(v.fromDomain, 'sender');
  add(v.replyToDomain, 'Reply-To');
  for (const m of header(ctx, 'cc').matchAll(/[a-z0-9._%+-]{1,64}@([a-z0-9.-]{1,253})/gi)) add(domainOfAddress(m[0]), 'Cc');
  for (const e of extractEmails(ctx).slice(0, 30)) add(e.domain, 'an address in the mail');
  for (const u of extractUrls(ctx).slice(0, 30)) add(u.domain, 'a link');
  return out;
}

/** Company names the mail claims: the signature's company, the display name, the platform's company field. */
function claimedNames(ctx: SignalContext): { full: string; core: string }[] {
  const names = [contactFacts(ctx).company ?? '', ctx.inquiry.from.name.slice(0, 120), ctx.inquiry.replyTo?.name.slice(0, 120) ?? ''];
  return names.map(compactNames).filter((n) => n.full.length >= 5);
}

/** The leading word is the name people and domains use: "INGENICO Financial Solutions", "TEC-MARICA Kleon". */
function leadingNames(ctx: SignalContext): string[] {
  const names = [contactFacts(ctx).company ?? '', ctx.inquiry.from.name.slice(0, 120)];
  return names.map((n) => compactNames(n.trim().split(/\s+/)[0] ?? '').full).filter((n) => n.length >= 6);
}

export function lookalikeCompany(ctx: SignalContext): string | undefined {
  const seen = domainsSeen(ctx);
  // Two domains of one "company": johnlewis.com beside johnlewis-trading.com, or hidroconta beside hidrocomta.
  for (const a of seen) {
    for (const b of seen) {
      // Links are where real companies point to their group's other sites (acme.com beside acme-group.com):
      // only addresses, one of them the sender's or the Reply-To, are compared with each other.
      if (
        a === b ||
        a.where === 'a link' ||
        b.where === 'a link' ||
        (a.where !== 'sender' && a.where !== 'Reply-To' && b.where !== 'sender' && b.where !== 'Reply-To')
      )
        continue;
      const la = a.label;
      const lb = b.label;
      if (la.length >= 4 && lb.length >= 4 && la !== lb && (dressedAs(la, lb.replace(/-/g, '')) || misspells(la, lb.replace(/-/g, ''), false))) {
        return `${a.domain} (${a.where}) imitates ${b.domain} (${b.where})`;
      }
    }
  }
  // A domain spelled like a company the mail itself claims, but not quite: the claimed name's full form
  // may be dressed up ("kochindustries" → kochindustriesllc), either form may be misspelt.
  for (const { full, core } of claimedNames(ctx)) {
    for (const d of seen) {
      const label = d.label;
      if (label.replace(/-/g, '') === core || label.replace(/-/g, '') === full) continue;
      if (dressedAs(label, full) || dressedAs(label, core, DEPARTMENT) || misspells(label, full) || misspells(label, core))
        return `${d.domain} (${d.where}) imitates the name "${full}" the mail claims`;
    }
  }
  for (const lead of leadingNames(ctx)) {
    for (const d of seen) {
      const label = d.label;
      if (dressedAs(label, lead, STRAY)) return `${d.domain} (${d.where}) imitates the name "${lead}" the mail claims`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- diversions

/** Mailbox and name words that say a role or a company form, not who someone is: "sales", "info", "trading". */
const ROLE_WORDS = new Set([
  ...['info', 'sales', 'sale', 'purchase', 'purchases', 'purchasing', 'procurement', 'buyer', 'buying', 'supplier', 'suppliers', 'supply'],
  ...['export', 'import', 'office', 'admin', 'contact', 'quote', 'quotes', 'quotation', 'quotations', 'order', 'orders', 'mail', 'email'],
  ...['service', 'services', 'support', 'trade', 'trading', 'group', 'company', 'manager', 'director', 'enquiry', 'inquiry', 'reply'],
  ...['noreply', 'team', 'dept', 'department', 'market', 'marketing', 'business', 'global', 'international', 'limited', 'corp'],
  ...['official', 'account', 'accounts', 'project', 'projects', 'tender', 'vendor', 'general', 'head', 'mailbox', 'postmaster', 'server'],
]);

/** The sender's address; some mailers swap name and address ("Ana <ana@acme.co>" arrives as "ana@acme.co <Ana>"). */
function senderAddress(ctx: SignalContext): string {
  const { from } = ctx.inquiry;
  return (from.address.includes('@') || !from.name.includes('@') ? from.address : from.name.trim()).toLowerCase();
}

/** A mailbox's letters, lower case, accents dropped, digits and punctuation as breaks: "Jo.Park77" → "jo|park|". */
function mailboxLetters(address: string): string {
  return (address.split('@')[0] ?? '')
    .slice(0, 64)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '|');
}

/** The longest run of letters two short strings share (at most 64 characters each: 4,096 steps). */
function longestCommon(a: string, b: string): string {
  let best = 0;
  let end = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1] && a[i - 1] !== '|') {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) {
          best = row[j]!;
          end = i;
        }
      }
    }
    prev = row;
  }
  return a.slice(end - best, end);
}

/**
 * A name the sender's free mailbox and another mailbox share: the same person on two providers
 * ("lena.sorokina@gmail" and "sorokinalena@yandex"), or at work ("jo.park77@gmail" and "jo.park@acme").
 * Five letters in common (four if a whole word), four of them outside role words ("sales", "info"). Display
 * names are not compared, since whoever sets the Reply-To sets them too.
 */
function sharedName(ctx: SignalContext, address: string): string | undefined {
  const mine = mailboxLetters(senderAddress(ctx));
  const theirs = mailboxLetters(address);
  const common = longestCommon(mine, theirs);
  // Four letters only as a whole word of one mailbox ("jo.park"), not as a chance piece of two names.
  const word = (s: string) => `|${s}|`.includes(`|${common}|`);
  if (common.length < 4 || (common.length === 4 && !word(mine) && !word(theirs))) return undefined;
  let rest = common;
  for (const w of ROLE_WORDS) rest = rest.split(w).join('');
  return rest.length >= 4 ? common : undefined;
}

/**
 * Would an answer sent to `address` reach another party than the one that wrote? Not when it stays on the
 * sender's organisation (same registrable domain, or the same name on another ending), on a platform, or
 * with the rep's own company or the company the mail was sent to. A person writing from free mail may give
 * their other mailbox: the same name on it is the same person. A company mailbox that sends replies to a
 * free mailbox is a diversion whatever name it carries (a hijacked or spoofed account's classic set-up).
 * From free mail, a company address in a Reply-To header is a buyer writing from home (`homeOk`), as it
 * always was; written in the text, it must carry the sender's name.
 */
function divertedTo(ctx: SignalContext, address: string, homeOk: boolean): boolean {
  const v = senderView(ctx);
  const target = address.toLowerCase();
  const domain = domainOfAddress(target);
  if (!v.fromDomain || !domain || v.relay || target === senderAddress(ctx)) return false;
  if (platformOf(domain) || isOwn(domain, ctx)) return false;
  const extra = ctx.settings.extraFreeMailDomains;
  // The recipient's own company ("copy our sales@ colleague"): a company domain the mail was sent to.
  const recipients = `${header(ctx, 'to')} ${header(ctx, 'cc')}`.toLowerCase();
  if (!isFreeMail(domain, extra) && recipients.includes(`@${domain}`)) return false;
  const freeFrom = isFreeMail(v.fromDomain, extra);
  const freeTarget = isFreeMail(domain, extra) || isDisposable(domain);
  if (!freeTarget && (domain === v.fromDomain || orgLabel(domain) === orgLabel(v.fromDomain))) return false;
  if (homeOk && freeFrom && !freeTarget) return false;
  const shared = freeFrom ? sharedName(ctx, target) : undefined;
  if (!shared) return true;
  // A company's name on two free mailboxes is a company that does not write from its own domain: the
  // name is borrowed, not shared.
  const claimed = compactNames(contactFacts(ctx).company ?? '').full;
  return freeFrom && freeTarget && claimed.length >= 4 && claimed.includes(shared);
}

/**
 * "Send your quotation to …", "reply to …": where the mail itself tells you to answer. Run on short windows
 * before each address, so not through the caseless cache that keeps the long texts' lower-case copies.
 */
const ANSWER_TO = wordsRegex(
  gapped([
    '(?:send|forward|submit|e-?mail|mail|direct|address|return)(?: (?:us|me|it|them))?(?: (?:your|the|all|our|any))?(?: (?:best|final|lowest|official|formal|detailed|price))? (?:quotations?|quotes?|offers?|prices?|price lists?|proposals?|bids?|repl(?:y|ies)|responses?|feedback|catalogu?es?|catalogs?|invoices?|proforma(?: invoice)?|pi)(?: (?:directly|only|strictly))? (?:to|at|via)',
    '(?:quotations?|quotes?|offers?|repl(?:y|ies)|responses?|bids?|proposals?|prices?) (?:(?:is|are|should|must|shall|can|may|will)(?: to)?|to)(?: (?:only|directly|also))? be (?:sent|forwarded|submitted|directed|e-?mailed|mailed|addressed|returned)(?: (?:directly|only|strictly))? (?:to|at|via)',
    '(?:reply|respond|revert|write back|get back)(?: (?:directly|only|back|strictly))? (?:to|at|via)',
    '(?:contact|reach|e-?mail|write to) (?:me|us) (?:directly|only|privately|personally) (?:at|on|via)',
    '(?:报价|报价单|回复|回信|答复|价格|资料)[^。！？\\n]{0,8}(?:发送|发|寄|转发|回复|回)(?:至|到|给)',
    '(?:请|烦请|麻烦)(?:直接)?(?:回复|回信|联系)(?:至|到)',
    '(?:env[ií]e|env[ií]en|enviar|mande|manden|remita)(?: (?:su|sus|la|el|nos|me))? (?:oferta|cotizaci[oó]n|presupuesto|respuesta|propuesta|precios?)(?: directamente)? (?:a|al)',
    'respond(?:a|an|er) (?:directamente )?(?:a|al)',
    '(?:envi(?:e|em|ar)|mand(?:e|em|ar))(?: (?:sua|seu|a|o|nos|me))? (?:cota[cç][aã]o|proposta|oferta|or[cç]amento|resposta|pre[cç]os?)(?: diretamente)? (?:para|ao|a)',
    '(?:envoy(?:ez|er)|adress(?:ez|er)|transmett(?:ez|re))(?: (?:nous|moi))?(?: (?:votre|vos|la|le|les))? (?:offre|devis|cotation|r[ée]ponse|proposition|prix)(?: (?:directement|uniquement))? (?:[àa]|au)',
    'r[ée]pond(?:ez|re) (?:directement )?[àa]',
    '(?:senden|schicken|richten) sie (?:ihr|ihre|das|die) (?:angebot|antwort|preise|preisliste|offerte)(?: (?:bitte|direkt|nur))? an',
    '(?:angebot|antwort|offerte) (?:bitte |direkt |nur ){1,2}an',
    '(?:отправ(?:ьте|ляйте)|присылайте|пришлите|направ(?:ьте|ляйте))(?: (?:ваше|ваш|ваши|нам|мне))? (?:предложение|предложения|котировку|ответ|цены|прайс)(?: на| по адресу)',
  ]),
  'iu',
);
/** Where a sentence ends, before which a directive belongs to another sentence. */
const SENTENCE_END = /[.!?。！？](?=\s)|\n\s*\n/g;

/** The first address the text asks you to send your quotation or reply to, when it is another party's. */
export function textDiversion(ctx: SignalContext): string | undefined {
  return ctx.memo('text-diversion', () => {
    const emails = extractEmails(ctx).slice(0, 30);
    if (!emails.length) return undefined;
    const text = headOf(ctx);
    const lower = text.toLowerCase();
    const replyTo = ctx.inquiry.replyTo?.address.toLowerCase() ?? '';
    for (const e of emails) {
      // The Reply-To header has its own judgement (scam.reply-diverted).
      if (e.address === replyTo) continue;
      const at = lower.indexOf(e.address);
      if (at < 0) continue;
      let before = text.slice(Math.max(0, at - 160), at);
      SENTENCE_END.lastIndex = 0;
      let cut = 0;
      for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) cut = m.index + m[0].length;
      before = before.slice(cut);
      const d = ANSWER_TO.exec(before);
      if (!d || before.length - (d.index + d[0].length) > 40 || before.includes('@', d.index)) continue;
      if (!divertedTo(ctx, e.address, false)) continue;
      return `"${d[0].replace(/\s+/g, ' ')} ${e.address}", but the mail comes from ${senderAddress(ctx)}`;
    }
    return undefined;
  });
}

// ---------------------------------------------------------------- lures

const FOLLOW_UP = wordsRegex(
  gapped([
    'did you (?:receive|get|see|check|read|review) (?:my|our|the) (?:previous |last |earlier |prior |first )?(?:e-?mail|mail|message|order|purchase order|po|inquiry|enquiry|request|quotation request)',
    "(?:have|haven't) you (?:received|seen|checked) (?:my|our) (?:previous|last|earlier|prior)",
    '(?:this is (?:my|our) )?(?:second|2nd|third|3rd) (?:e-?mail|mail|reminder|request|notice|attempt)',
    'following up (?:on )?(?:my|our|the) (?:previous|last|earlier|recent|prior) (?:e-?mail|mail|message|order|inquiry|enquiry|purchase order)',
    '(?:as|further to) (?:my|our) (?:previous|last|earlier|prior) (?:e-?mail|mail|message|correspondence)',
    "we (?:have not|haven't) (?:heard from you|received (?:any|a|your) (?:reply|response|feedback))",
    'still waiting for your (?:reply|response|quotation|quote|confirmation|feedback)',
    '(?:the|our) (?:purchase order|order|po) (?:we|i) (?:sent|placed|forwarded)',
    '(?:kindly|please) (?:confirm|acknowledge) (?:the )?receipt',
    '¿?recibi[oó] (?:mi|nuestro) (?:correo|pedido|mensaje) anterior',
    'recebeu (?:o )?(?:meu|nosso) (?:e-?mail|pedido) anterior',
    'meine (?:letzte|vorherige) (?:E-?Mail|Nachricht)',
    'mon (?:dernier|précédent) (?:e-?mail|message)',
  ]),
);

// Cheap literal checks before the full patterns: most mail holds none of these stems.
const PAYMENT_STEM = /pay|remit|swift|mt103|bank|deposit|wire|invoice|cheque|check|reconcil|comprob|comprov|zahlung|paiement|платеж|оплат|付款|水单/i;
const FOLLOW_STEM =
  /receiv|seen|read|review|previous|last|earlier|prior|second|2nd|third|3rd|following|further|heard|waiting|sent|placed|forwarded|confirm|acknowledge|recibi|recebeu|letzte|vorherige|dernier|précédent/i;
const PASSWORD_STEM = /pass|pin|contrase|senha|пароль|密码/i;

const PAYMENT_NOTICE = wordsRegex(
  gapped([
    'payment (?:confirmation|advice|notification|notice|receipt|copy|slip|proof|schedule|details|made|sent|release|reminder)',
    'proof of (?:payment|transfer|remittance)',
    'remittance(?: advice| copy| slip)?',
    'swift(?: copy| message| mt103| confirmation)',
    'mt103',
    'bank (?:slip|transfer copy|receipt|confirmation)',
    '(?:outstanding|overdue|pending|final) (?:payment|invoice|balance)',
    'deposit (?:was|has been|is) (?:sent|paid|made|transferred)',
    'deposit (?:for|of) [^.\\n]{1,40} (?:was|has been|is) (?:sent|paid|made|wired|transferred)',
    '(?:payment )?receipt (?:is )?attached',
    'payment status',
    'schedule the (?:wire|payment|transfer)',
    'wire (?:confirmation|transfer (?:copy|confirmation|receipt))',
    'invoice (?:attached|enclosed|due|overdue|copy)',
    '(?:check|cheque) (?:cleared|deposited)',
    'reconciliation (?:report|statement)',
    'comprobante de (?:pago|transferencia)',
    'comprovante de (?:pagamento|transfer[êe]ncia)',
    'Zahlungs(?:best[äa]tigung|avis|nachweis)',
    'preuve de paiement|avis de paiement',
    'платежн\\S{0,3} поручени\\S{0,2}|подтверждение оплаты',
    '付款通知|付款凭证|水单',
  ]),
);

/** What a stranger asks a rep to open: the order, the RFQ, the invoice, "the documents". */
const DOC_SUBJECT = wordsRegex([
  'purchase order',
  'p\\.?o\\.?(?: ?#| ?no\\.?| ?number)?',
  'new order',
  'order (?:confirmation|specification|sheet|list|details)',
  'rfq',
  'rfp',
  'request for (?:quotation|quote|proposal)',
  'quotation request',
  'invitation to (?:bid|tender|quote)',
  'tender',
  'invoice',
  'proforma',
  'contract',
  'drawings?',
  'documents?',
  'pedido',
  'orden de (?:compra|venta)',
  'cota[cç][aã]o',
  'bestellung',
  'commande',
  'заказ',
  '订单',
]);

const GENERIC_GREETING = wordsRegex([
  'dear (?:sir|sirs|madam|sir/madam|sir or madam|supplier|suppliers|vendor|manufacturer|seller|friend|customer|partner|sales|sales team|manager|purchasing|valued)',
  'to whom it may concern',
  'hello (?:sir|dear|friend)',
  'good day(?: sir)?',
  'greetings(?: from)?',
  'estimad[oa]s? señor(?:es)?',
  'prezados? senhor(?:es)?',
  'sehr geehrte damen und herren',
  'madame, monsieur',
  'уважаемые господа',
]);

interface StrangerMark {
  text: string;
  /** Common among real small buyers too (free mail, "Dear Sir"): not enough on its own to deliver a lure. */
  weak: boolean;
}

/** Marks of a stranger: alone each is common, beside a lure they are the lure's delivery. */
function strangerMarks(ctx: SignalContext): StrangerMark[] {
  const v = senderView(ctx);
  const marks: StrangerMark[] = [];
  const mark = (text: string, weak = false) => marks.push({ text, weak });
  const { from } = ctx.inquiry;
  if (v.relay !== 'platform') {
    if (isFreeMail(v.buyerDomain, ctx.settings.extraFreeMailDomains) || isDisposable(v.buyerDomain)) mark(`free mailbox ${v.buyerAddress}`, true);
    if (ctx.inquiry.undisclosedRecipients) mark('sent to undisclosed recipients');
    const to = header(ctx, 'to').toLowerCase();
    if (from.address && to.includes(from.address.toLowerCase())) mark('sent to itself, the real recipients hidden');
    const local = from.address.split('@')[0] ?? '';
    if (/^(?:postmaster|mailer-daemon|root|admin|administrator|www\..{1,80})$/i.test(local) || /\.(?:com|net|org)$/i.test(local))
      mark(`odd sender mailbox ${from.address}`);
    if (/^\s{0,3}(?:re|aw|sv|rv|res)\s{0,2}[:：]/i.test(ctx.inquiry.subject) && !hasThread(ctx)) mark('"Re:" without any earlier message');
    const abused = abusedDomain(v);
    if (abused) mark(`a throw-away domain ${abused}`);
    const opening = ctx.body.slice(0, 200);
    const greet = GENERIC_GREETING.exec(opening);
    if (greet) mark(`"${greet[0]}"`, true);
    // "Dear v9fs-developer": the greeting is the harvested address, not a person.
    const toLocal = /([a-z0-9._%+-]{1,64})@/i.exec(to)?.[1];
    const named = /^\s{0,5}(?:dear|hello|hi|attn:?)\s{1,3}([^\s,:!]{2,60})/i.exec(opening)?.[1];
    if (named && toLocal && named.toLowerCase() === toLocal.toLowerCase()) mark(`greets the mailbox "${named}"`);
  }
  return marks;
}

function lureContent(ctx: SignalContext): string[] {
  const t = headOf(ctx);
  const out: string[] = [];
  const opening = leading(ctx.text, ctx.text.length - ctx.body.length + 1500);
  const payment = PAYMENT_STEM.test(opening) ? PAYMENT_NOTICE.exec(opening) : null;
  if (payment) out.push(`payment notice "${payment[0].replace(/\s+/g, ' ')}"`);
  if (!hasThread(ctx)) {
    const head = leading(t, 3000);
    const follow = FOLLOW_STEM.test(head) ? FOLLOW_UP.exec(head) : null;
    if (follow) out.push(`claims an earlier exchange ("${follow[0].replace(/\s+/g, ' ')}") with no thread`);
  }
  const missing = missingAttachment(ctx);
  if (missing) out.push(missing);
  // The substance is a document to open: a short note around an attachment or a link, no product named.
  const doc = DOC_SUBJECT.exec(ctx.inquiry.subject) ?? DOC_SUBJECT.exec(ctx.body.slice(0, 400));
  const words = doc ? wordsUpTo(ctx.body, 120) : 0;
  const foreignLinks = extractUrls(ctx).filter((u) => u.domain && u.domain !== senderView(ctx).fromDomain && !platformOf(u.domain));
  const docAttached = ctx.inquiry.attachments.some((a) => !/^image\//i.test(a.mimeType));
  if (doc && words < 120 && (docAttached || foreignLinks.length > 0) && !findModels(ctx).length && !findQuantities(ctx).length) {
    out.push(`"${doc[0]}" to open as ${docAttached ? 'an attachment' : `a link to ${defang(foreignLinks[0]!.href).slice(0, 60)}`}`);
  } else if (doc && words < 8) {
    out.push(`the subject names "${doc[0]}" but the mail says nothing`);
  }
  return out;
}

/** A security notice ("never provide your password") warns against the request that a lure makes. */
const WARNS_AGAINST = /(?:\b(?:never|not|don'?t|won'?t|nunca|jamais|niemals|nie)\b|не\s|切勿|不要|请勿)[^.!?\n]*$/i;

const PASSWORD = wordsRegex([
  'password\\s{0,3}[:：=]',
  '(?:use|enter|with|type|provide|confirm|verify|input) (?:the |this |your )?(?:correct |valid |email |e-mail |company |account )?(?:password|passcode|pin)',
  '(?:user ?name|login|e-?mail(?: address)?) (?:and|&|/) (?:password|passcode)',
  'contrase[ñn]a\\s{0,3}:',
  'senha\\s{0,3}:',
  'passwort\\s{0,3}:',
  'mot de passe\\s{0,3}:',
  'пароль\\s{0,3}:',
  '密码[:：]',
]);

const isBase64Code = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const EQUALS = 61;
const DIGITS = /\d+/g;

/**
 * Runs of 20 to 300 base64 characters holding a digit, standing as their own word (after the start or a
 * character base64 never holds, before at most two "=" and such a character); the text is capped by the
 * caller. Found from the digits: each run of digits is widened to its base64 run, checked once.
 */
function base64Runs(text: string, limit: number, max: number): string[] {
  const out: string[] = [];
  const s = text.slice(0, limit);
  let done = 0;
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(s); d && out.length < max; d = DIGITS.exec(s)) {
    if (d.index < done) continue;
    let start = d.index;
    while (start > 0 && isBase64Code(s.charCodeAt(start - 1))) start--;
    let end = d.index + d[0].length;
    while (end < s.length && isBase64Code(s.charCodeAt(end))) end++;
    done = end;
    if (end - start < 20 || end - start > 300 || (start > 0 && s.charCodeAt(start - 1) === EQUALS)) continue;
    let pad = end;
    while (pad < s.length && pad - end < 3 && s.charCodeAt(pad) === EQUALS) pad++;
    if (pad - end > 2 || (pad < s.length && isBase64Code(s.charCodeAt(pad)))) continue;
    out.push(s.slice(start, pad));
  }
  return out;
}

function fromBase64(token: string): string {
  try {
    return atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return '';
  }
}

/** A link that carries an e-mail address in its query: a personalised phishing page for the recipient. */
function personalisedLink(ctx: SignalContext): string | undefined {
  const sender = ctx.inquiry.from.address.toLowerCase();
  // Kits also print the recipient's address in base64 as a "reference" or "entity number".
  for (const token of base64Runs(ctx.body, 2500, 20)) {
    const decoded = fromBase64(token);
    if (
      /^[\x20-\x7e\r\n]{6,}$/.test(decoded) &&
      /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\.[a-z]{2,}/i.test(decoded) &&
      !decoded.toLowerCase().includes(sender || '\u0000')
    ) {
      return `"${token.slice(0, 40)}" in the text encodes ${decoded.trim().slice(0, 60)}`;
    }
  }
  const hrefs = [
    ...ctx.inquiry.links.slice(0, 500).map((l) => l.href),
    ...extractUrls(ctx)
      .slice(0, 200)
      .map((u) => u.href),
  ];
  for (const href of hrefs) {
    if (/^mailto:/i.test(href)) continue;
    const start = href.search(/[?#]/);
    const q = start >= 0 ? href.slice(start, 3000) : '';
    let decoded = q;
    try {
      decoded = decodeURIComponent(q);
    } catch {
      // keep the raw query
    }
    // Kits hide the address in base64 ("#djlmcy1kZXZlbG9w…") so filters do not see it.
    for (const token of q.match(/[A-Za-z0-9+/_-]{16,400}={0,2}/g)?.slice(0, 5) ?? []) decoded += ` ${fromBase64(token)}`;
    const m = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/i.exec(decoded);
    if (m && m[0].toLowerCase() !== sender && !/unsubscribe|optout|opt-out/i.test(href)) return defang(href).slice(0, 120);
  }
  return undefined;
}

/**
 * Names and subjects no person writes: hundreds of characters of padding push the real sender out of
 * sight and, before readers cut them, out of any check. The padding is the evidence.
 */
const PADDED = { name: 150, subject: 600, attachmentName: 250 } as const;
function paddedField(ctx: SignalContext): string | undefined {
  const { from, replyTo, subject, attachments, clipped = [] } = ctx.inquiry;
  const cut = clipped.find((p) => /^(?:from|replyTo)\.(?:name|address)$|^subject$|^attachments\.name$|^links\.text$/.test(p));
  if (cut) return `the ${cut} field was too long to read whole and was cut`;
  if (from.name.length > PADDED.name) return `a sender name of ${from.name.length} characters`;
  if ((replyTo?.name.length ?? 0) > PADDED.name) return `a Reply-To name of ${replyTo?.name.length} characters`;
  if (subject.length > PADDED.subject) return `a subject of ${subject.length} characters`;
  const long = attachments.find((a) => a.name.length > PADDED.attachmentName);
  return long ? `an attachment name of ${long.name.length} characters` : undefined;
}

export const lureSignal: Signal = {
  name: 'lure',
  run(ctx) {
    const hits: SignalHit[] = [];
    const v = senderView(ctx);
    if (v.ownMail) return hits;
    // From free mail, a Reply-To to another free mailbox is a second identity: the one that will answer.
    // A free mailbox that asks for replies at a company address is a buyer writing from home, not a diversion.
    const replyAddr = ctx.inquiry.replyTo?.address ?? '';
    if (v.replyToDomain && divertedTo(ctx, replyAddr, true)) {
      hits.push(
        hit(ctx, 'scam.reply-diverted', `From ${ctx.inquiry.from.address}, replies go to ${replyAddr}`, {
          from: v.fromDomain ?? '',
          replyTo: v.replyToDomain,
        }),
      );
    }
    const inText = textDiversion(ctx);
    if (inText) hits.push(hit(ctx, 'scam.quote-diverted', inText));
    const look = lookalikeCompany(ctx);
    if (look) hits.push(hit(ctx, 'scam.lookalike-company', look));
    else {
      const known = [v.fromDomain, v.replyToDomain].map((d) => (d ? lookAlikeOf(d) : undefined)).find(Boolean);
      if (known) hits.push(hit(ctx, 'scam.lookalike-company', `${known.domain} imitates ${known.brand.name}`));
    }
    const abused = abusedDomain(v);
    if (abused && v.relay !== 'platform') hits.push(hit(ctx, 'scam.abused-tld', `${abused} (.${tldOf(abused)})`));

    const marks = strangerMarks(ctx);
    // Content makes a lure only beside a stranger's mark: without one (most real mail) it is not read at all.
    const content = marks.length ? lureContent(ctx) : [];
    // Free mail and "Dear Sir" are common among real small buyers; beside them, a missing attachment
    // alone (forwards and lists drop files) is not yet a lure. A mass mailer's mark makes it one.
    const onlyMissing = content.length === 1 && content[0] === missingAttachment(ctx);
    const enough = marks.some((m) => !m.weak) || (marks.length > 0 && !onlyMissing);
    const said = (n: number) =>
      marks
        .slice(0, n)
        .map((m) => m.text)
        .join(', ');
    if (content.length && enough) hits.push(hit(ctx, 'scam.lure', `${content[0]}; ${said(2)}`));
    else if (marks.length >= 2) hits.push(hit(ctx, 'vague.stranger', said(3)));

    // A school's or a government's mailbox writing as a trading company is a borrowed (often hijacked) account.
    const company = contactFacts(ctx).company ?? '';
    const host = (ctx.inquiry.from.address.split('@')[1] ?? '').toLowerCase();
    if (
      v.fromDomain &&
      (INSTITUTIONAL.test(v.fromDomain) || /(?:^|\.)(?:edu|ac|gov|gob|govt|mil|k12|sch|school)\./.test(host)) &&
      /\b(?:ltd|llc|inc|gmbh|co\.|corp|trading|limited|enterprises?|s\.a\.|pvt)\b/i.test(company) &&
      !compactNames(company).core.includes(orgLabel(v.fromDomain))
    ) {
      hits.push(hit(ctx, 'scam.sender-spoof', `${ctx.inquiry.from.address} is an institution's mailbox, but the mail writes as ${company}`));
    }

    const padded = paddedField(ctx);
    if (padded) hits.push(hit(ctx, 'scam.padded-field', padded));

    const pwText = headOf(ctx).slice(0, 4000);
    const pw = PASSWORD_STEM.test(pwText) ? PASSWORD.exec(pwText) : null;
    if (pw && !WARNS_AGAINST.test(pwText.slice(Math.max(0, pw.index - 40), pw.index))) hits.push(hit(ctx, 'scam.password', pw[0]));
    const personal = personalisedLink(ctx);
    if (personal) hits.push(hit(ctx, 'scam.credential-link', `${personal} (an e-mail address hidden in a link or reference)`));
    return hits;
  },
};
