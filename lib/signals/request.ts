import { isFreeMail } from '../domains/freemail';
import { WORD_END, WORD_START, wordsRegex } from '../text/patterns';
import { senderView } from './domain';
import { hasThread, header } from './lure';
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
  "(?:please|kindly|could you|can you|would you|pls)(?: please)? (?:quote|send (?:me |us )?(?:a |your )?(?:quote|quotation|price|prices|offer|bid)|give (?:me |us )?(?:a |your )?(?:quote|price|prices|offer)|let (?:me|us) know (?:the |your )?(?:price|cost|availability))",
  'what (?:is|are|would be) (?:your|the) (?:best |final |total |unit )?(?:price|prices|cost|offer|rate)',
  'how much (?:is|are|for|would|does|do|will)',
  '(?:price|prices|quote|quotation|offer|bid|proposal|pricing) (?:for|on) ',
  'looking for (?:a |an |the )?(?:two-way |firm |best )?(?:quote|price|offer|bid)',
  '(?:do you have|have you got|is there|are there)[^.?!\\n]{1,60}(?:in stock|available)',
  'request for (?:quotation|quote|proposal|bids?|pricing)',
  'bid (?:request|solicitation)',
  'rfq',
  'rfp',
  'wtb',
  'want to buy',
  'cotizaci[oó]n|cotizar|necesitamos|quisi[eé]ramos|quisiera comprar|precio (?:de|del|para)',
  'cota[cç][aã]o|or[cç]amento|gostar[ií]amos de comprar|precisamos de',
  'Angebot (?:f[üu]r|[üu]ber)|Preis (?:f[üu]r|von)|wir ben[öo]tigen|m[öo]chten (?:bestellen|kaufen)|Anfrage',
  'devis (?:pour|de)|prix (?:de|du|pour)|nous souhaitons (?:acheter|commander)|nous avons besoin',
  'коммерческое предложение|просим (?:выставить|прислать)|нам нужн\\S{0,2}|хотим (?:купить|заказать)',
]);
const ASK_CJK = /报价|价格|询价|采购|购买|订购|多少钱/u;

/** Objects that fit any supplier: asking for these is the mass mailer's request, not a buyer's. */
const GENERIC_OBJECT = wordsRegex([
  'your (?:products?|items?|goods|company|catalog(?:ue)?s?|price ?lists?|range|services)',
  'catalog(?:ue)?s?',
  'price ?lists?',
  'product ?lists?',
  'all (?:of )?(?:your|the) (?:products|items)',
  'sus productos|seus produtos|vos produits|Ihre(?:n)? Produkte',
]);

// Capitalised words that start sentences or fill letters; not names of things.
const COMMON_CAPS = new Set(
  'I We You Our Your Please Kindly Dear Hello Hi Thanks Thank Regards Best Sir Madam Mr Mrs Ms Dr The This That These Those It Is Are Can Could Would Will Shall May Also And Or But If As At In On For From To Of With By Let Do Does What When Where Which Who How Any All Some My Me Us They He She Re Fw Fwd Subject Sent Cc Attn Note PS Yes No Ok OK Mon Tue Wed Thu Fri Sat Sun Company Products Product Price Prices Quotation Catalog Catalogue Order Email Mail Phone Tel Fax Mobile Website Regards Sincerely Cheers Inc Ltd LLC Co Corp Group Trading FOB CIF EXW MOQ USD EUR ASAP RFQ RFP PO'.split(' '),
);

/** Concrete things in a sentence: a model, a quantity, an amount, a date, a named thing. */
function detailsIn(sentence: string, models: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of models) if (sentence.includes(m)) out.push(m);
  const amount = /(?:[$€£¥]|USD|US\$|EUR|RMB)\s?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:USD|EUR|dollars|euros)/i.exec(sentence);
  if (amount) out.push(amount[0]);
  const qty = /(?<![\w.])\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:[a-zA-Z]{2,12}\b|%)(?:\s?(?:per|\/)\s?(?:day|d|month|year|week|hour))?/.exec(sentence);
  if (qty && !/^\d+\s?(?:am|pm|st|nd|rd|th|years?|yrs?|days?|hours?|minutes?)$/i.test(qty[0])) out.push(qty[0]);
  const counted = /(?<![\w.])(?:a pair of|a dozen|a couple of|one|two|three|four|five|six|ten|twelve|twenty|fifty|hundred)\s[a-z]{3,20}/i.exec(sentence);
  if (counted) out.push(counted[0]);
  const quoted = /["“'‘]([A-Z][^"”'’\n]{2,40})["”'’]/.exec(sentence);
  if (quoted) out.push(quoted[0]);
  // A proper name inside the sentence (not its first word): a brand, a place, a work, a model line.
  const words = sentence.split(/\s+/).slice(1);
  for (const w of words) {
    const clean = w.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, '');
    if (/^[A-Z][A-Za-z0-9&-]{2,30}$/.test(clean) && !COMMON_CAPS.has(clean)) {
      out.push(clean);
      break;
    }
  }
  return out;
}

function sentencesOf(text: string): string[] {
  // A list under "the following:" belongs to the sentence that asks.
  return text
    .slice(0, 6000)
    .replace(/:\s*\n(?:\s{0,6}[-•*\d.)]{1,3}\s?[^\n]{1,120}\n?){1,20}/g, (m) => m.replace(/\n/g, ' ; '))
    .split(/(?<=[.?!])\s+|\n{1,}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4)
    .slice(0, 120);
}

export function specificRequest(ctx: SignalContext): { sentence: string; details: string[] } | undefined {
  return ctx.memo('specific-request', () => {
    const models = findModels(ctx);
    const text = `${ctx.inquiry.subject}\n${ctx.body}`;
    const subject = ctx.inquiry.subject.trim();
    for (const s of sentencesOf(text)) {
      if (!ASK.test(s) && !ASK_CJK.test(s)) continue;
      if (GENERIC_OBJECT.test(s) && !models.some((m) => s.includes(m))) continue;
      const details = detailsIn(s, models);
      // A subject line is a title, full of capitals: only a model or a quantity makes it specific.
      const fromSubject = s === subject || subject.includes(s);
      if (fromSubject ? details.some((d) => models.includes(d) || /\d/.test(d)) : details.length) return { sentence: s.slice(0, 140), details };
    }
    // A subject naming the thing beside a body that asks for a price: "MB Quart RKC116" / "What is your price?".
    if (findModels(ctx).length || findQuantities(ctx).length) {
      const asking = sentencesOf(ctx.body).find((s) => (ASK.test(s) || ASK_CJK.test(s)) && !GENERIC_OBJECT.test(s));
      if (asking) return { sentence: asking.slice(0, 140), details: [...findModels(ctx).slice(0, 2), ...findQuantities(ctx).slice(0, 1).map((q) => q.text)] };
    }
    return undefined;
  });
}

const NOT_A_NAME = new RegExp(
  `^(?:sir|sirs|madam|sir/madam|all|team|friend|friends|supplier|suppliers|vendor|seller|manufacturer|customer|customers|client|partner|sales|manager|director|purchasing|procurement|colleague|colleagues|everyone|there|valued|concern|beloved|good|greetings|hello|hi|hey|dear|bonjour|hola|hallo|ola|olá|ciao|salut|namaste|services?|team|user|users|member|members|account|support|admin|webmaster|recipient|beneficiary|owner|ceo|attention|attn)${WORD_END}`,
  'i',
);

/** "Hi Chris," / "Dear Mr. Roberts" / "Mary:" — a person, not "Dear Sir" or the mailbox's name. */
function greetsByName(ctx: SignalContext): string | undefined {
  const opening = ctx.body.slice(0, 300).replace(/^\s+/, '');
  // With a greeting word the name may end the line; without one only "Chris," or "Mary:" reads as an address.
  const m =
    /^(?:(?:dear|hi|hello|hey|good (?:morning|afternoon|day)|hola|estimad[oa]|querid[oa]|ol[áa]|prezad[oa]|caro|cara|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|ch[èe]re|здравствуйте|уважаем\S{0,3})\s{1,3}(?:(?:mr|mrs|ms|miss|dr|herr|frau|sr|sra|m|mme|prof)\.?\s{1,2})?([A-Z\u00C0-\u024F\u0400-\u04FF][a-z\u00E0-\u024F\u0430-\u04FF'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)\s{0,2}[,:!\n]|([A-Z\u00C0-\u024F\u0400-\u04FF][a-z\u00E0-\u024F\u0430-\u04FF'-]{1,20})\s{0,2}[,:](?:\s{0,3}\n|\s{1,3}[A-Z]))/u.exec(
      opening,
    );
  const name = m?.[1] ?? m?.[2];
  if (!m || !name || NOT_A_NAME.test(name) || COMMON_CAPS.has(name)) return undefined;
  const to = header(ctx, 'to').toLowerCase();
  if (to && to.includes(`${name.toLowerCase()}@`)) return undefined;
  return m[0].trim().slice(0, 40);
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

export const requestSignal: Signal = {
  name: 'request',
  run(ctx) {
    const hits: SignalHit[] = [];
    const v = senderView(ctx);
    if (v.ownMail) return hits;
    const req = specificRequest(ctx);
    if (req) hits.push(hit(ctx, 'request.specific', `${req.sentence} (${req.details.slice(0, 3).join(', ')})`));
    const subject = ctx.inquiry.subject;
    if (hasThread(ctx) && /^\s{0,3}(?:re|aw|sv|vs|r|rif|antw|odp|ответ|回复|答复)\s{0,2}[:：]/i.test(subject)) {
      hits.push(hit(ctx, 'request.thread', header(ctx, 'in-reply-to') ? `"${subject.slice(0, 80)}" replies to an earlier message` : `"${subject.slice(0, 80)}" quotes the earlier messages`));
    }
    const greet = greetsByName(ctx);
    if (greet && !headOf(ctx).includes('undisclosed')) hits.push(hit(ctx, 'request.named-greeting', greet));
    if (!isFreeMail(v.buyerDomain) || v.relay) {
      const sign = v.relay ? undefined : signsAsSender(ctx);
      if (sign) hits.push(hit(ctx, 'request.signed', `${sign} \u2194 ${ctx.inquiry.from.address}`));
    }
    return hits;
  },
};
