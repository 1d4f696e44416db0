import { isFreeMail } from '../domains/freemail';
import { WORD_END, WORD_START, wordsRegex } from '../text/patterns';
import { senderView } from './domain';
import { bulkFooter, hasThread, header, REPLY_SUBJECT, requestFields, withoutReplyPrefix } from './envelope';
import { findModels, findQuantities } from './product';
import type { Signal, SignalContext, SignalHit } from './types';
import { headOf, hit } from './types';

/**
 * What real buyers do that mass mailers do not: ask for a price, quote or purchase of something they
 * name, write within a real conversation, greet a person by name and sign with the name their address
 * carries. Real buyers write short, untidy mail without the export template; these are the marks a rep
 * trusts in it.
 */

/** The writer asks to buy or be quoted: first person, a request or a question, not a line of an advert. */
const ASK = wordsRegex([
  "(?:i|we|i'm|we're|i am|we are|my (?:wife|friends|company|client|customer|team) and i|my (?:company|client|customer))(?: (?:also|now|still|currently|really|very|would|will|are|am|just))? (?:would like|'d like|want|wish|need|require|intend|plan|am planning|are planning|am looking|are looking|looking|am interested|are interested|interested|am considering|are considering|considering|ready|willing|going)(?: to| in| for)?(?: (?:buy|buying|purchase|purchasing|order|ordering|get|getting|acquire|a quote|a price|quotes?|prices?|pricing|the|a|an|\\d))?",
  '(?:please|kindly|could you|can you|would you|pls)(?: please)? (?:quote|send (?:me |us )?(?:a |your )?(?:quote|quotation|price|prices|offer|bid)|give (?:me |us )?(?:a |your )?(?:quote|price|prices|offer)|let (?:me|us) know (?:the |your )?(?:price|cost|availability))',
  'what (?:is|are|would be) (?:your|the) (?:best |final |total |unit )?(?:price|prices|cost|offer|rate)',
  'how much (?:is|are|for|would|does|do|will)',
  '(?:price|prices|quote|quotation|offer|bid|proposal|pricing) (?:for|on) ',
  'looking (?:for|to (?:buy|purchase|order|source|get))',
  '(?:is it possible|are you able|would it be possible) to (?:buy|purchase|order|get)',
  '(?:can|could|may|where can|how can|how do) (?:i|we) (?:buy|purchase|order|get|obtain)',
  'trying to (?:buy|purchase|order|get|obtain|acquire|source)',
  '(?:do you have|have you got|is there|are there)[^.?!\\n]{1,60}(?:in stock|available)',
  'request for (?:quotation|quote|proposal|bids?|pricing)',
  'bid (?:request|solicitation)',
  'rfq',
  'rfp',
  'wtb',
  'want to buy',
  "(?:i|we|i'll|we'll)(?: will| shall)? (?:buy|take|purchase|order) (?:a|an|the|one|two|three|\\d)",
  "(?:ok|okay|yes|deal)[,.!]? (?:i|we)(?: will|'ll)? (?:buy|take)",
  '(?:need|want|require|send|give) (?:a |the |your |best |good |lowest )?(?:price|prices|quote|quotation|offer|pricing)',
  // "Need CIF price", "require your FOB Shanghai quotation": terms between the verb and the price.
  '(?:need|require|want) (?:your |a |the )?(?:[a-z0-9/-]{1,12} ){1,3}(?:price|prices|quote|quotation|offer|pricing)',
  '(?:price|quote|quotation|offer) (?:please|pls|needed|required|wanted)',
  'please quote',
  'cotizaci[oó]n|cotizar|necesitamos|quisi[eé]ramos|quisiera comprar|precio (?:de|del|para)',
  'cota[cç][aã]o|or[cç]amento|gostar[ií]amos de comprar|precisamos de',
  'Angebot (?:f[üu]r|[üu]ber)|Preis (?:f[üu]r|von)|wir ben[öo]tigen|m[öo]chten (?:bestellen|kaufen)|Anfrage',
  'devis (?:pour|de)|prix (?:de|du|pour)|nous souhaitons (?:acheter|commander)|nous avons besoin',
  'коммерческое предложение|просим (?:выставить|прислать)|нам нужн\\S{0,2}|хотим (?:купить|заказать)',
]);
/** Every ASK alternative holds one of these stems; most sentences hold none, and this check is cheap. */
const ASK_STEM =
  /quot|pric|cost|much|offer|bid|rfq|rfp|wtb|buy|purchas|order|acqui|interest|look|need|requir|want|wish|plan|consider|ready|willing|going|stock|availab|possib|trying|take|deal|please|kindly|could|can |would|cotiz|precio|necesit|quisi|cota|or[cç]amento|pre[cç]o|gostar|precis|angebot|preis|ben[öo]tig|m[öo]chten|anfrage|devis|prix|souhait|besoin|коммерч|прос|нужн|хотим/i;
const ASK_CJK = /报价|价格|询价|采购|购买|订购|多少钱/u;
const asks = (s: string) => (ASK_STEM.test(s) && ASK.test(s)) || ASK_CJK.test(s);

/** Objects that fit any supplier: asking for these is the mass mailer's request, not a buyer's. */
const GENERIC_OBJECT = wordsRegex([
  'your (?:products?|items?|goods|company|catalog(?:ue)?s?|price ?lists?|range|services)',
  '(?:new |reliable |good |potential )?(?:suppliers?|manufacturers?|vendors?|partners?|distributors?|agents?)',
  'catalog(?:ue)?s?',
  'price ?lists?',
  'product ?lists?',
  'all (?:of )?(?:your|the) (?:products|items)',
  'sus productos|seus produtos|vos produits|Ihre(?:n)? Produkte',
  'Katalog(?:e)?|Preislisten?|Produktliste|cat[aá]logos?|listas? de precios?|tabelas? de pre[cç]os?|lista de pre[cç]os|tarifs?|прайс\\S{0,6}|каталог\\S{0,2}|产品目录|价格表|报价单',
]);

// Capitalised words that start sentences or fill letters; not names of things.
const COMMON_CAPS = new Set(
  'I We You Our Your Please Kindly Dear Hello Hi Thanks Thank Regards Best Sir Madam Mr Mrs Ms Dr The This That These Those It Is Are Can Could Would Will Shall May Also And Or But If As At In On For From To Of With By Let Do Does What When Where Which Who How Any All Some My Me Us They He She Re Fw Fwd Subject Sent Cc Attn Note PS Yes No Ok OK Mon Tue Wed Thu Fri Sat Sun Company Products Product Price Prices Quotation Catalog Catalogue Order Email Mail Phone Tel Fax Mobile Website Regards Sincerely Cheers Inc Ltd LLC Co Corp Group Trading FOB CIF EXW MOQ USD EUR ASAP RFQ RFP PO'.split(
    ' ',
  ),
);

/** Capitalised words of subject lines that name no thing. */
const SUBJECT_WORDS =
  /^(?:inquiry|enquiry|request|requests|quotation|quote|purchase|order|offer|business|proposal|partnership|supply|products?|urgent|new|information|info|price|prices|pricing|catalog(?:ue)?|samples?|cooperation|question|questions|hello|greetings|invitation|tender|bid|rfq|rfp|project|import|export|trade|trading|contract|payment|invoice|documents?|attention|important|reply|follow|up|meeting|supplier|distributor|agent|saudi|arabia|dubai|qatar|kuwait|oman|bahrain|iraq|iran|nigeria|ghana|kenya|china|india|turkey|usa|uk|america|europe|africa|asia)$/i;

interface Detail {
  text: string;
  /** A model, a quantity, an amount or a quoted title; a bare proper name is weaker. */
  strong: boolean;
}

/** Concrete things in a sentence: a model, a quantity, an amount, a date, a named thing. */
function detailsIn(sentence: string, models: readonly string[]): Detail[] {
  const out: Detail[] = [];
  for (const m of models) if (sentence.includes(m)) out.push({ text: m, strong: true });
  const amount = /(?:[$€£¥]|USD|US\$|EUR|RMB)\s?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:USD|EUR|dollars|euros)/i.exec(sentence);
  if (amount) out.push({ text: amount[0], strong: true });
  const qty = /(?<![\w.])\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:[a-zA-Z]{2,12}\b|%)(?:\s?(?:per|\/)\s?(?:day|d|month|year|week|hour))?/.exec(sentence);
  if (qty && !/^\d+\s?(?:am|pm|st|nd|rd|th|years?|yrs?|days?|hours?|minutes?)$/i.test(qty[0])) out.push({ text: qty[0], strong: true });
  const counted = /(?<![\w.])(?:a pair of|a dozen|a couple of|one|two|three|four|five|six|ten|twelve|twenty|fifty|hundred)\s[a-z]{3,20}/i.exec(sentence);
  // One or two of a thing is the size of any price question ("a pair of tickets"); a dozen is a purchase.
  if (counted) out.push({ text: counted[0], strong: !/^(?:a pair of|a couple of|one|two)\s/i.test(counted[0]) });
  const quoted = /["“'‘]([A-Z][^"”'’\n]{2,40})["”'’]/.exec(sentence);
  if (quoted) out.push({ text: quoted[0], strong: true });
  // A proper name inside the sentence (not its first word): a brand, a place, a work, a model line.
  // Consecutive capitalised words are one name ("Grand Tourer", "MB Quart").
  // Pushed one by one: an array from .map() changes its V8 shape once the caller is optimised, which throws that code away.
  const words: string[] = [];
  const parts = sentence.split(/\s+/);
  for (let i = 1; i < parts.length; i++) words.push(parts[i]!.slice(0, 40).replace(/^[("'“‘]{1,5}|[)"'”’.,;:!?]{1,5}$/g, ''));
  const isName = (w: string) => /^[A-Z][A-Za-z0-9&-]{1,30}$/.test(w) && !COMMON_CAPS.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!isName(words[i]!) || words[i]!.length < 3) continue;
    let j = i;
    while (j + 1 < words.length && isName(words[j + 1]!)) j++;
    const name = words.slice(i, j + 1).join(' ');
    if (!out.some((d) => d.text.includes(name))) out.push({ text: name, strong: false });
    break;
  }
  return out;
}

const SENTENCE_END = /[.?!](?=[ \t])/g;
const LIST_ITEM = /^\s{0,6}[-•*\d.)]{1,3}\s?\S/;

/**
 * Sentences one at a time, so the search for a request stops at the first that settles it. A list under
 * "the following:" belongs to the sentence that asks ("quote on: 1) LX-100 … 2) LX-200 …").
 */
function* sentencesOf(raw: string): Generator<string> {
  const lines = raw.slice(0, 6000).split('\n');
  let yielded = 0;
  for (let i = 0; i < lines.length && yielded < 120; i++) {
    let line = lines[i]!;
    if (/:\s*$/.test(line.slice(-4))) {
      let j = i + 1;
      while (j < lines.length && j - i <= 20 && lines[j]!.length <= 120 && LIST_ITEM.test(lines[j]!)) j++;
      if (j > i + 1) {
        line = [line, ...lines.slice(i + 1, j)].join(' ; ');
        i = j - 1;
      }
    }
    // Split the line after . ? ! followed by a blank; one native search per sentence end.
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (;;) {
      const m = SENTENCE_END.exec(line);
      const stop = m ? m.index + 1 : line.length;
      const sentence = line.slice(start, stop).trim();
      start = stop;
      if (sentence.length >= 4) {
        yielded++;
        yield sentence;
      }
      if (!m) break;
    }
  }
}

export interface SpecificRequest {
  sentence: string;
  details: string[];
  /** A model, quantity, amount or quoted title, or several named things: not just "a Shinwa bike". */
  strong: boolean;
}

export function specificRequest(ctx: SignalContext): SpecificRequest | undefined {
  return ctx.memo('specific-request', () => {
    const models = findModels(ctx);
    const subject = ctx.inquiry.subject.trim();
    const found: Detail[] = [];
    let first = '';
    let asked = '';
    for (const s of sentencesOf(`${subject}\n${ctx.body}`)) {
      if (!asks(s)) continue;
      if (GENERIC_OBJECT.test(s) && !models.some((m) => s.includes(m))) continue;
      asked ||= s;
      // A subject line is a title, full of capitals: only a model or a quantity makes it specific.
      const fromSubject = s === subject || subject.includes(s);
      const details = detailsIn(s, models).filter((d) => !fromSubject || d.strong);
      if (details.length && !first) first = s;
      for (const d of details) if (!found.some((f) => f.text === d.text)) found.push(d);
      // Enough to call the request specific: the rest of a long mail would not change the verdict.
      if (found.length >= 3 && found.some((d) => d.strong)) break;
    }
    // A reply in a thread, or a subject that names the thing, carries the object the body asks about:
    // "RE: Grand Cherokee" / "Do you have a black one in stock?"; "MB Quart RKC116" / "What is your price?".
    if (asked) {
      const bare = withoutReplyPrefix(subject);
      for (const d of detailsIn(`. ${bare}`, models)) if (!SUBJECT_WORDS.test(d.text) && !found.some((f) => f.text === d.text)) found.push(d);
      for (const m of models.slice(0, 2)) if (!found.some((f) => f.text === m)) found.push({ text: m, strong: true });
      for (const q of findQuantities(ctx).slice(0, 1)) if (!found.some((f) => f.text === q.text)) found.push({ text: q.text, strong: true });
    }
    // A platform's buying request or a web form states product and quantity as fields: that is the request.
    const fields = ctx.inquiry.platform?.product ? ctx.inquiry.platform : requestFields(ctx);
    if (fields?.product && !GENERIC_OBJECT.test(fields.product) && fields.product.trim().split(/\s+/).length <= 12) {
      asked ||= `${fields.product}${fields.quantity ? ` \u2014 ${fields.quantity}` : ''}`;
      // "toys — 1 piece" names a category; "LED panel light 600x600 — 500 pieces" names a product.
      const named = fields.product.trim().split(/\s+/).length >= 2 || /\d/.test(fields.product) || models.length > 0;
      const counted = Boolean(fields.quantity && /\d/.test(fields.quantity)) || findQuantities(ctx).length > 0;
      // The platform fills the product from the listing the buyer clicked; beside its default "interested in
      // your product" text, the product field is the platform's, not the buyer's words.
      const templated = !found.length && [...sentencesOf(ctx.body)].some((b) => (asks(b) || /interested in/i.test(b)) && GENERIC_OBJECT.test(b));
      const product = { text: fields.product.slice(0, 60), strong: named && counted && !templated };
      if (!found.some((f) => f.text === product.text)) found.unshift(product);
      first ||= asked;
    }
    if (!found.length) return undefined;
    return {
      sentence: (first || asked).slice(0, 140),
      details: found.slice(0, 6).map((d) => d.text),
      strong: found.some((d) => d.strong) || found.length >= 2,
    };
  });
}

const NOT_A_NAME = new RegExp(
  `^(?:sir|sirs|madam|sir/madam|all|team|friend|friends|supplier|suppliers|vendor|seller|manufacturer|customer|customers|client|partner|sales|manager|director|purchasing|procurement|colleague|colleagues|everyone|there|valued|concern|beloved|good|greetings|hello|hi|hey|dear|bonjour|hola|hallo|ola|olá|ciao|salut|namaste|services?|team|user|users|member|members|account|support|admin|webmaster|recipient|beneficiary|owner|ceo|attention|attn)${WORD_END}`,
  'i',
);

const GREETING_WORD =
  /^(?:dear|hi|hello|hey|good (?:morning|afternoon|day)|hola|estimad[oa]|querid[oa]|ol[áa]|prezad[oa]|caro|cara|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|ch[èe]re|здравствуйте|уважаем\S{0,3})\s{1,3}(?:(?:mr|mrs|ms|miss|dr|herr|frau|sr|sra|m|mme|prof)\.?\s{1,2})?/iu;
const NAME_AFTER_GREETING = /^([A-Z\u00C0-\u00DE\u0400-\u042F][a-z\u00DF-\u024F\u0430-\u044F'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)\s{0,2}[,:!\n]/u;
const NAME_ALONE = /^([A-Z\u00C0-\u00DE\u0400-\u042F][a-z\u00DF-\u024F\u0430-\u044F'-]{1,20})\s{0,2}[,:](?:\s{0,3}\n|\s{1,3}[A-Z])/u;

/** "Hi Chris," / "Dear Mr. Roberts" / "Mary:" — a person, not "Dear Sir" or the mailbox's name. */
function greetsByName(ctx: SignalContext): string | undefined {
  const opening = ctx.body.slice(0, 300).replace(/^\s+/, '');
  // With a greeting word the name may end the line; without one only "Chris," or "Mary:" reads as an address.
  // The greeting word is matched without case, the name with it: a name starts with a capital.
  const word = GREETING_WORD.exec(opening);
  const rest = word ? opening.slice(word[0].length) : opening;
  const m = word ? NAME_AFTER_GREETING.exec(rest) : NAME_ALONE.exec(rest);
  const name = m?.[1];
  if (!m || !name || NOT_A_NAME.test(name) || COMMON_CAPS.has(name)) return undefined;
  const to = header(ctx, 'to').toLowerCase();
  if (to && to.includes(`${name.toLowerCase()}@`)) return undefined;
  return `${word?.[0] ?? ''}${m[0]}`.trim().slice(0, 40);
}

/** The sign-off names the person the address belongs to: "thanks brad mckay" from brad.mckay@…. */
function signsAsSender(ctx: SignalContext): string | undefined {
  const local = (ctx.inquiry.from.address.split('@')[0] ?? '').toLowerCase();
  const parts = local.split(/[._-]/).filter((p) => p.length >= 3 && /^[a-z]+$/.test(p));
  const display = ctx.inquiry.from.name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((p) => p.length >= 3 && /^\p{L}+$/u.test(p));
  const names = [...new Set([...parts, ...display])];
  if (!names.length) return undefined;
  const tail = ctx.body.slice(-600).toLowerCase();
  const lines = tail.split('\n').slice(-14);
  for (const line of lines) {
    const l = line.trim();
    if (!l || l.length > 60 || l.includes('@') || /^(?:to|from|cc|subject|sent|date)\s{0,2}:/i.test(l)) continue;
    const found = names.find((n) => new RegExp(`${WORD_START}${n}${WORD_END}`, 'i').test(l));
    if (found) return line.trim();
  }
  return undefined;
}

/** A formal procurement document: request for proposal or quotation, bid solicitation, tender. */
const PROCUREMENT = wordsRegex([
  'rfps?',
  'rfqs?',
  'request for (?:proposals?|quotations?|quotes?|bids?|tenders?)',
  'bid (?:requests?|solicitation|package|documents?|clarifications?|forms?)',
  'invitation (?:to|for) (?:bid|tender)',
  'tender (?:documents?|no\\.?|number|ref(?:erence)?)',
  'Ausschreibung',
  'licitaci[oó]n',
  'licita[cç][aã]o',
  "appel d'offres",
  'тендер\\S{0,2}',
]);
const PROCUREMENT_CJK = /招标|投标/u;
/** A reference number right after the word: "RFQ 14886", "RFP #2024-07", "tender no. 45/2025". */
const REFERENCE_AFTER = /^\s{0,2}(?:no\.?|nr\.?|number|#)?\s{0,2}[:#]?\s{0,2}[A-Z]{0,4}[-/]?\d[\d/-]{2,}/i;
/** A deadline: "due Thursday", "due by 9 a.m.", "closing date", "deadline". */
const DEADLINE = wordsRegex([
  'due (?:by|on|date|before)',
  'due (?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'deadline',
  'closing date',
  'submission date',
  'responses? (?:are )?due',
]);
/** The project's or buyer's name before the word: "Rio Bravo RFP", "December Bid Request", "CPS RFQ". */
const NAMED_BEFORE = /((?:[A-Z][\w&.-]{1,24} ){1,4})$/;
/** …or after it: "RFP - Phillips Pet", "RFQ for Dearborn Generation", "Ausschreibung: Klinikum Nord". */
const NAMED_AFTER = /^\s{0,2}(?:[-\u2013:]|for|f[üu]r|para|pour)\s{0,2}((?:[A-Z][\w&.-]{1,24})(?: [A-Z][\w&.-]{1,24}){0,3})/;
const DOCUMENT_FILE = /\.(?:docx?|pdf|xlsx?|rtf|odt|ods)$/i;

/**
 * The buyer's own formal procurement (a utility's RFP, a contractor's bid solicitation, a numbered RFQ):
 * buyers who buy this way write short covering notes and put everything in the document, so the
 * reference, the deadline or the document is the evidence. A stranger's lure carries the same words, but
 * its other marks (the link, the missing or risky attachment, the free mailbox) are judged on their own.
 */
export function procurementReference(ctx: SignalContext): string | undefined {
  return ctx.memo('procurement', () => {
    // The head starts with the subject line: its scan was shared with the other word patterns.
    const text = headOf(ctx);
    const subjectEnd = ctx.text.length - ctx.body.length - 1;
    const m = PROCUREMENT.exec(text) ?? PROCUREMENT_CJK.exec(text);
    if (!m) return undefined;
    const word = m[0];
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = withoutReplyPrefix(text.slice(lineStart, m.index));
    const ref = REFERENCE_AFTER.exec(text.slice(m.index + word.length, m.index + word.length + 24));
    if (ref) return `${word}${ref[0]}`;
    const named = (n: string | undefined) => n !== undefined && n.split(/\s+/).some((w) => !SUBJECT_WORDS.test(w) && !COMMON_CAPS.has(w));
    const name = NAMED_BEFORE.exec(before)?.[1]?.trim();
    // In the body a lone capitalised word before the term is the sentence's first word ("About RFQ…"), not a name.
    const sentenceStart = m.index > subjectEnd && name !== undefined && !/\s/.test(name) && /(?:^|[.!?:]\s{1,3})$/.test(before.slice(0, -name.length - 1));
    if (named(name) && !sentenceStart) return `${name} ${word}`;
    const after = NAMED_AFTER.exec(text.slice(m.index + word.length, m.index + word.length + 60))?.[1];
    if (named(after)) return `${word} \u2013 ${after}`;
    const deadline = DEADLINE.exec(text.slice(Math.max(0, m.index - 200), m.index + 300));
    if (deadline) return `${word} \u2026 ${deadline[0]}`;
    const doc =
      ctx.inquiry.attachments.find((a) => DOCUMENT_FILE.test(a.name))?.name ??
      // Archives and forwards keep the attachment's name as a line of its own (" - BIDREQ12.doc").
      /^[ \t]*-[ \t]+([\w.() -]{1,60}\.(?:docx?|pdf|xlsx?|rtf))[ \t]*$/im.exec(ctx.body)?.[1];
    return doc ? `${word} (${doc})` : undefined;
  });
}

export const requestSignal: Signal = {
  name: 'request',
  run(ctx) {
    const hits: SignalHit[] = [];
    const v = senderView(ctx);
    // A list mailing is addressed to nobody in particular: its requests and greetings are not to you.
    if (v.ownMail || bulkFooter(ctx) || ctx.inquiry.undisclosedRecipients) return hits;
    const req = specificRequest(ctx);
    if (req) hits.push(hit(ctx, req.strong ? 'request.specific' : 'request.named', `${req.sentence} (${req.details.slice(0, 3).join(', ')})`));
    // A free mailbox or a relay names no organisation whose procurement this could be.
    const procurement = !v.relay && !isFreeMail(v.buyerDomain, ctx.settings.extraFreeMailDomains) ? procurementReference(ctx) : undefined;
    if (procurement) hits.push(hit(ctx, 'request.procurement', procurement));
    const subject = ctx.inquiry.subject;
    if (hasThread(ctx) && REPLY_SUBJECT.test(subject)) {
      hits.push(
        hit(
          ctx,
          'request.thread',
          header(ctx, 'in-reply-to') ? `"${subject.slice(0, 80)}" replies to an earlier message` : `"${subject.slice(0, 80)}" quotes the earlier messages`,
        ),
      );
    }
    // A platform's template greets the seller by the name on the account: that greeting is the platform's.
    const greet = v.relay === 'platform' ? undefined : greetsByName(ctx);
    // Pasted mail carries its headers in the text: a greeting to undisclosed recipients is to nobody.
    if (greet && !headOf(ctx).includes('undisclosed')) hits.push(hit(ctx, 'request.named-greeting', greet));
    // A relay's address is the platform's or the form's, and a free mailbox names no company to sign for.
    const sign = !v.relay && !isFreeMail(v.buyerDomain) ? signsAsSender(ctx) : undefined;
    if (sign) hits.push(hit(ctx, 'request.signed', `${sign} \u2194 ${ctx.inquiry.from.address}`));
    return hits;
  },
};
