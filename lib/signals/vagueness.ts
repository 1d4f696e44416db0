import { wordsRegex } from '../text/patterns';
import { findModels, findQuantities } from './product';
import { specificRequest } from './request';
import type { Signal, SignalHit } from './types';
import { headOf, hit, wordsUpTo } from './types';

const GENERIC = wordsRegex([
  "(?:we are|we're|i am|i'm) (?:very )?interested in (?:your|buying your|purchasing your|some of your) (?:products?|items?|goods|company)",
  'interested in your products?',
  '(?:please |kindly )?send (?:us |me )?(?:your )?(?:latest |full |complete |updated )?(?:catalog(?:ue)?s?|price ?lists?|pricelists?)(?: and| with| &)?(?: your)?(?: best| latest| lowest)?(?: prices?| price ?lists?| quotations?| catalog(?:ue)?s?)?',
  'what (?:products|items) do you (?:have|make|produce|sell|offer)',
  '(?:we|i) (?:want|wish|would like) to (?:buy|purchase|import) your products?',
  "i(?:'m| am) interested in your product\\. ?please send me (?:the )?(?:price|quotation|details)",
  'we are looking for (?:new )?(?:reliable )?suppliers?(?: for our company)?',
  'always looking for new suppliers',
  'estamos interesad[oa]s en (?:sus|vuestros) productos',
  'me interesan sus productos',
  'env[ií]e(?:n)?(?:me|nos) (?:su )?cat[aá]logo',
  'temos interesse (?:nos|em) (?:seus|vossos) produtos',
  'estamos interessad[oa]s (?:nos|em) (?:seus|vossos) produtos',
  'envie(?:-nos)? (?:o )?(?:seu )?cat[aá]logo',
  'nous sommes int[ée]ress[ée]s par vos produits',
  'envoyez-nous votre catalogue',
  'wir (?:sind|wären) an Ihren Produkten interessiert',
  'wir interessieren uns f[üu]r Ihre Produkte',
  '(?:senden|schicken) Sie uns (?:bitte )?Ihren? (?:Katalog|Preisliste)',
  'мы заинтересованы в (?:вашей|ваших) продук\\S{0,4}',
  'пришлите (?:нам )?(?:ваш )?(?:каталог|прайс)',
  'please (?:send|provide) (?:me|us) (?:the )?(?:price|quotation|details)(?:,| and) (?:moq|minimum order|lead time|delivery)',
]);

const LARGE_QTY = wordsRegex([
  '(?:large|big|huge|bulk|massive|good|high|big volume of|large volume of) (?:quantit(?:y|ies)|orders?|requirements?|volumes?|purchases?)',
  'bulk (?:order|purchase|quantity)',
  'container ?loads?',
  'big requirement',
  'in large quantities',
  'grandes? cantidad(?:es)?',
  'grandes? quantidades?',
  'große(?:n)? Mengen',
  'grandes quantit[ée]s',
  'больш(?:ой|ие|их) (?:объ[её]м\\S{0,2}|партии|количеств\\S{0,2})',
]);

const ALL_PRODUCTS = wordsRegex([
  'all (?:of )?your (?:products|items|models|range)',
  '(?:your )?(?:full|complete|entire|whole) (?:product )?(?:catalog(?:ue)?|range|price ?list|product line)',
  'prices? (?:of|for) all (?:items|products|models)',
  'all (?:items|models|products) (?:you|in your)',
  'every (?:[a-z]{2,15} )?(?:item|product|model)s?',
  'all (?:[a-z]{2,15} )?(?:items|products|models) you (?:have|make|produce|sell)',
  'todos (?:sus|los|os) (?:seus )?productos',
  'todos os (?:seus )?produtos',
  'tous vos produits',
  'alle (?:Ihre )?Produkte',
  'всю (?:вашу )?продукцию|весь ассортимент',
]);

const COST_FISHING = wordsRegex([
  'cost (?:structure|breakdown|of production|price)',
  'production cost',
  'profit margin',
  '(?:raw )?material suppliers?',
  'who (?:are|is) your suppliers?',
  'which (?:brand|supplier|company|manufacturer)s? (?:of|for) [a-z ]{2,30} do you use',
  '(?:brand|supplier)s? of (?:your )?(?:copper|bearings?|chips?|motors?|components?|raw materials?)',
  '(?:biggest|largest|main|major|key) customers',
  'export volume',
  'sub-?contractors?',
  '(?:machine|equipment) suppliers?',
  'production capacity and (?:your )?(?:customers|suppliers)',
  "bachelor|master'?s? thesis|dissertation|research project|survey|questionnaire",
  'Kostenstruktur|Lieferanten Ihrer',
  'estructura de costos|costo de producci[oó]n',
  'estrutura de custos',
]);

const FREE_SAMPLES = wordsRegex([
  'free samples?',
  'samples? (?:free of charge|for free|at no cost|without charge)',
  '(?:we|i) (?:will |can )?not pay (?:for )?(?:the )?(?:courier|freight|shipping|samples?)',
  "(?:we|i) (?:don't|do not|won't|cannot|can't) pay (?:for )?(?:the )?(?:courier|freight|shipping|samples?)",
  'muestras? gratis|muestras? sin costo',
  'amostras? gr[áa]tis',
  'kostenlose(?:n)? Muster',
  '[ée]chantillons? gratuits?',
  'бесплатн\\S{0,3} образц\\S{0,3}',
  '免费样品',
]);
const OFFERS_TO_PAY = wordsRegex([
  '(?:we|i) (?:will|would|can|shall) (?:gladly )?pay',
  'our (?:fedex|dhl|ups|tnt|courier) account',
  'freight collect',
  'at our (?:cost|expense)',
]);

const DEAR_SIR = wordsRegex([
  'dear (?:sir|sirs|madam|sir/madam|sir or madam|supplier|manufacturer|seller|friend|all)',
  'to whom it may concern',
  'estimad[oa]s? señor(?:es)?',
  'prezados? senhor(?:es)?',
  'sehr geehrte damen und herren',
  'madame, monsieur',
  'уважаемые господа',
]);
const URGENCY = wordsRegex(['urgent(?:ly)?', 'asap', 'as soon as possible', 'immediately', 'urgente', 'dringend', 'срочно']);
const EXCLUSIVE = wordsRegex([
  'exclusive (?:distributor|distribution|agent|agency|rights|representative)(?:ship)?',
  'sole (?:agent|distributor|representative)',
  'distributorship',
  'exclusividad|distribuidor exclusivo',
  'exclusividade|distribuidor exclusivo',
  'Alleinvertrieb|exklusive(?:r|n)? (?:Vertrieb|Händler)',
  'distributeur exclusif',
  'эксклюзивн\\S{0,3} (?:дистрибьютор|права|представител)',
]);
const REORDER = wordsRegex([
  '(?:our|last|previous|earlier|from|per|as) (?:PO|P\\.O\\.|order|purchase order)(?: no\\.?| number)?[\\s#:]{1,3}[A-Z0-9/-]{0,10}\\d[A-Z0-9/-]{1,15}',
  'repeat order',
  're-?order',
  'same as (?:last|the previous) (?:time|order)',
  'as (?:per|in) our (?:last|previous) order',
  'Nachbestellung|Folgeauftrag',
  'pedido anterior|nuevo pedido igual',
  'commande pr[ée]c[ée]dente|r[ée]assort',
  'повторн\\S{0,2} заказ',
]);

/** Asking for the best price is what every buyer says: template wording only where nothing is named. */
const BEST_PRICE_ASK = wordsRegex(['(?:send|give|quote) (?:us |me )?your (?:best|lowest|cheapest|competitive) (?:price|prices|offer|quotation)']);

const SHORT_MAIL_WORDS = 25;

export const vaguenessSignal: Signal = {
  name: 'vagueness',
  run(ctx) {
    const hits: SignalHit[] = [];
    const t = headOf(ctx);
    const models = findModels(ctx);
    const qtys = findQuantities(ctx);
    // A short request that names what it wants with an amount ("a dozen … for $155") is brief, not vague.
    const specific = models.length > 0 || qtys.length > 0 || Boolean(specificRequest(ctx)?.strong);
    const m = (re: RegExp) => re.exec(t)?.[0];

    const generic = m(GENERIC) ?? (specific ? undefined : m(BEST_PRICE_ASK));
    if (generic) hits.push(hit(ctx, 'vague.generic-phrase', generic));
    const large = m(LARGE_QTY);
    if (large && !qtys.length) hits.push(hit(ctx, 'vague.large-quantity', large));
    const all = m(ALL_PRODUCTS);
    if (all) hits.push(hit(ctx, 'vague.all-products', all));
    // A catalog only adds ways to name a product (models written with spaces); having one is no evidence.
    const namesCatalogModel = () => {
      const catalog = ctx.settings.catalog;
      if (!catalog.length || catalog.length > 5000) return false;
      const norm = (s: string) => s.toUpperCase().replace(/[\s._/-]/g, '');
      const flat = norm(t);
      return catalog.some((c) => {
        const k = norm(c.model);
        return k.length >= 4 && flat.includes(k);
      });
    };
    if (!models.length && !qtys.length && !ctx.inquiry.platform?.product && !specificRequest(ctx) && !namesCatalogModel())
      hits.push(hit(ctx, 'vague.no-product', 'No model, part number or quantity'));
    if (ctx.inquiry.undisclosedRecipients || ctx.inquiry.toCount > 20)
      hits.push(hit(ctx, 'vague.undisclosed-recipients', ctx.inquiry.undisclosedRecipients ? 'undisclosed-recipients' : `${ctx.inquiry.toCount} recipients`));
    const fishing = m(COST_FISHING);
    if (fishing) hits.push(hit(ctx, 'vague.cost-fishing', fishing));
    const free = m(FREE_SAMPLES);
    if (free && !OFFERS_TO_PAY.test(t)) hits.push(hit(ctx, 'vague.free-samples', free));
    const words = wordsUpTo(ctx.body, SHORT_MAIL_WORDS);
    if (words < SHORT_MAIL_WORDS && !specific) hits.push(hit(ctx, 'vague.very-short', `${words} words`));
    // An empty mail with nothing attached: the subject alone cannot be qualified, whatever it names. (A
    // short note pointing to a missing attachment is not enough: forwards and lists drop attachments.)
    if (words === 0 && ctx.inquiry.attachments.length === 0) hits.push(hit(ctx, 'vague.no-content', 'The mail has no text and no attachment'));
    const dear = m(DEAR_SIR);
    if (dear && !specific) hits.push(hit(ctx, 'vague.dear-sir', dear));
    const urgent = m(URGENCY);
    if (urgent && !specific) hits.push(hit(ctx, 'vague.urgency', urgent));
    const exclusive = m(EXCLUSIVE);
    if (exclusive) hits.push(hit(ctx, 'vague.exclusive', exclusive));
    const reorder = m(REORDER);
    if (reorder) hits.push(hit(ctx, 'meta.reorder', reorder, { ref: reorder }));
    return hits;
  },
};
