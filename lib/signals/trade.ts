import { WORD_END, WORD_START, wordsRegex } from '../text/patterns';
import type { Signal, SignalHit } from './types';
import { headOf, hit } from './types';

// Incoterms 2020 plus legacy terms buyers still write. Case-sensitive: "fob"/"cif" in lower case is rare
// and "Dap"/"Fas" would hit ordinary words.
const TERMS = 'EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF|C&F|C\\+F|CNF|CandF|DDU|DAT|DES|DEQ|DAF';
const PLACE = "(?:port of |to |at |in )?([A-Z][A-Za-zÀ-ÿ'’-]{1,25}(?:[ -][A-Z][A-Za-zÀ-ÿ'’-]{1,25}){0,3}|[A-Z]{3,5}\\b)";
const INCOTERM_PLACE = new RegExp(`${WORD_START}(${TERMS})${WORD_END}\\s{0,2}[:,-]?\\s{0,2}${PLACE}`, 'u');
const INCOTERM = new RegExp(`${WORD_START}(?:${TERMS})${WORD_END}`, 'u');
/** Words after a term that are not places ("FOB price", "CIF Terms"). */
const NOT_PLACE =
  /^(?:price|prices|terms?|term|basis|incoterms?|and|or|is|are|the|our|your|please|quote|quotation|offer|value|cost|rate|only|per|for|with|pricing|conditions?|also|we|i|preis|precio|pre[çc]o|prix|цена)$/i;

const PAYMENT = wordsRegex([
  'T/T',
  'TT(?: in advance| advance| payment)?',
  'telegraphic transfer',
  'wire transfer',
  'bank transfer',
  'L/C(?: at sight)?',
  'LC at sight',
  'letter of credit',
  'D/P',
  'D/A',
  'CAD',
  '\\d{1,3} ?% (?:T/T |TT )?(?:deposit|advance|down ?payment|prepayment|balance)',
  '\\d{1,3} ?% (?:antecipado|de entrada|anticipo|adelantado|d.acompte|Anzahlung|Vorauszahlung|предоплат\\S{0,2})',
  '\\d{2}/\\d{2} (?:T/T|TT|payment)',
  '(?:deposit|advance)(?: of)? \\d{1,3} ?%',
  'balance (?:against|before|upon|after) (?:copy of )?(?:B/L|BL|shipment|delivery|inspection)',
  'net \\d{2,3} days',
  'open account',
  'Akkreditiv',
  'Vorkasse',
  'Anzahlung',
  'carta de cr[ée]dito',
  'transferencia bancaria',
  'anticipo',
  'dep[oó]sito',
  'pagamento antecipado',
  'transfer[êe]ncia banc[áa]ria',
  'lettre de cr[ée]dit',
  'virement(?: bancaire)?',
  'acompte',
  'аккредитив',
  'предоплат[аыу]',
  'банковский перевод',
  '信用证|电汇|定金',
  // How a small buyer says they will pay: by card, PayPal, cheque, or "I can send payment".
  'pay(?:ment)? (?:you )?(?:via|by|through|with|using) (?:paypal|credit card|card|cheque|check|bank transfer|wire|money order|escrow)',
  "(?:i|we)(?: can| will|'ll| would)? (?:send|make|wire|arrange) (?:you )?(?:the )?(?:payment|funds)",
  '(?:email|send|give) (?:me |us )?your (?:payment|paypal|bank) (?:info|information|details|options)',
  'pag(?:o|amos|aremos|ar[ée]) (?:con|por|v[ií]a|mediante) (?:paypal|tarjeta|transferencia)',
  'pag(?:amento|amos|aremos|arei) (?:via|com|por|pelo) (?:paypal|cart[aã]o|transfer[êe]ncia)',
  'Zahlung (?:per|über|via|mit) (?:PayPal|Kreditkarte|Überweisung)',
  'paiement (?:par|via) (?:paypal|carte|virement)',
  'оплат\\S{0,3} (?:через|по|картой) ?(?:paypal|карт\\S{0,3}|перевод\\S{0,3})?',
  '(?:通过|用)(?:PayPal|信用卡)(?:付款|支付)',
]);

const DESTINATION = wordsRegex([
  '(?:destination|discharge|delivery) port\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  'port of (?:destination|discharge|delivery)?\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  '(?:ship(?:ped|ping)?|deliver(?:ed|y)?|send|export) to [A-Z][A-Za-zÀ-ÿ]{2,25}(?: [A-Z][A-Za-zÀ-ÿ]{2,25})?',
  'destination\\s{0,2}[:-]\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  'puerto de destino\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  'porto de destino\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  'Bestimmungshafen\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
  'port de destination\\s{0,2}[:-]?\\s{0,2}[A-Z][A-Za-zÀ-ÿ -]{2,30}',
]);

const LEAD_TIME = wordsRegex([
  'lead ?times?',
  'delivery (?:time|date|schedule|lead time)',
  'production time',
  'ready (?:for shipment|to ship) (?:by|in|within)',
  'shipment (?:date|time|in|by)',
  'delivery by',
  'ETD|ETA',
  'within \\d{1,3} (?:days|weeks)',
  '\\d{1,3} (?:working )?(?:days|weeks) (?:after|from) (?:deposit|order|PO)',
  'Lieferzeit|Liefertermin|Lieferung bis',
  'plazo de entrega|tiempo de entrega|fecha de entrega',
  'prazo de entrega',
  'd[ée]lai de (?:livraison|fabrication)',
  'срок(?:и)? (?:поставки|изготовления|производства)',
  '交货期|交期',
]);

const PACKAGING = wordsRegex([
  '(?:master |export |inner |outer )?cartons?',
  'packing|packaging|package',
  'pallets?|palletized',
  'polybags?|blister|gift box|color box|colour box|sleeve',
  // A label is packaging only on a carton, box or bag ("label" alone is also a product, a brand or a file's name).
  '(?:carton|box|bag|package|packaging|shipping|barcode|UPC|EAN|FNSKU) label(?:ling|s)?',
  'shipping marks?',
  'drop test',
  'Verpackung|Karton',
  'embalaje|empaque|caja(?:s)? master',
  'embalagem',
  'emballage|conditionnement',
  'упаковк\\S{0,2}',
  '包装',
]);

const OEM = wordsRegex([
  'OEM',
  'ODM',
  'private[- ]label',
  'own brand',
  '(?:our|with our|customer) (?:logo|brand|artwork)',
  'white[- ]label',
  'Eigenmarke',
  'marca (?:propia|própria|blanca)',
  'marque (?:propre|blanche|de distributeur)',
  'под (?:нашим|собственным) брендом',
  '贴牌',
]);

/** Named certificates and standards, every one in turn: "CE, RoHS, UL". */
const NAMED_CERTS = new RegExp(
  `${WORD_START}(?:CE|RoHS|REACH|FCC|UL|ETL|cUL|CSA|DLC|FDA|LFGB|SASO|SABER|SONCAP|EAC|KEBS|PVoC|CB|GS|VDE|TÜV|TUV|BSCI|SEDEX|OEKO-TEX|FSC|GOTS|BRC|HACCP|HALAL|KC|PSE|RCM|SAA|INMETRO|ANVISA|NOM|BIS|CCC|CQC|ENEC|ERP|ErP|LVD|EMC|IECEE|E-?mark|Energy Star|LM-80|TM-21|IES|MSDS|SDS|COA|UN38\\.3|DOT|ECE R\\d{1,3}|ISO ?\\d{3,5}(?::\\d{4})?|EN ?(?:ISO )?\\d{2,5}(?:-\\d{1,2})?(?::\\d{4})?|IEC ?\\d{3,5}(?:-\\d{1,2})*|ASTM ?[A-Z]?\\d{1,5}|NSF|GMP|CPC|CPSIA|ISTA ?\\d[A-Z]?|EN 10204|3\\.1 cert\\w*)${WORD_END}`,
  'gu',
);
/** Certificates asked for without a name. */
const CERT_WORDS = wordsRegex([
  'certificates?',
  'certification',
  'test reports?',
  'Zertifikat\\w{0,3}',
  'certificado\\w{0,2}',
  'certificat\\w{0,2}',
  'сертификат\\S{0,3}',
]);

const HS = wordsRegex([
  'HS(?: code)?\\s{0,2}[:#]?\\s{0,2}\\d{4}(?:[.]?\\d{2}){0,3}',
  'tariff code\\s{0,2}[:#]?\\s{0,2}\\d{4,10}',
  'HTS\\s{0,2}[:#]?\\s{0,2}\\d{4,10}',
  'TN VED|ТН ВЭД|NCM\\s{0,2}\\d{4}',
]);
const MOQ = wordsRegex([
  'MOQ',
  'minimum order(?: quantity)?',
  'min\\.? order',
  'Mindestbestellmenge',
  'pedido m[ií]nimo',
  'cantidad m[ií]nima',
  'quantidade m[ií]nima',
  'quantit[ée] minimum',
  'минимальн\\S{0,3} (?:заказ|партия)',
  '起订量',
]);
const TARGET = wordsRegex([
  'target price',
  'our target',
  // A price the buyer offers or will pay is a target price in a consumer's words.
  '(?:would|will) you (?:accept|take) (?:USD|US\\$|\\$|EUR|€|£) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  "(?:i|we)(?:'ll| will| can| would| could)? (?:pay|offer) (?:you )?(?:USD|US\\$|\\$|EUR|€|£) ?\\d{1,9}(?:[,.]\\d{1,3})*",
  "(?:i|we)(?:'ll| will| shall)? (?:buy|take|order) [^.?!\\n]{1,60} for (?:USD|US\\$|\\$|EUR|€|£) ?\\d{1,9}(?:[,.]\\d{1,3})*",
  '(?:our |my )?budget (?:is|of) (?:about |around |up to )?(?:USD|US\\$|\\$|EUR|€|£) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  '(?:nuestro |mi )?presupuesto (?:es de|de) (?:USD|US\\$|\\$|EUR|€) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  '(?:aceptar[ií]a|aceptan|aceitaria|aceitam) (?:USD|US\\$|\\$|EUR|€) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  '(?:unser |mein )?Budget (?:liegt bei|beträgt|von) (?:USD|US\\$|\\$|EUR|€) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  '(?:notre |mon )?budget (?:est de|de) (?:USD|US\\$|\\$|EUR|€) ?\\d{1,9}(?:[,.]\\d{1,3})*',
  'price (?:should be|must be|around|below|under) (?:USD|US\\$|\\$|EUR|€)',
  'Zielpreis',
  'precio objetivo',
  'pre[çc]o alvo',
  'prix cible',
  'целевая цена',
  '目标价',
]);

export const tradeSignal: Signal = {
  name: 'trade',
  run(ctx) {
    const hits: SignalHit[] = [];
    const t = headOf(ctx);
    const withPlace = INCOTERM_PLACE.exec(t);
    if (withPlace && withPlace[2] && !NOT_PLACE.test(withPlace[2].split(/[ -]/)[0] ?? '')) {
      const place = withPlace[2].replace(/[.,]$/, '');
      hits.push(hit(ctx, 'trade.incoterm', `${withPlace[1]} ${place}`, { incoterm: withPlace[1]!, place }));
    } else {
      const bare = INCOTERM.exec(t);
      if (bare) hits.push(hit(ctx, 'trade.incoterm-bare', bare[0], { incoterm: bare[0] }));
    }
    const checks: Array<[RegExp, Parameters<typeof hit>[1]]> = [
      [PAYMENT, 'trade.payment'],
      [LEAD_TIME, 'trade.lead-time'],
      [PACKAGING, 'trade.packaging'],
      [OEM, 'trade.oem'],
      [HS, 'trade.hs-code'],
      [MOQ, 'trade.moq'],
      [TARGET, 'trade.target-price'],
    ];
    for (const [re, id] of checks) {
      const m = re.exec(t);
      if (m) hits.push(hit(ctx, id, m[0]));
    }
    const dest = DESTINATION.exec(t);
    if (dest)
      hits.push(
        hit(ctx, 'trade.destination', dest[0], { destination: dest[0].replace(/^.*?(?:[:-]\s*|to |of (?:destination|discharge|delivery)?\s*)/i, '').trim() }),
      );
    else if (withPlace?.[1] && /^(?:CIF|CFR|CNF|C&F|CPT|CIP|DAP|DPU|DDP|DDU|DAT)$/.test(withPlace[1]) && withPlace[2]) {
      hits.push(hit(ctx, 'trade.destination', `${withPlace[1]} ${withPlace[2]}`, { destination: withPlace[2] }));
    }
    const certs = new Set<string>();
    NAMED_CERTS.lastIndex = 0;
    for (let m = NAMED_CERTS.exec(t); m && certs.size < 10; m = NAMED_CERTS.exec(t)) certs.add(m[0]);
    if (certs.size) hits.push(hit(ctx, 'trade.certificate', [...certs].slice(0, 5).join(', '), { certs: [...certs].join(', ') }));
    else {
      const generic = CERT_WORDS.exec(t);
      if (generic) hits.push(hit(ctx, 'trade.certificate', generic[0]));
    }
    return hits;
  },
};
