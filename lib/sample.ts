import type { Reason, SampleAdvice } from './analysis';
import type { SamplePolicy } from './settings';
import { BANDS } from './weights';
import type { ScoredHit } from './analysis';
import { hasHit as has, hitOf } from './signals/types';
import { firstMatch, wordsRegex } from './text/patterns';

const SAMPLE_REQUEST = [
  wordsRegex([
    'samples?',
    'sampling',
    'trial (?:order|pieces|batch)',
    'test(?:ing)? (?:pieces|units)',
    '(?:pieces|pcs|units|nos) for (?:testing|evaluation|eval|trial|approval)',
    'eval(?:uation)? (?:samples?|units|pieces)',
    'swatch(?:es)?',
    'lab dips?',
    'hangers?',
    'prototypes?',
    'pre-?production (?:sample|piece)s?',
    'first article',
    'FAI',
    'muestras?',
    'amostras?',
    '[ée]chantillons?',
    'Muster(?:n)?',
    'Probe(?:n|st[uü]ck[e]?)?',
    'образ(?:ец|цы|цов|ца)',
  ]),
  /(?:样品|样板|打样)/u,
];

/** The buyer offers to pay for the samples themselves. */
const PAYS_SAMPLE = [
  wordsRegex([
    '(?:we|i) (?:will|would|can|shall|are happy to|are willing to|agree to|are ready to) (?:gladly )?(?:pay|cover|bear)',
    'pay(?:ing)? for (?:the )?(?:samples?|sample cost)',
    'sample (?:cost|charge|fee)s? (?:will be|is|are) (?:borne|paid|covered) by (?:us|our)',
    '(?:send|issue) (?:me |us )?(?:a |the )?(?:PI|proforma(?: invoice)?) for (?:the )?samples?',
    'PI for (?:the )?samples?',
    'at our (?:cost|expense)',
    '(?:wir|ich) (?:bezahlen|übernehmen|zahlen)',
    'kostenpflichtig',
    '(?:pagaremos|pagamos|podemos pagar|nosotros pagamos|assumimos|arcaremos|pagaremos (?:as|las) (?:amostras|muestras))',
    '(?:nous paierons|nous prenons en charge|[àa] nos frais)',
    '(?:оплатим|мы оплатим|за наш сч[её]т)',
  ]),
  /(?:我们(?:支付|承担|付)样品)/u,
];

/** The buyer offers only to pay the freight, e.g. on their own courier account. */
const PAYS_FREIGHT = [
  wordsRegex([
    '(?:our|my) (?:own )?(?:FedEx|DHL|UPS|TNT|courier|express|import) (?:\\w{2,10} )?account',
    'freight collect',
    'collect account',
    'pay(?:ing)? for (?:the )?(?:freight|courier|shipping)',
    'nuestra cuenta (?:de )?(?:DHL|FedEx|UPS|TNT)',
    'nossa conta (?:de |da )?(?:DHL|FedEx|UPS|TNT|importa[çc][ãa]o)',
    'nuestra cuenta de importaci[oó]n',
    'notre compte (?:DHL|FedEx|UPS|TNT)',
    'unser(?:em)? (?:DHL|FedEx|UPS|TNT)[- ]Konto',
  ]),
  /(?:到付|我们(?:支付|承担|付)运费)/u,
];

/** The buyer wants prices first, samples later ("once we agree the price we will order samples"). */
const SAMPLES_LATER = wordsRegex([
  '(?:samples?|sampling) (?:only )?(?:after|once|when) (?:the |we )?(?:price|prices|quotation|quote|terms|agree)',
  '(?:first|after|once|when)[^.\\n]{0,60}(?:price|prices|quotation|quote|offer|agree)[^.\\n]{0,80}samples?',
  '(?:muestras?|amostras?|échantillons?|Muster) (?:después|depois|après|nach)[^.\\n]{0,40}(?:precio|preço|prix|Preis)',
]);

/** Samples made to the buyer's design or print cost real money to make. */
const CUSTOM_SAMPLE = wordsRegex([
  '(?:printed|custom(?:i[sz]ed)?|with (?:our|their) logo|pre-?production|first article|FAI|machined|tooling|mould|mold|private[- ]label) (?:sample|samples|piece|pieces)',
  'samples? (?:with|bearing) (?:our|the) (?:logo|print|artwork|brand)',
  'FAI samples?',
  'first article',
]);

/** Cheap or token samples: swatches, unprinted pieces, a few parts of a high-volume consumable. */
const TOKEN_SAMPLE = wordsRegex([
  'swatch(?:es)?',
  'lab dips?',
  'hangers?',
  'unprinted (?:samples?|pieces|bags)',
  '(?:a few|few|some small|small|\\d{1,3}) (?:pcs|pieces|nos|units|samples|boxes|box|bags|pairs)(?: each| of each| per size| per model)?(?: for (?:testing|evaluation|eval|trial))?',
  '(?:1|one) box (?:per|of each|each)',
  '(?:una|1) caja (?:de muestra )?(?:por|de cada)',
  '(?:uma|1) caixa (?:de amostra )?(?:por|de cada)',
  '(?:pocas|algunas|unas) (?:muestras|piezas)',
  '(?:poucas|algumas) (?:amostras|peças)',
  'quelques (?:échantillons|pièces)',
  '(?:einige|ein paar|wenige) (?:Muster|Stück)',
  'несколько (?:образцов|штук)',
]);

const CONDITIONAL = /(?:^|[\s,;(])(?:if|in case|should|si|se|caso|falls|wenn|sofern|если)\s[^.!?\n]{0,80}$/iu;

/** "We will use our DHL account" counts; "if freight is high we can use our account" is only a fallback. */
function unconditionalFreightOffer(text: string): string | undefined {
  for (const re of PAYS_FREIGHT) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf(';', m.index)) + 1;
      if (!CONDITIONAL.test(text.slice(sentenceStart, m.index))) return m[0];
    }
  }
  return undefined;
}

const REFUSES_TO_PAY = wordsRegex([
  "(?:we|i) (?:will |can )?(?:not|don't|do not|won't|cannot|can't) (?:pay|afford)",
  'no (?:courier|freight|sample) (?:charge|cost|fee)s?',
  'free of (?:any )?(?:charge|cost)',
  'at your (?:cost|expense)',
  'no podemos pagar|não podemos pagar|nous ne pouvons pas payer|wir können nicht (?:zahlen|bezahlen)',
]);

/** A courier account the buyer gives for the sample freight: "our DHL account 123456789", "DHL acct no.: 95-1234567". */
const CARRIER_ACCOUNT =
  /\b(DHL|FedEx|UPS|TNT|Aramex|SF Express|EMS)\b[ \t]{0,3}(?:express[ \t]{1,3})?(?:(?:import|collect|courier|freight)[ \t]{1,3})?(?:account|acct\.?|acc\.|a\/c)(?:[ \t]{1,3}(?:no\.?|nr\.?|number|#))?[ \t]{0,3}(?:is[ \t]{1,3})?[:#]?[ \t]{0,3}([A-Z]{0,4}\d[\dA-Z-]{4,16})(?![\w-])/i;
/** The same without a carrier's name: "courier account: 123456789". */
const BARE_ACCOUNT =
  /\b(?:courier|express|collect|freight)[ \t]{1,3}(?:account|acct\.?|acc\.|a\/c)(?:[ \t]{1,3}(?:no\.?|nr\.?|number|#))?[ \t]{0,3}(?:is[ \t]{1,3})?[:#]?[ \t]{0,3}([A-Z]{0,4}\d[\dA-Z-]{4,16})(?![\w-])/i;

/**
 * What the buyer already gave for shipping samples to them. Replies confirm these instead of asking
 * for them again, and ask only for what is missing.
 */
export interface ShippingGiven {
  courier?: { carrier: string; account: string };
  /** A number to reach the buyer (landline, or a mobile when that is all they gave). */
  phone?: string;
  /** The number is a landline, which a verification asks for. */
  landline?: boolean;
  /** The street address in the signature. */
  address?: string;
  /** They write from their company's own domain, so a reply "from your company address" is already there. */
  companyMail?: boolean;
}

/** A reason with the evidence it quotes, so translated reasons can quote it too. */
export interface SampleReason extends Reason {
  params?: Record<string, string>;
}

/** The advice with what it rests on, and the shipping details the buyer gave. */
export interface SampleVerdict extends SampleAdvice {
  reasons: SampleReason[];
  given: ShippingGiven;
}

function evidence(hits: readonly ScoredHit[], id: string): string | undefined {
  return hitOf(hits, id)?.evidence || undefined;
}

export function shippingGiven(hits: readonly ScoredHit[], text: string): ShippingGiven {
  const given: ShippingGiven = {};
  const carrier = CARRIER_ACCOUNT.exec(text);
  const bare = carrier ? null : BARE_ACCOUNT.exec(text);
  if (carrier) given.courier = { carrier: carrier[1]!, account: carrier[2]! };
  else if (bare) given.courier = { carrier: '', account: bare[1]! };
  const landline = evidence(hits, 'contact.landline');
  const phone = landline ?? evidence(hits, 'contact.mobile-only');
  if (phone) given.phone = phone;
  if (landline) given.landline = true;
  const address = evidence(hits, 'contact.address');
  if (address) given.address = address;
  if (has(hits, 'domain.company') || has(hits, 'domain.match')) given.companyMail = true;
  return given;
}

export interface SampleInput {
  hits: readonly ScoredHit[];
  text: string;
  risk: boolean;
  score: number;
  existingCustomer: boolean;
  policy: SamplePolicy;
  /** Largest order quantity found, if any (pieces, metres…). */
  maxQuantity?: number;
  /** The dearest catalog price among the models the buyer named, when the rep's catalog has prices. */
  catalogPrice?: { model: string; price: number };
}

/**
 * Whether to send a sample: free, paid, quote first, verify first or decline. Each branch returns the reasons a rep would give, so the
 * panel can show why, and the rep can disagree.
 */
export function adviseSample(input: SampleInput): SampleVerdict {
  const { hits, text, risk, policy } = input;
  const requestedBy = firstMatch(SAMPLE_REQUEST, [text]);
  const requested = Boolean(requestedBy);
  const reasons: SampleReason[] = [];
  const given = shippingGiven(hits, text);
  const done = (advice: SampleAdvice['advice']): SampleVerdict => ({ advice, requested, reasons, given });

  if (risk) {
    reasons.push({ id: 'sample.risk', text: 'Scam or phishing signals: send nothing until the company is verified on its official website.' });
    return done('decline');
  }
  if (has(hits, 'vague.sales-pitch') || has(hits, 'vague.no-buying-intent')) {
    reasons.push({ id: 'sample.not-buyer', text: 'This is not a purchase inquiry: nobody asks for a product, price or sample.' });
    return done('decline');
  }
  // A customer is someone who has ordered from us: a reorder, or a won order in the rep's history.
  const wonBefore = hits.some((h) => h.id === 'memory.existing-contact' && Number(h.data?.won ?? 0) > 0);
  const existing = input.existingCustomer || wonBefore || has(hits, 'meta.reorder');
  if (existing) {
    reasons.push({ id: 'sample.existing', text: 'Existing customer: follow your sample policy, no qualification needed.' });
    return done(policy.existingCustomer);
  }
  if (has(hits, 'vague.no-content')) {
    reasons.push({
      id: 'sample.no-content',
      text: 'The mail is empty: ask for the request in writing and check the company before anything else.',
    });
    return done('verify-first');
  }
  if (has(hits, 'vague.cost-fishing')) {
    reasons.push({ id: 'sample.fishing', text: 'Asks about costs, suppliers or customers rather than buying: no sample, no detailed price.' });
    return done('decline');
  }
  // A product is named by its model, our catalog, or a specification with quantities (custom goods).
  const namesProduct = has(hits, 'product.model') || has(hits, 'product.catalog') || (has(hits, 'product.quantity') && has(hits, 'product.spec'));
  if (has(hits, 'vague.free-samples') && !namesProduct && (has(hits, 'vague.all-products') || REFUSES_TO_PAY.test(text))) {
    reasons.push({ id: 'sample.collector', text: 'Wants free samples of everything, or refuses to pay even the courier: typical sample collector.' });
    return done('decline');
  }
  if (has(hits, 'vague.exclusive') && !namesProduct) {
    reasons.push({ id: 'sample.exclusive', text: 'Asks for exclusivity before any order: verify the company and its market first.' });
    return done('verify-first');
  }
  if (!namesProduct) {
    reasons.push({
      id: 'sample.generic',
      text: 'No product named: send a quotation sheet with pictures instead of samples; it tests the buyer and advertises you.',
    });
    return done('quote-first');
  }
  const unverifiable = (has(hits, 'domain.free-mail') || has(hits, 'domain.disposable')) && !has(hits, 'website.present') && !has(hits, 'relay.platform');
  if (unverifiable) {
    reasons.push({
      id: 'sample.verify',
      text: 'Specific request, but from free webmail with no website: check the company (registration, address, phone) before sending anything.',
    });
    return done('verify-first');
  }
  if (!requested) {
    reasons.push({ id: 'sample.not-asked', text: 'No samples requested: quote first.' });
    return done('quote-first');
  }
  const later = SAMPLES_LATER.exec(text);
  if (later) {
    reasons.push({ id: 'sample.later', text: `The buyer wants prices first: "${later[0]}".`, params: { quote: later[0] } });
    return done('quote-first');
  }
  reasons.push({
    id: 'sample.specific',
    text: 'Names the exact product and uses trade terms: provisionally a real buyer; check their website and contact details match.',
  });
  const pays = firstMatch(PAYS_SAMPLE, [text]);
  if (pays) {
    reasons.push({ id: 'sample.buyer-pays', text: `The buyer offers to pay: "${pays}".`, params: { quote: pays } });
    return done('send-paid');
  }
  const custom = CUSTOM_SAMPLE.exec(text);
  if (custom) {
    reasons.push({
      id: 'sample.custom',
      text: `Custom-made samples cost you real money: "${custom[0]}". Charge the sample, refundable against the first order.`,
      params: { quote: custom[0] },
    });
    return done('send-paid');
  }
  const freight = unconditionalFreightOffer(text);
  if (freight) {
    reasons.push({ id: 'sample.buyer-pays-freight', text: `The buyer offers to pay the freight: "${freight}".`, params: { quote: freight } });
    return done('send-paid');
  }
  const token = TOKEN_SAMPLE.exec(text);
  const highVolume = (input.maxQuantity ?? 0) >= 10_000;
  const strong = input.score >= BANDS.high;
  const known = input.catalogPrice;
  if (!policy.neverFreeToNewBuyers && policy.freeForCheapItems && strong && (token || highVolume)) {
    // The rep's own catalog settles "cheap" when it has the price and the rep set a limit.
    if (known && policy.cheapUpTo > 0 && known.price > policy.cheapUpTo) {
      const params = { model: known.model, price: String(known.price), limit: String(policy.cheapUpTo) };
      reasons.push({
        id: 'sample.price-over',
        text: `Your catalog price for ${params.model} is ${params.price} a piece, above the ${params.limit} you count as cheap: charge the sample, refundable against the first order.`,
        params,
      });
      return done('send-paid');
    }
    if (known)
      reasons.push({
        id: 'sample.price-known',
        text: `Your catalog price for ${known.model} is ${known.price} a piece.`,
        params: { model: known.model, price: String(known.price) },
      });
    // Without a price the advice rests on the quantities and the rep's policy, and says so, rather than
    // calling the sample cheap.
    const score = String(input.score);
    reasons.push(
      token
        ? {
            id: 'sample.free-token',
            text: `Free under your policy for cheap items: only a few pieces are asked ("${token[0]}") by a well-qualified buyer (score ${score}).`,
            params: { quote: token[0], score },
          }
        : {
            id: 'sample.free-volume',
            text: `Free under your policy for cheap items: the order is large (${input.maxQuantity ?? ''} pieces), so one sample is small against it, and the buyer is well qualified (score ${score}).`,
            params: { quantity: String(input.maxQuantity ?? ''), score },
          },
    );
    if (!known) reasons.push({ id: 'sample.price-unknown', text: 'The price is not known here: send free only if these pieces are cheap for you.' });
    return done('send-free');
  }
  reasons.push({ id: 'sample.paid', text: 'New buyer: ask them to pay the sample and/or freight (courier collect), refundable against the first order.' });
  return done('send-paid');
}
