import { isFreeMail } from '../domains/freemail';
import { domainOfAddress } from '../extract/urls';
import { wordsRegex } from '../text/patterns';
import { bulkFooter } from './envelope';
import { specificRequest } from './request';
import type { Signal, SignalHit } from './types';
import { headOf, hit } from './types';

/** Someone selling to the rep: agencies, marketers, spam offers. Not a buyer, however polite. */
const SALES_PITCH = wordsRegex([
  '(?:redesign|upgrade|repair|improve) (?:your|the) (?:web ?site|site|online presence)',
  'web ?(?:designer|developer|design services)',
  '(?:seo|search engine optimi[sz]ation|digital marketing|lead generation|social media marketing) (?:services?|agency|company|experts?)',
  'rank (?:higher|on the first page|on google)',
  'first page of google',
  'can i send you (?:a|our) (?:quote|proposal|package|price list|portfolio)',
  '(?:get|request|claim) (?:a |your )?free (?:quote|consultation|trial|estimate)',
  'free quotes? (?:now|today)',
  'get a quote today',
  'pre-?approved',
  'cash ?back',
  'without (?:a )?prescription',
  'limited[- ]time offer',
  'special offer for you',
  '\\d{1,2} ?% (?:discount|off)',
  'click (?:here )?to (?:apply|claim|unsubscribe)',
  'we (?:can|could) (?:help|assist) you (?:to |with )?(?:grow|increase|boost|get more|improve|rank)',
  'increase your (?:sales|traffic|revenue|leads)',
  'our (?:services|solutions) include',
  'home warranty|auto (?:warranty|protection)|coverage quote|insurance quotes?',
  // Consumer advertising: nobody buys from a supplier this way.
  'order (?:today|now)',
  'shop now',
  'limited (?:time )?offer',
  "don'?t miss (?:out|this)",
  'you (?:may|could) (?:be|qualify|now be) (?:eligible|qualified)',
  'save (?:up to )?(?:\\$|€|£)?\\d',
  'as low as (?:\\$|€|£)',
  'free (?:shipping|gift|trial)',
  'compare (?:[a-z]{2,12} ){0,2}(?:quotes|rates|prices)',
  'exclusive (?:deal|deals|discount)',
  '(?:get|claim|start|request) (?:your |a )?(?:free|instant) (?:quote|estimate|reward|gift)',
  'rewards? (?:points|program|card)',
  'credit (?:card )?(?:offer|approval)|pre-?qualified',
  'upgrade (?:now|today)|atualize agora|actualice ahora',
  'weight loss|diet pills?|viagra|cialis|casino|crypto(?:currency)? (?:profit|trading)',
]);

/** "DanvlIyBH@…", "dnezq4w9590u@…": throw-away mailboxes of bulk senders. */
export function gibberishMailbox(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  if (local.length < 5 || local.length > 40 || /[._+-]/.test(local)) return false;
  const switches = (local.match(/[a-z](?=[A-Z])|[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length;
  return switches >= 2;
}

/** Any sign the writer wants to buy: asks for price, quotation, catalogue, samples, or says they need goods. */
const BUYING_INTENT = [
  wordsRegex([
    'price(?:s|list| list)?',
    'pricing',
    'quot(?:e|es|ation|ations|ing)',
    'rfq',
    'rfp',
    'bid (?:request|solicitation|due)',
    'request for (?:proposals?|bids?)',
    'proposal',
    'catalog(?:ue)?s?',
    'samples?',
    'moq',
    'proforma',
    'pi',
    'offer',
    'buy(?:ing)?',
    'purchas(?:e|ing)',
    'import(?:ing)?',
    'sourcing',
    'distributor(?:ship)?',
    '(?:we|i) (?:need|require|want|are looking for|am looking for|are interested|am interested|would like to order|wish to order|plan to order)',
    'interested in',
    'looking for',
    'order (?:from you|with you|some|your)',
    'cota[cç][aã]o',
    'or[cç]amento',
    'pre[cç]os?',
    'precios?',
    'cotizaci[oó]n',
    'presupuesto',
    'comprar',
    'Preis(?:e|liste)?',
    'Angebot',
    'bestellen',
    'prix',
    'devis',
    'acheter',
    'цен[аыу]',
    'прайс',
    'коммерческое предложение',
    'купить',
    'закупк\\S{0,3}',
    // Buying a service is buying too: paid work, a contract, a budget for someone's time.
    'paid (?:contract|work|project|job|engagement|consulting|support|development)',
    '(?:on a )?(?:contract|freelance|consulting) (?:basis|work|engagement|job)',
    "(?:we|i)(?:'ll| will| would| can| are willing to| am willing to| are happy to) pay (?:you|for|someone|a)",
    'hir(?:e|ing) (?:a|an|someone|you|your)',
    'bounty',
    'budget (?:of|is|for)',
    'contratar',
    'pagaremos',
    'rémunéré',
    'nous paierons',
    'beauftragen',
    'gegen Bezahlung',
    'заплатим',
    'нанять',
  ]),
  /(?:报价|价格|价钱|询价|样品|采购|购买|有偿|付费|外包|聘请|预算)/u,
];

export const intentSignal: Signal = {
  name: 'intent',
  run(ctx) {
    const hits: SignalHit[] = [];
    const text = headOf(ctx);
    const pitch = SALES_PITCH.exec(text);
    if (pitch) {
      // An advert mailed in bulk is spam, not a buyer: the rep should not answer it at all.
      const bulk =
        bulkFooter(ctx) ??
        (ctx.inquiry.undisclosedRecipients ? 'undisclosed recipients' : undefined) ??
        (gibberishMailbox(ctx.inquiry.from.address) ? `mailbox ${ctx.inquiry.from.address}` : undefined) ??
        (isFreeMail(domainOfAddress(ctx.inquiry.from.address)) ? `free mailbox ${ctx.inquiry.from.address}` : undefined);
      hits.push(bulk ? hit(ctx, 'scam.bulk-advert', `"${pitch[0]}" sent in bulk (${bulk})`) : hit(ctx, 'vague.sales-pitch', pitch[0]));
    } else {
      const footer = bulkFooter(ctx);
      if (footer) hits.push(hit(ctx, 'vague.bulk-mail', footer));
    }
    const wants = Boolean(specificRequest(ctx)) || BUYING_INTENT.some((re) => re.test(text));
    if (!wants) hits.push(hit(ctx, 'vague.no-buying-intent', 'No product, price, quotation, catalogue or sample is asked for'));
    return hits;
  },
};
