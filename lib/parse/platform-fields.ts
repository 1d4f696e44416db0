import type { PlatformFields } from '../inquiry';

/**
 * B2B platforms relay an inquiry from their own no-reply address and show the buyer's details as
 * labelled lines ("Company: …", "Country/Region: …"), or as two-cell table rows that the HTML
 * converter renders as "Company | …". Labels vary per platform and per template revision, so
 * matching is by a tolerant set of label words, not by any one platform's layout.
 */

type Field = keyof PlatformFields;

function labels(field: Field, list: string): [string, Field][] {
  return list.split('|').map((l) => [l, field]);
}

const LABELS = new Map<string, Field>([
  ...labels(
    'buyerName',
    "buyer|buyer name|buyer's name|name|from|contact|contact person|contact name|sender|sender name|customer|" +
      'customer name|full name|your name|requester|inquirer|买家|买家姓名|联系人|姓名|käufer|name des käufers|' +
      'acheteur|nom|comprador|nombre|nome|покупатель|имя',
  ),
  ...labels(
    'company',
    "company|company name|buyer company|buyer's company|organization|organisation|organization name|" +
      'business name|firm|公司|公司名称|买家公司|firma|firmenname|société|entreprise|empresa|компания',
  ),
  ...labels(
    'country',
    "country/region|country / region|country|region|country or region|buyer country|buyer's country|" +
      'from country|location|country of buyer|国家|国家/地区|地区|land|pays|país|paese|страна',
  ),
  ...labels(
    'quantity',
    'quantity|purchase quantity|order quantity|qty|quantity required|required quantity|estimated quantity|' +
      'estimated order quantity|purchasing quantity|annual purchase volume|purchase volume|moq|采购量|数量|' +
      'menge|quantité|cantidad|quantidade|quantità|количество',
  ),
  ...labels(
    'product',
    'product|product name|products|item|item name|inquiry product|product of interest|product inquired|looking for|' +
      'products of interest|sourcing product|产品|产品名称|produkt|produit|producto|produto|prodotto|товар|продукт',
  ),
]);

const MAX_LEN: Record<Field, number> = { buyerName: 500, company: 500, country: 200, quantity: 200, product: 1000 };

/** Platforms print these for fields the buyer left empty; they are not values. */
const PLACEHOLDERS = new Set(['-', '--', '---', '—', 'n/a', 'na', 'none', 'null', 'undefined', 'not provided', 'unknown', 'not specified', '/', '*', '-/-']);

/** Only the top of a notification carries the buyer block; the scan stops after this many lines. */
const MAX_LINES = 400;
const MAX_LINE = 400;

/** Splits "Label: value", "Label：value" or "Label | value"; the label is short and has no digits. */
function splitLabelled(line: string): { label: string; value: string } | undefined {
  const t = line.replace(/^[\s>*•·\-–|]{0,8}/, '').replace(/\*\*/g, '');
  const m = /^([^:：|\d\n]{1,40}?)\s{0,3}(?:[:：]|\s\|)\s{0,10}/.exec(t);
  if (!m?.[1]) return undefined;
  const label = m[1].trim().toLowerCase().replace(/\s+/g, ' ');
  let value = t.slice(m[0].length).trim();
  // A table row rendered "Label: | value" or "Label | value |".
  // A trailing "|" by hand: `/\s*\|$/` retries from every blank of a long run of them.
  value = value.replace(/^\|\s*/, '');
  if (value.endsWith('|')) value = value.slice(0, -1);
  value = value.trim();
  return { label, value };
}

function cleanValue(value: string, field: Field): string | undefined {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v || PLACEHOLDERS.has(v.toLowerCase())) return undefined;
  return v.slice(0, MAX_LEN[field]);
}

export function extractPlatformFields(text: string): PlatformFields | undefined {
  try {
    const lines = text.replace(/\r\n?/g, '\n').split('\n', MAX_LINES);
    const found: PlatformFields = {};
    let any = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.length === 0 || line.length > MAX_LINE) continue;
      const parsed = splitLabelled(line);
      if (!parsed) continue;
      const field = LABELS.get(parsed.label);
      if (!field || found[field] !== undefined) continue;
      let value = parsed.value;
      // Label on its own line, value on the next (stacked layouts and converted two-row tables).
      if (!value) {
        const next = (lines[i + 1] ?? '').trim();
        if (next && next.length <= MAX_LINE && !splitLabelled(next)?.value) value = next;
      }
      const cleaned = cleanValue(value, field);
      if (cleaned === undefined) continue;
      found[field] = cleaned;
      any = true;
    }
    return any ? found : undefined;
  } catch {
    return undefined;
  }
}
