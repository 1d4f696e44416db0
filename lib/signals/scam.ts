import { parse } from 'tldts';
import { BRANDS, lookAlikeOf, officialBrand } from '../domains/brands';
import { isDisposable, isFreeMail } from '../domains/freemail';
import { platformOf } from '../domains/platforms';
import { ABUSED_HOSTS, hostIn, SHORTENERS } from '../domains/web';
import { defang, domainOfAddress, extractEmails, extractUrls } from '../extract/urls';
import { nearMiss } from '../text/distance';
import { gapped, WORD_END, WORD_START, wordsRegex } from '../text/patterns';
import { senderView } from './domain';
import { hasThread } from './envelope';
import type { Signal, SignalContext, SignalHit } from './types';
import { headOf, hit, leading } from './types';

// ---------------------------------------------------------------- links

const DOC_WORDS =
  '(?:document|documents|doc|file|files|pdf|invoice|order|purchase order|po|rfq|quotation|quote|drawing|drawings|specification|payment|remittance|swift|receipt|statement|shipping documents?|b/?l|bill of lading|packing list|contract|message|messages|voicemail|fax|attachment|nf-?e|nota fiscal|cota[cç][aã]o|pedido|factura|fatura|rechnung|bestellung|facture|commande|счет|заказ)';
const CALL_TO_ACTION = new RegExp(
  `${WORD_START}(?:view|download|open|access|review|check|see|retrieve|get|read|clique aqui|click here|baixar|descargar|ver|visualizar|abrir|herunterladen|ansehen|télécharger|consulter|скачать|открыть|просмотреть)(?: the| your| all| our| new)?[\\s_-]{0,3}${DOC_WORDS}?`,
  'iu',
);
/** A button that opens a business document somewhere else: the shape of every document-phishing kit. */
const DOC_CTA = new RegExp(
  `${WORD_START}(?:open|view|download|access|review|preview|retrieve|abrir|ver|descargar|baixar|visualizar|[öo]ffnen|herunterladen|ouvrir|t[ée]l[ée]charger|открыть|скачать)(?: in (?:excel|word|browser|onedrive|sharepoint))?(?: the| your| all| our| new)?[\\s_-]{0,3}(?:${DOC_WORDS}|reports?|spreadsheets?|statements?|shared files?|excel|pdf|documento|factura|fatura)?${WORD_END}`,
  'iu',
);
const LOGIN_PATH =
  /(?:^|[/._?=&-])(?:log-?in|sign-?in|log-?on|signon|verify|verification|validate|account|accounts|password|passwd|webmail|owa|wp-admin|auth|oauth|sso|unlock|reactivate|update-?info|secure-?login|banking)(?:[/._?=&#-]|\.php|\.html?|$)/i;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|xls|pptx?|zip|rar|7z|jpe?g|png|html?|csv|txt|rtf)\s*$/i;
const LOOKS_LIKE_URL = /(?:https?:\/\/|www\.)[^\s]{2,200}|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}(?:\/\S{0,200})?$/i;

function linkHits(ctx: SignalContext, hits: SignalHit[]): void {
  const v = senderView(ctx);
  const urls = extractUrls(ctx);
  let mismatch: string | undefined;
  let credential: string | undefined;
  let shortener: string | undefined;
  let ip: string | undefined;
  for (const u of urls) {
    if (!ip && u.isIp) ip = defang(u.href);
    if (!shortener && hostIn(SHORTENERS, u.host, u.domain)) shortener = defang(u.href);
    if (u.source !== 'link') {
      if (!credential && u.domain && u.domain !== v.fromDomain && LOGIN_PATH.test(u.href.replace(/^https?:\/\/[^/]+/i, ''))) credential = defang(u.href);
      // Plain-text mail puts the button's words just before the address: "Open in Excel https://…".
      if (!credential && u.domain && u.domain !== v.fromDomain && !platformOf(u.domain)) {
        const at = ctx.body.indexOf(u.href);
        const before = at > 0 ? ctx.body.slice(Math.max(0, ctx.body.lastIndexOf('\n', at - 1) + 1, at - 80), at) : '';
        if (DOC_CTA.test(before)) credential = `"${before.trim().slice(0, 50)}" \u2192 ${defang(u.href)}`;
      }
      continue;
    }
    const text = (u.text ?? '').trim();
    // Platform relays and the sender's own domain may use their own tracking redirects.
    const trusted = (u.domain && (platformOf(u.domain) || u.domain === v.fromDomain)) || false;
    if (!mismatch && text && !trusted) {
      const shown = LOOKS_LIKE_URL.exec(text);
      if (shown) {
        const shownHost = shown[0].replace(/^https?:\/\//i, '').split(/[/?#\s]/)[0] ?? '';
        const shownDomain = parse(shownHost).domain;
        if (shownDomain && u.domain && shownDomain !== u.domain && !shownHost.includes('@')) mismatch = `"${text.slice(0, 60)}" \u2192 ${defang(u.href)}`;
      } else if (FILE_NAME.test(text)) {
        mismatch = `"${text.slice(0, 60)}" looks like an attached file but is a link \u2192 ${defang(u.href)}`;
      }
    }
    if (!credential) {
      const path = u.href.replace(/^https?:\/\/[^/]+/i, '');
      const abused = hostIn(ABUSED_HOSTS, u.host, u.domain);
      const cta = CALL_TO_ACTION.test(text) || CALL_TO_ACTION.test(u.href.slice(0, 300));
      if ((LOGIN_PATH.test(path) && !trusted) || (abused && cta) || (abused && /\.(?:php|html?)(?:[?#]|$)/i.test(path)) || (!trusted && DOC_CTA.test(text))) {
        credential = `${text ? `"${text.slice(0, 50)}" \u2192 ` : ''}${defang(u.href)}`;
      }
    }
  }
  if (mismatch) hits.push(hit(ctx, 'scam.link-mismatch', mismatch));
  if (credential) hits.push(hit(ctx, 'scam.credential-link', credential));
  if (shortener) hits.push(hit(ctx, 'scam.shortener', shortener));
  if (ip) hits.push(hit(ctx, 'scam.ip-host', ip));
}

// ---------------------------------------------------------------- attachments

const ALWAYS_RISKY =
  /\.(?:html?|shtml|xhtml|svg|hta|iso|img|vhdx?|exe|scr|com|pif|js|jse|vbs|vbe|wsf|wsh|bat|cmd|ps1|lnk|msi|jar|cpl|reg|docm|xlsm|pptm|xlam|dotm|one|url|chm)$/i;
const ARCHIVE = /\.(?:zip|rar|7z|gz|tgz|tar|ace|arj|z|cab|lzh|r\d\d|bz2|xz)$/i;
const DOUBLE_EXT = /\.(?:pdf|docx?|xlsx?|jpe?g|png|txt)\s*\.[a-z0-9]{2,5}$/i;
const INVISIBLE = /[\u034f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u180e]/u;
const TRADE_DOC_NAME =
  /(?:po|p\.o|order|rfq|rfp|quot|invoice|inv|drawing|dwg|spec|payment|pay|remit|swift|slip|tt ?copy|bank|receipt|statement|shipping|b\/?l|bl|packing|contract|pedido|cota|orcamento|orçamento|anexo|factura|fatura|rechnung|bestellung|facture|commande|document|doc|scan|fax|review)/i;

function attachmentHits(ctx: SignalContext, hits: SignalHit[]): void {
  for (const a of ctx.inquiry.attachments) {
    const name = a.name.trim();
    if (!name) continue;
    let why: string | undefined;
    if (INVISIBLE.test(name)) why = 'name hides invisible characters';
    else if (DOUBLE_EXT.test(name)) why = 'double extension';
    else if (ALWAYS_RISKY.test(name)) why = 'file type used for phishing pages and malware';
    else if (ARCHIVE.test(name) && TRADE_DOC_NAME.test(name)) why = 'archive dressed as a business document';
    else if (ARCHIVE.test(name)) why = 'archive: may hide an executable';
    else if (/text\/html|application\/x-msdownload|application\/x-iso9660/i.test(a.mimeType)) why = `declared as ${a.mimeType}`;
    if (why) {
      hits.push(hit(ctx, 'scam.risky-attachment', `${name.replace(INVISIBLE, '\u2423')} (${why})`, { name }));
      return;
    }
  }
}

// ---------------------------------------------------------------- text patterns

const MONEY_FIRST = wordsRegex([
  '(?:registration|inspection|notari[sz]ation|certification|processing|clearance|handling|insurance|activation|membership|vendor|supplier|tender|bid|documentation|stamp duty|anti-?terrorism|legali[sz]ation) (?:fee|fees|charge|charges|cost)',
  'pay (?:the|a|for the) (?:fee|fees|charges?)',
  '(?:send|transfer|remit|refund) (?:back )?the (?:difference|excess|balance)',
  'over-?paid|overpayment',
  '(?:commission|gift|kickback)s? (?:in advance|up ?front|before)',
  'contract signing (?:trip|ceremony|visit)',
  'travel (?:to|for) (?:sign|signing)',
  'transfer slip|bank slip|payment slip|tt copy|swift copy|mt103|remittance advice|wire transfer document',
  'confirm (?:the )?receipt of (?:the )?payment',
  'taxa de (?:inscri[cç][aã]o|registro)',
  'tarifa de (?:registro|inscripci[oó]n)',
  'frais (?:d.inscription|de dossier)',
  'Anmeldegeb[uü]hr|Bearbeitungsgeb[uü]hr',
  'регистрационный сбор',
]);

const ADVANCE_FEE = wordsRegex([
  'inheritance',
  'next of kin',
  'beneficiary',
  'compensation (?:fund|funds|payment)',
  'unclaimed (?:fund|funds|sum)',
  'atm (?:card|master ?card)',
  '(?:fund|funds) (?:transfer|release|approval)',
  'receive (?:the )?funds',
  'incoming transaction',
  'withdrawal (?:note|request|code)',
  '(?:business|investment)(?:[ /&]{1,3}(?:business|investment))? (?:collaboration|cooperation|partnership) (?:opportunity|proposal)',
  'business proposal',
  'joint venture (?:partner|proposal|opportunity)',
  'mutual benefit',
  'strictly confidential',
  'something to disclose',
  'urgent business (?:dealing|transaction|proposal)',
  'seek your (?:consent|assistance|cooperation)',
  '(?:\\$|usd|us\\$|eur|€|£) ?\\d{1,3}(?:[.,]\\d{3}){2,}(?:[.,]\\d{2})? ?(?:million)?',
  '\\d{1,3}(?:[.,]\\d{1,3})? (?:million|billion) (?:us )?(?:dollars|usd|euros|barrels|pounds)',
  '(?:bank|diplomat|barrister|attorney) (?:in charge|agent|manager) of',
  'crude oil (?:purchase|allocation|mandate)',
  'mandate to (?:arrange|purchase|procure)',
  'dear (?:friend|beloved|partner)',
  'my late (?:husband|father|client)',
  'lottery|jackpot|prize money|you have won',
  'percent(?:age)? (?:share|of the (?:total|sum|fund))',
  'contract (?:sum|value) of',
  'over-?invoic(?:ed|ing)',
  'foreign (?:partner|account) to (?:receive|transfer)',
  // Intermediary stories: the "buyer" wants you to source goods for them, or to handle their money.
  '(?:buy|purchase|source|get|procure) (?:it|them|the (?:product|products|items?|goods|materials?))(?: directly)? (?:locally|from (?:a |the )?local (?:supplier|vendor|manufacturer|dealer|market)s?)',
  '(?:local|a) (?:supplier|vendor|manufacturer|dealer)s? (?:in|from) your (?:country|area|region)',
  '(?:re-?sell|supply|sell) (?:it|them|the (?:product|products|items?|goods))(?: back)? to (?:us|our (?:company|firm|director|client))',
  'on (?:a )?commission basis',
  '(?:contract|supply) contract for (?:commission|profit)',
  'contract supply',
  'profit[- ]shar(?:e|ing)',
  '(?:earn|make|get) (?:a |your |good |huge )?(?:commission|profit|percentage)',
  '(?:prospective|potential) (?:contractor|supplier) (?:for|to) (?:our|the) (?:company|project|government)',
  '(?:act|work|serve) as (?:our|a|an) (?:agent|representative|rep|intermediary|middleman|liaison)',
  '(?:agent|representative|rep) in (?:your country|north america|china|asia|europe|the (?:us|usa|uk))',
  'receive (?:and forward )?payments? (?:on (?:our|their) behalf|for (?:us|our company))',
  'foreign transaction (?:manager|officer)',
  'mandate (?:holder|commission)',
  'next of kin',
  'raw materials? (?:supply|supplier) (?:to|for) (?:a|our) (?:pharmaceutical|company)',
  '(?:north american|american|us|usa|european|uk|canadian|australian) (?:rep|representative|agent|sales agent)',
  'business proposition',
  '(?:move|transfer|claim|release) (?:the|this) (?:fund|funds|money|sum)',
  '\\d{1,2} ?% (?:be|will be|shall be|is|goes) (?:yours|for you|your share)',
  'for our (?:mutual )?benefit',
  // The "domain registration" story: someone applied for your brand as domains, pay us to stop it.
  '(?:applied|apply|application) (?:for|to register) (?:the )?(?:[a-z0-9"“”-]{1,30} )?(?:brand names?|domain names?|internet keywords?|domains)',
  '(?:domain names?|internet keywords?) (?:registration|registrations?) (?:application|request)',
  'as (?:their|its|an?) (?:internet keyword|brand name and domain)',
  'conflicts? with your (?:company name|trade ?mark|brand)',
  'as (?:a|our|your) mandate',
  'commission from (?:both )?(?:the )?(?:seller|buyer)',
]);

const PRESSURE = wordsRegex([
  'within (?:24|48|72|12|6) ?(?:hours|hrs|h)',
  'final (?:notice|warning|reminder)',
  'last (?:warning|notice|chance)',
  '(?:account|mailbox|email|storage|access) (?:will be |is being |has been )?(?:suspended|closed|deleted|terminated|deactivated|disabled|blocked|locked|on hold|restricted)',
  '(?:suspended|terminated|deactivated|closed|locked) (?:account|mailbox)',
  'immediately or',
  'failure to (?:comply|respond|verify|confirm)',
  '(?:mailbox|storage|quota) (?:is )?(?:full|almost full|exceeded)',
  'password (?:expires|will expire|has expired)',
  'stop termination',
  'blocked messages',
  'pending (?:messages|delivery|deliveries)',
  'act now|handeln sie jetzt|aja agora|act[uú]e ahora',
  'verify your (?:account|identity|email|mailbox)',
  'avoid (?:suspension|termination|cancellation|deactivation)',
]);

const NOTIFICATION = wordsRegex([
  'order confirmation',
  'order (?:#|no\\.? ?)?[a-z0-9-]{3,25} (?:confirmation|receipt|received|update)',
  'is on (?:its|the) way',
  "(?:we are|we're|i have|we have) (?:sending|sent|delivered|shipped) your (?:order|package|parcel)",
  'confirmation of (?:your )?order',
  'your (?:order|purchase|payment|package|parcel|shipment|invoice|account|subscription|receipt)(?: #| no\\.?| number)?',
  'order (?:#|no\\.? ?)?[a-z0-9-]{3,25} (?:is |has been )?(?:processed|confirmed|received|shipped|placed|paid|on hold|dispatched|successfully)',
  '(?:is|has been) (?:successfully )?(?:processed|dispatched|shipped) for you',
  '(?:payment|transaction) (?:received|confirmed|declined|failed|verified|successful)',
  'thank you for your (?:order|purchase|payment)',
  'receipt for your',
  '(?:delivery|shipment) (?:failed|attempt|on hold|suspended|pending)',
  'pending delivery',
  'order pending',
  'nota fiscal',
  'nf-?e',
  'boleto',
  'automated (?:reply|message|notice)',
  'confirm your (?:inquiry|order|account|email|identity)',
  'your inquiry has',
  'inquiry (?:has been |was )?received by',
  'document (?:has been )?shared with you',
  'shared (?:a|the) (?:document|file|folder)',
  'new voice ?mail',
  'quarantined messages',
  'messages? (?:are |were )?(?:blocked|held|on hold)',
  '(?:e-?)?receipt confirmation',
  'billing (?:statement|update|information)',
  'renewal (?:notice|confirmation)',
  'subscription (?:renewal|expired|expires)',
  '(?:\\[|\\()(?:notice|notification|reminder|alert|payment decline)(?:\\]|\\))',
  'purchase (?:complete|completed|verified)',
  'ready to ship',
  'order update',
  'order verification',
  'seu pedido|su pedido|votre commande|ihre bestellung|ваш заказ',
  'shared (?:access|a link|an? (?:file|document|folder|spreadsheet|workbook))',
  '(?:is|are) (?:now )?being (?:processed|shipped|prepared|dispatched)',
  '(?:storage|mailbox|cloud|espa[çc]o de armazenamento|almacenamiento)[^.\\n]{0,40}(?:almost full|full|cheio|lleno|quase cheio)',
  // Fake invoices that want a call back: "if you did not authorize this, call …".
  "if you (?:did not|didn't) (?:authori[sz]e|make|place|request|recogni[sz]e) (?:this|the) (?:transaction|order|purchase|charge|payment|renewal|subscription)",
  'to (?:cancel|dispute|stop) (?:this|your|the) (?:order|subscription|renewal|transaction|charge|payment),? (?:please )?(?:call|contact|dial)',
  '(?:plan|subscription|membership|service|protection) (?:renewal|renewed|has been renewed|will (?:auto-?)?renew)',
]);

const VENDOR_REGISTRATION = wordsRegex([
  '(?:pro |supplier |vendor |trade )?account opening (?:demand|request|form|application)s?',
  'ouverture de compte',
  '(?:supplier|vendor) (?:registration|enrol?lment|onboarding|form|portal|application)',
  'register (?:as|to become) (?:a |an |our )?(?:supplier|vendor)',
  '(?:log ?in|sign ?in|logon)(?: to| into| on)? (?:view|see|access|download|open|check)',
  '(?:log ?in|sign ?in) (?:with|using) your (?:email|e-mail|mail|webmail|office|microsoft|outlook)',
  '(?:view|download|access|open) (?:the |our |your )?(?:rfq|po|purchase order|order|drawing|drawings|tender|document|quotation request)s? (?:online|here|below|at|via|through|by clicking)',
  'click (?:here|below|the link|the button) to (?:view|download|see|access|open)',
  'invited to (?:bid|tender|quote)',
  'open tender',
  'bid (?:for|on) (?:our|the) (?:open )?tender',
  'source (?:for )?the product(?:s)? and supply',
  'may fall out(?:side)? of your scope',
]);

const ATTACHED_REF = wordsRegex(
  gapped([
    '(?:please )?(?:find|see|check|view|open|review|download)(?: the)? (?:attached|enclosed|attachment)',
    'attached (?:is|are|please find|herewith|you will find|below)',
    '(?:is|are) attached',
    'in (?:the )?attach(?:ment|ed)',
    'as attached',
    'enclosed (?:is|are|please find)',
    'em anexo|segue anexo|en (?:el )?adjunto|adjunto (?:le |les )?(?:env[ií]o|encontrar)|ci-?joint|en pi[eè]ce jointe|im anhang|anbei|во вложении|附件',
  ]),
);
const ATTACHED_WHAT = wordsRegex(
  gapped([
    'po',
    'p\\.o\\.?',
    'purchase order',
    'order',
    'orders',
    'rfq',
    'drawing',
    'drawings',
    'specifications?',
    'invoice',
    'payment',
    'transfer',
    'slip',
    'tt copy',
    'documents?',
    'quotation',
    'product list',
    'products',
    // What is to be priced: "quote the items in the attachment", "our requirements are attached".
    'items?',
    'goods',
    'materials?',
    'requirements?',
    'inquiry',
    'enquiry',
    'photos?',
    'pictures?',
    'pdf',
    'pedido',
    'cota[cç][aã]o',
    'or[cç]amento',
    'factura',
    'bestellung',
    'commande',
    'заказ',
    '订单|采购单|询价单|报价单|图纸|规格书|水单|付款凭证|清单|产品',
  ]),
);

function firstMatch(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function textHits(ctx: SignalContext, hits: SignalHit[]): void {
  const t = headOf(ctx);
  const money = firstMatch(MONEY_FIRST, t);
  if (money) hits.push(hit(ctx, 'scam.money-first', money));
  const fee = firstMatch(ADVANCE_FEE, t) ?? firstMatch(ADVANCE_FEE, ctx.inquiry.from.name.slice(0, 300));
  if (fee) hits.push(hit(ctx, 'scam.advance-fee', fee));
  const pressure = firstMatch(PRESSURE, t);
  if (pressure) hits.push(hit(ctx, 'scam.pressure', pressure));
  const vendor = firstMatch(VENDOR_REGISTRATION, t);
  if (vendor) hits.push(hit(ctx, 'scam.vendor-registration', vendor));

  const missing = missingAttachment(ctx);
  if (missing) hits.push(hit(ctx, 'scam.missing-attachment', missing));
}

/**
 * "Please find the attached PO" with nothing attached. Alone it is weak evidence (forwards and mailing
 * lists drop attachments), so it counts as a negative here and as a lure only beside a stranger's marks.
 */
export function missingAttachment(ctx: SignalContext): string | undefined {
  return ctx.memo('missing-attachment', () => {
    if (ctx.inquiry.attachments.length > 0) return undefined;
    const t = headOf(ctx);
    const ref = ATTACHED_REF.exec(t);
    if (!ref) return undefined;
    const around = t.slice(Math.max(0, ref.index - 80), ref.index + ref[0].length + 80);
    const what = firstMatch(ATTACHED_WHAT, around);
    return what ? `"${ref[0].replace(/\s+/g, ' ')}" (${what.replace(/\s+/g, ' ')}) but nothing is attached` : undefined;
  });
}

// ---------------------------------------------------------------- impersonation

/** Brand names as whole words, compiled once: one pattern for services, one for borrowed buyer names. */
function brandPattern(buyers: boolean, minLength: number): { re: RegExp; byToken: Map<string, (typeof BRANDS)[number]> } {
  const byToken = new Map<string, (typeof BRANDS)[number]>();
  for (const b of BRANDS) if (Boolean(b.buyer) === buyers) for (const t of b.tokens) if (t.length >= minLength) byToken.set(t.toLowerCase(), b);
  const alts = [...byToken.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  return { re: new RegExp(`${WORD_START}(?:${alts.join('|')})${WORD_END}`, 'i'), byToken };
}
const SERVICE_BRANDS = brandPattern(false, 3);
const BUYER_BRANDS = brandPattern(true, 4);

function brandIn(p: typeof SERVICE_BRANDS, text: string): (typeof BRANDS)[number] | undefined {
  const m = p.re.exec(text);
  return m ? p.byToken.get(m[0].toLowerCase()) : undefined;
}

/** Notices (orders, payments, deliveries, accounts) sent from addresses that cannot be the service's. */
function notificationHit(ctx: SignalContext, hits: SignalHit[]): void {
  const v = senderView(ctx);
  // A brand's own domain may send notices; free-mail domains belong to brands too but anyone can use them.
  if (v.relay === 'platform' || (officialBrand(v.fromDomain) && !isFreeMail(v.fromDomain))) return;
  // A reply in a real thread talks about "your payment" or "your order" as a buyer does.
  if (hasThread(ctx) && /^\s{0,3}(?:re|aw|sv|antw|回复|答复)\s{0,2}[:：]/i.test(ctx.inquiry.subject)) return;
  const subjectAndName = `${ctx.inquiry.subject}\n${ctx.inquiry.from.name}`;
  const notice = firstMatch(NOTIFICATION, subjectAndName) ?? firstMatch(NOTIFICATION, leading(ctx.body, 600));
  if (!notice) return;
  const claimed = brandIn(SERVICE_BRANDS, `${subjectAndName}\n${ctx.body.slice(0, 2000)}`);
  const free = isFreeMail(v.fromDomain) || !ctx.inquiry.from.address;
  if (claimed || free || /notification|bounce|no-?reply|noreply|mailer|service|support|billing|alert|account|security|admin/i.test(ctx.inquiry.from.address)) {
    hits.push(
      hit(
        ctx,
        'scam.fake-notification',
        claimed
          ? `"${notice}" in the name of ${claimed.name}, sent from ${v.fromDomain ?? 'an unknown domain'}`
          : `"${notice}" sent from ${ctx.inquiry.from.address || 'an empty address'}`,
      ),
    );
  }
}

function bigCompanyHit(ctx: SignalContext, hits: SignalHit[]): void {
  const v = senderView(ctx);
  const addr = v.buyerDomain ?? v.fromDomain;
  const weak = isFreeMail(addr) || isDisposable(addr);
  if (!weak) return;
  const text = `${ctx.signature}\n${ctx.text.slice(0, 4000)}\n${ctx.inquiry.from.name}\n${ctx.inquiry.replyTo?.address.replace(/[@._-]/g, ' ') ?? ''}`;
  const replyTo = ctx.inquiry.replyTo?.address.toLowerCase() ?? '';
  const b = brandIn(BUYER_BRANDS, text) ?? [...BUYER_BRANDS.byToken].find(([tok]) => replyTo.includes(tok))?.[1];
  if (b) hits.push(hit(ctx, 'scam.bigco-free-mail', `Claims ${b.name} but writes from ${addr}`));
}

const INVISIBLE_NAME = /[\u034f\u0700-\u074f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

function spoofHit(ctx: SignalContext, hits: SignalHit[]): void {
  const { from, replyTo } = ctx.inquiry;
  const v = senderView(ctx);
  const name = from.name;
  if (INVISIBLE_NAME.test(name)) {
    hits.push(hit(ctx, 'scam.sender-spoof', `The sender name hides invisible characters: "${name.slice(0, 60)}"`));
    return;
  }
  // Capped: a display name holding an address needs no more than an address's 320 characters around it.
  const nameAddr = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/i.exec(name.slice(0, 400));
  if (nameAddr) {
    const d = domainOfAddress(nameAddr[0]);
    if (d && v.fromDomain && d !== v.fromDomain) {
      hits.push(hit(ctx, 'scam.sender-spoof', `Name shows ${nameAddr[0]} but the mail comes from ${from.address}`));
      return;
    }
  }
  if (v.relay !== 'platform') {
    const brand = brandIn(SERVICE_BRANDS, name);
    if (brand && !brand.domains.includes(v.fromDomain ?? '')) {
      hits.push(hit(ctx, 'scam.sender-spoof', `Name says ${brand.name} but the mail comes from ${v.fromDomain ?? 'an unknown domain'}`));
      return;
    }
  }
  // A Reply-To one or two letters away from another domain in the mail: "aquiIla" for "aquilla".
  const rd = domainOfAddress(replyTo?.address);
  if (rd) {
    const others = new Set<string>(
      [v.fromDomain ?? '', ...extractEmails(ctx).map((e) => e.domain ?? ''), domainOfAddress(nameAddr?.[0]) ?? ''].filter(Boolean),
    );
    for (const o of others) {
      const a = rd.split('.')[0] ?? '';
      const b = o.split('.')[0] ?? '';
      if (o !== rd && a.length >= 5 && nearMiss(a.toLowerCase(), b.toLowerCase())) {
        hits.push(hit(ctx, 'scam.sender-spoof', `Reply-To ${rd} imitates ${o}`));
        return;
      }
    }
    const la = lookAlikeOf(rd);
    if (la) hits.push(hit(ctx, 'scam.sender-spoof', `Reply-To ${rd} imitates ${la.brand.name}`));
  }
}

export const scamSignal: Signal = {
  name: 'scam',
  run(ctx) {
    const hits: SignalHit[] = [];
    linkHits(ctx, hits);
    attachmentHits(ctx, hits);
    textHits(ctx, hits);
    notificationHit(ctx, hits);
    bigCompanyHit(ctx, hits);
    spoofHit(ctx, hits);
    return hits;
  },
};
