import { wordsRegex } from '../text/patterns';
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
  'home warranty|auto (?:warranty|protection)|coverage quote|insurance quote',
]);

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
  ]),
  /(?:报价|价格|价钱|询价|样品|采购|购买)/u,
];

export const intentSignal: Signal = {
  name: 'intent',
  run(ctx) {
    const hits: SignalHit[] = [];
    const pitch = SALES_PITCH.exec(headOf(ctx));
    if (pitch) hits.push(hit(ctx, 'vague.sales-pitch', pitch[0]));
    const wants = Boolean(specificRequest(ctx)) || BUYING_INTENT.some((re) => re.test(headOf(ctx)));
    if (!wants) hits.push(hit(ctx, 'vague.no-buying-intent', 'No product, price, quotation, catalogue or sample is asked for'));
    return hits;
  },
};
