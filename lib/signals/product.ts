import { editDistanceWithin } from '../text/distance';
import { isSpaceCode, wordsRegex } from '../text/patterns';
import { stickyMatches } from '../text/starts';
import { REPLY_SUBJECT } from './envelope';
import type { Signal, SignalContext, SignalHit } from './types';
import { CONTENT_HEAD, headOf, hit } from './types';

/**
 * Model and part numbers: tokens that mix letters and digits (the first lookahead skips plain words
 * before any work is done on them), joined by dashes, dots or slashes
 * (LX-T8-1200-18W, SG-NT35, 4410-B, KT-XTAL-16M-3225). Bounded pieces keep each try short; it is tried
 * only where modelStarts says a model can begin.
 */
const MODEL_AT =
  /(?<![\w/-])(?=[A-Za-z./-]{0,39}\d)(?=[A-Za-z0-9./-]{3,40}(?![\w]))(?:[A-Za-z]{1,10}[0-9][A-Za-z0-9]{0,12}|[0-9]{1,8}[A-Za-z][A-Za-z0-9]{0,12}|[A-Za-z]{1,10}|[0-9]{1,8})(?:[-./][A-Za-z0-9]{1,12}){0,6}(?![\w-])/y;

/** Look-alikes of part numbers that are not products. */
const NOT_MODEL = new RegExp(
  [
    '^(?:ISO|EN|IEC|UL|CE|ASTM|DIN|GB|JIS|BS|ANSI|NSF|EAC|SASO|IP|NEMA|LM|TM|ERP|IEEE|ECE|R)[-. ]?\\d',
    '^(?:20|40)(?:GP|HQ|HC|RF|OT|FR|DC)$',
    '^\\d{1,2}[xX](?:20|40)',
    '^(?:PO|P\\.O|RFQ|RFP|PI|INV|REF|NO|NR|ORDER|QUOTE|CN|VAT|TAX|HS|HRB|CNPJ|RC|TRN|GST)[-.#]?\\d',
    '^\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}$',
    '^\\d{4}-\\d{2}$',
    '^\\d+(?:[.,]\\d+)?(?:pcs|pc|sets|set|units|m|mm|cm|kg|g|t|mt|w|v|a|k|hz|lm|ml|l|pairs|nos|ft|in|gsm|mah|%|x|fcl|lcl|teu|ctns?|bags?|rolls?)$',
    '^(?:\\d+[xX]){1,3}\\d+(?:mm|cm|m)?$',
    '^(?:mp3|mp4|4g|5g|3g|2g|usb|usb-c|h264|h265|wifi6|hdmi2|covid-19|a4|a3|b2b|b2c|o2o|24h|7x24)$',
    '^(?:19|20)\\d\\d[a-z]?$',
    '^[A-Z]{1,3}$',
    '^\\d+[a-z]{2}$',
    // Spec values and ranges: 220-240V, 1.5HP, 5KVA/48V, 9.6W/m, 16M, 3-in-1, 5-year, 7-piece.
    '^\\d+(?:[.,]\\d+)?(?:-\\d+(?:[.,]\\d+)?)?(?:v|vac|vdc|w|kw|hp|kva|va|a|ah|mah|m|mm|cm|km|k|hz|khz|mhz|ghz|lm|ml|l|kg|g|t|mt|db|bar|psi|rpm|pcs|nm|um|gsm|°c|c)(?:/[a-z0-9.]{1,6})*$',
    '^\\d+-(?:in-\\d+|years?|months?|days?|weeks?|piece|pieces|pcs|layers?|colou?rs?|ways?|pack|seater|door|speed|stage|phase)$',
    '^\\d{4}-T\\d{1,2}$',
    '^m[23]/[a-z]{1,3}$',
    '^(?:USD|US|EUR|RMB|CNY|GBP|AED|INR|BRL|JPY)\\d',
    '\\d(?:am|pm)(?:$|-)',
    '^v?\\d{1,4}(?:\\.\\d{1,4}){1,3}(?:\\.x)?$', // 18.06.x, v2.1: software versions
  ].join('|'),
  'i',
);

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)';
/** Tokens shaped like part numbers that real mail is full of: dates, file names, postcodes, ids, units. */
const NOT_MODEL_SHAPE = new RegExp(
  [
    `^${MONTH}\\d{2,4}$`, // JAN02: a delivery month
    `(?:^|[-./])${MONTH}(?:$|[-./])`, // 2020/15/May
    '\\.(?:docx?|xlsx?|pdf|pcx|jpe?g|png|gif|zip|rar|7z|txt|csv|pptx?|html?|img|iso|gz)$', // 417.xls
    '^\\d+/\\d+[a-z]{1,4}$', // 3/8ins
    '^[A-Z]{2}\\d{5}(?:-\\d{4})?$', // CA92101: state and ZIP
    '^[A-Z]{2}\\d{8,12}$', // IT07526020636: VAT number
    '^\\d+(?:usd|eur|gbp|rmb|hours?|hrs?|days?|mins?|years?|yrs?)$',
    '^\\d{2,5}[NSEW]$', // 3225N Harbor Dr
    '^(?:N|No|Nr)\\.\\d', // N.154
    '^\\d{1,2}F(?:-\\d{1,3})?$|^\\d{1,2}/F$', // 12/F, 3F-05: floors
    '\\d{6,}', // order, ticket and account numbers (no part number in the labelled mail has six digits in a row)
    '[B-DF-HJ-NP-TV-Z]{5,}', // NBHFGTRU, QXWMPKZT: five consonants in a row are a generated id, not a model name
    '^[A-Z]{6,}\\d{1,2}$', // REDALERT90, WELCOME10: a promotion code
    '^[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,}$', // K8D3-N5X0-R4V9-L7H2: three or more long groups are a licence key or tracking code
    '^\\d{3,4}-[A-Z]{2,4}-\\d{3,4}$', // 591-FCRP-5146: a ticket reference
    '^[A-Z]{2,5}/[A-Z]{2,5}/\\d{1,4}$', // ECS/CN/06: a document reference
    '^\\d+\\.[A-Z]{2,}$', // 3.FAX: a numbered list item
    '^\\d+(?:mt|t|kg|tons?|fcl|pcs|sets|units)-\\d+(?:mt|t|kg|tons?|fcl|pcs|sets|units)$', // 1MT-5MT: a quantity range
    '\\d(?:gb|mb|kb)/s$',
    '(?:^|\\.)[A-Z]\\.[A-Z](?:\\.|$)', // 30E.S.T: dotted abbreviations
  ].join('|'),
  'i',
);
/** Shapes where case tells: a number run into the next sentence (000The), a phone extension (x4471, not the model X310), a capitalised word with digits (Rej888), a numbered list (1.You), "173p", "o2500". */
const CASED_SHAPE = /^\d+[A-Z][a-z]{2,}$|^x\d{3,5}$|^[A-Z][a-z]{2,}\d+$|^\d+\.[A-Z][a-z]|(?:^|[-./])[A-Z][a-z]{2,}(?:$|[-./])|^\d+[a-z]{1,2}$|^[a-z]\d{4,}$/;

/** A postcode beside its city ("D-50933 Köln", "A-9020 Klagenfurt", "SW1E 6QX"). */
function postcodeAt(tok: string, after: string): boolean {
  return (/^[A-Z]{1,2}-\d{4,5}$/.test(tok) && /^\s[A-ZÄÖÜ][a-zäöüß]/.test(after)) || (/^[A-Z]{1,2}\d[A-Z\d]?$/.test(tok) && /^\s\d[A-Z]{2}\b/.test(after));
}

/** Numeric part numbers with a hyphen ("7063-010", "105-5091-150"), never phone-shaped (3-4, 3-3-4). */
const NUMERIC_PART = /(?<![\w/.+-])(?:\d{3,4}-\d{3}|\d{3}-\d{4}-\d{3})(?![\w/-])/g;

/** Models written with a space: "RWC 130", "USRP 2943R", "Brand K27". */
const SPACED_MODEL = /(?<![\w-])([A-Z][A-Za-z]{1,5})[ \t]{0,2}\n?[ \t]{0,2}(?<=[A-Za-z][ \t\n]{1,5})([A-Z]?\d{2,5}[A-Z]{0,2})(?![\w%-]|\.\d)/g;
const NOT_SERIES =
  /^(?:PMB|CP|LPO|HRB|HRA|PLZ|KVK|CRN|ABN|GST|TIN|EIN|CAP|UREA|PO|NO|NR|ISO|EN|IEC|UL|CE|BOX|APT|UN|TEL|FAX|ZIP|REF|VAT|PIN|ID|HS|UK|US|USA|EU|GMT|EST|PST|CST|AM|PM|FOB|CIF|DN|DIN|PN|SN|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Q[1-4]|RFQ|RFP|INV|STE|SUITE|ROOM|RM|FL|FLOOR|UNIT|PLOT|ROUTE|RD|ST|AVE|HWY|TX|CA|NY|IL|OH|PA|GA|NC|NJ|VA|WA|MA|AZ|TN|CO|MD|MN|WI|MO|SC|AL|LA|KY|OR|OK|CT|IA|MS|AR|KS|UT|NV|NM|WV|NE|HI|ME|NH|RI|MT|DE|SD|ND|AK|VT|WY|DC|EUR|USD|GBP|RMB|CNY|AED|INR|JPY|WIN|WK|CELL|MOB|EXT|PGR|PAGE|CHAPTER|SECTION|ITEM|LINE|NET|TOP|OP|ORDER|INVOICE|TICKET|CASE|FILE|LOT|BATCH|VOL|LTD|LLC|INC|CORP|GMBH|PLC|PTE|PVT|SDN|BHD|SRL|SARL|LTDA|JSC|LIMITED|COMPANY|JALAN|JLN|TAMAN|LORONG|BLOCK|BLK|LEVEL|TOWER|ZONE|SECTOR|PHASE)$/i;

/**
 * A model given by a number alone, where a label says so: "actuator model 275", "Part No. 4410023",
 * 型号 8010. Years are not models ("Model 2020" is a model year).
 */
const LABELLED_NUMBER =
  /(?<![\p{L}\d])(?:model[lo]?|modèle|модель|型号|(?:part|article|art|artikel)\.?[-\s]{0,2}(?:no|nr|number|nummer|num|#)|p\/n|артикул)\.?\s{0,2}(?:(?:no|nr|number|num)\.?\s{0,2})?[:#：]?\s{0,2}(\d{3,7})(?![\p{L}\d/-]|[.,]\d|\s{0,2}(?:%|pcs|pieces|units|sets|mm|cm|kg)(?![\p{L}\d]))/giu;
/**
 * A brand written as one word with an inner capital, then a number: "PeakTech 5310", "TraceTek 1000",
 * "PowerEdge R740", "iPhone 15". The inner capital tells a brand from a sentence's capitalised word.
 */
const CAMEL_MODEL = /(?<![\w-])((?:[A-Z][a-z]{1,10}|[a-z])[A-Z][A-Za-z]{1,10})[ \t]{1,2}([A-Z]{0,2}\d{2,5}[A-Z]{0,2})(?![\w%-]|[.,]\d)/g;
const YEAR = /^(?:19|20)\d\d$/;
const PROJECT_AFTER = /^[ \t]{1,2}(?:projects?|proyectos?|projets?|projekte?|projetos?|проект\S{0,2}|项目)(?![\p{L}\d])/iu;

export function findModels(ctx: Pick<SignalContext, 'text' | 'memo'>): string[] {
  return ctx.memo('models', () => modelsIn(headOf(ctx)));
}

/** Models in the quoted history the buyer replies to (the panel lists them; they do not score). */
export function quotedModels(ctx: Pick<SignalContext, 'text' | 'memo' | 'inquiry'>): string[] {
  return ctx.memo('quoted-models', () => {
    const own = new Set(findModels(ctx).map((m) => m.toUpperCase()));
    // Without the quote marks, a name the earlier writer's mailer wrapped ("Titleist Tour\n> Prestige 90") reads whole.
    return modelsIn(ctx.inquiry.quoted.slice(0, CONTENT_HEAD).replace(/^[ \t]*(?:>[ \t]?)+/gm, '')).filter((m) => !own.has(m.toUpperCase()));
  });
}

/**
 * Address lines: street and area words in the languages seen in signatures ("Peoples Colony", "Jalan 26",
 * "Hyeon Yeong-ro", "Danwon-gu", 张江路88号). House and unit numbers on them (343-B, A.64) are not products.
 */
const ADDRESS_WORD =
  /(?<![\p{L}\d])(?:road|rd|street|avenue|lane|boulevard|highway|colony|jalan|jln|lorong|taman|persiaran|soi|calle|avenida|rua|strasse|straße|rue|district|sector|industrial (?:park|estate|zone|area)|village|county|province|prefecture|building|bldg|tower|plaza|p\.?\s?o\.?\s?box)(?![\p{L}\d])|\p{L}-(?:ro|gil|gu|dong|si|myeon|eup)(?![\p{L}\d])|[\u4e00-\u9fff](?:路|街|大道)\s?\d{1,5}\s?号/iu;

function lineAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { start, end: end < 0 ? text.length : end };
}

/** Which lines of one text are address lines, by where they start: candidates often share a line. */
type AddressLines = Map<number, boolean>;

function isAddressLine(text: string, start: number, end: number, seen: AddressLines): boolean {
  let known = seen.get(start);
  if (known === undefined) {
    known = end - start <= 160 && ADDRESS_WORD.test(text.slice(start, end));
    seen.set(start, known);
  }
  return known;
}

/**
 * Whether a candidate stands in an address: on a line with a street or area word, or opening a line
 * ("4Sa-801, Shihwa MTV,") next to one.
 */
function inAddress(text: string, at: number, length: number, seen: AddressLines): boolean {
  const { start, end } = lineAt(text, at);
  if (isAddressLine(text, start, end, seen)) return true;
  if (text.slice(start, at).trim() || !/^,\s{0,2}\p{Lu}/u.test(text.slice(at + length, at + length + 4))) return false;
  if (start > 0 && isAddressLine(text, lineAt(text, start - 1).start, start - 1, seen)) return true;
  return end < text.length && isAddressLine(text, end + 1, lineAt(text, end + 1).end, seen);
}

/** A label that says the next token is the product's model or part number ("Product/Model No:", "P/N", 型号). */
const MODEL_LABEL =
  /(?:model|part|product|item|article|art|type|style|cat(?:alog(?:ue)?)?|sku|mpn|mfr|p\/n)\.?\s{0,2}(?:(?:no|nr|number|num)\.?\s{0,2}[:#]?|[:#])\s{0,2}$|型号\s{0,2}[:：]?\s{0,2}$/i;

function labelledAt(text: string, at: number): boolean {
  return MODEL_LABEL.test(text.slice(Math.max(0, at - 30), at));
}

// More than 14 digits in all: tested, not matched into an array, as every candidate token goes through it.
const LONG_DIGITS = /^(?:\D*\d){15}/;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Places where ASCII letter case changes ("SmartWatchPro" has four), counted up to three. */
function caseChanges(tok: string): number {
  let n = 0;
  for (let i = 0; i + 1 < tok.length && n < 3; i++) {
    const a = tok.charCodeAt(i);
    const b = tok.charCodeAt(i + 1);
    if ((isLower(a) && isUpper(b)) || (isUpper(a) && isLower(b))) n++;
  }
  return n;
}

const DIGIT_RUN = /\d+/g;
/** [A-Za-z./-]: what may stand between a model's start and its first digit. */
const isLeadCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 47 || c === 45;
/** [\w/-]: what may not stand just before a model. */
const isJoinCode = (c: number): boolean => (isLeadCode(c) ? c !== 46 : (c >= 48 && c <= 57) || c === 95);

/**
 * Where a model can begin. A model holds a digit within its first 40 characters, reached through letters,
 * dots, slashes and hyphens only, so each run of digits names the few places: where that stretch begins
 * (after a character that may not stand before a model) and after each dot in it.
 */
function modelStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let d = DIGIT_RUN.exec(text); d; d = DIGIT_RUN.exec(text)) {
    const digit = d.index;
    let start = digit;
    while (start > 0 && digit - start < 39 && isLeadCode(text.charCodeAt(start - 1))) start--;
    if (start === 0 || !isJoinCode(text.charCodeAt(start - 1))) starts.push(start);
    for (let at = start; at < digit; at++) if (text.charCodeAt(at) === 46) starts.push(at + 1);
  }
  return starts;
}

/** The few characters before a candidate, where a label ("Tel:", "PO#", "Suite") would stand. */
const contextBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 14), at);

/**
 * Whether a token MODEL_AT found at `at` is a product model, by its own shape and by what stands around it
 * (a label, an address, a postcode, a phone or web address). A function of its own: it runs for every
 * candidate, so V8 optimises it long before the rest of modelsIn.
 */
function isModelToken(text: string, tok: string, at: number, length: number, addressLines: AddressLines): boolean {
  if (tok.length < 4 || !/[A-Za-z]/.test(tok) || !/\d/.test(tok)) return false;
  // A model label vouches for the token: a standard's prefix, long digit runs and "No:" before it are then the model's own.
  let labelled: boolean | undefined;
  if ((NOT_MODEL.test(tok) || NOT_MODEL_SHAPE.test(tok)) && !(labelled ??= labelledAt(text, at))) return false;
  if (CASED_SHAPE.test(tok)) return false;
  // Phone-like runs and URLs' pieces are not models.
  if (LONG_DIGITS.test(tok)) return false;
  const before = contextBefore(text, at);
  if (
    /(?:PO|P\.O\.|order|invoice|ref|RFQ|RFP|no|nr|number|ticket|case|item|#|www\.|@|https?:\/\/\S{0,80}|tel|fax|account|acct|booth|stand|room|suite|ste|apt|unit|floor|[A-Za-z0-9]\.)\s{0,2}[:#.]{0,3}\s{0,2}$/i.test(
      before,
    ) &&
    !(labelled ??= labelledAt(text, at))
  )
    return false;
  if (inAddress(text, at, length, addressLines)) return false;
  if (postcodeAt(tok, text.slice(at + length, at + length + 6))) return false;
  // "the CPF2 project": a project's code name, not something to buy.
  if (PROJECT_AFTER.test(text.slice(at + length, at + length + 14))) return false;
  // Part numbers are upper case; all-lowercase runs are handles, list names and file names.
  if (/[a-z]{3}/.test(tok) && /[A-Z]/.test(tok)) return false;
  if (/[a-z]{3}/.test(tok) && !/[A-Z]/.test(tok)) return false;
  if (caseChanges(tok) >= 3) return false;
  if (tok.length >= 10 && /[a-z]/.test(tok) && /[A-Z]/.test(tok)) return false;
  // Pieces of web addresses ("google.com/calendar/answer/37135", "www.tec-marica3.com").
  if (/[a-z]{2,}\.[a-z]{2,}(?:\/|$)|^www\.|\.(?:com|net|org|info|biz|de|uk|jp|cn)$/i.test(tok)) return false;
  // Phone numbers written with dashes: 779-245-9290, 1-803-467-8150.
  if (/^\+?\d{1,4}(?:[-.]\d{2,4}){2,4}/.test(tok)) return false;
  // E-mail local parts and handles ("jmorris1987@…", "@brand2024") are not models.
  const after = text.charAt(at + length);
  if (after === '@' || before.endsWith('@')) return false;
  return true;
}

export function modelsIn(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // One character for one: a Unicode hyphen inside a part number (APE9B85‐73) reads as "-".
  const text = !/[\u2010-\u2015\u2212]/.test(raw) ? raw : raw.replace(/(?<=[A-Za-z0-9])[\u2010-\u2015\u2212](?=[A-Za-z0-9])/g, '-');
  const add = (tok: string) => {
    const key = tok.toUpperCase().replace(/\s+/g, '');
    if (seen.has(key)) return;
    // "E320s" beside "E320" is the plural, not another model.
    if (/S$/.test(key) && seen.has(key.slice(0, -1))) return;
    seen.add(key);
    out.push(tok);
  };
  // "2943R" alone was already taken: the series or brand name makes it "USRP 2943R", "PeakTech 5310".
  const addNamed = (name: string, num: string) => {
    const i = out.findIndex((o) => o.toUpperCase() === num.toUpperCase());
    if (i >= 0) out.splice(i, 1);
    add(`${name} ${num}`);
  };
  const addressLines: AddressLines = new Map();
  for (const m of stickyMatches(MODEL_AT, text, modelStarts(text))) {
    if (out.length >= 20) break;
    const tok = m[0].replace(/[.,]+$/, '');
    if (!isModelToken(text, tok, m.index, m[0].length, addressLines)) continue;
    // "X300/X310": two models side by side.
    const pair = tok.split('/');
    if (pair.length === 2 && pair.every((p) => /^[A-Z]{1,4}\d{2,5}[A-Z]{0,3}$/.test(p))) pair.forEach(add);
    else add(tok);
  }
  SPACED_MODEL.lastIndex = 0;
  for (let m = SPACED_MODEL.exec(text); m && out.length < 20; m = SPACED_MODEL.exec(text)) {
    const [, series, num] = m as unknown as [string, string, string];
    if (NOT_SERIES.test(series) || !/[A-Z]{2}/.test(series) || /^\d{4}$/.test(num)) continue;
    if (/(?:tel|phone|fax|box|suite|no|#)\s{0,2}[:#.]?\s{0,2}$/i.test(contextBefore(text, m.index))) continue;
    if (inAddress(text, m.index, m[0].length, addressLines)) continue;
    addNamed(series, num);
  }
  NUMERIC_PART.lastIndex = 0;
  for (let m = NUMERIC_PART.exec(text); m && out.length < 20; m = NUMERIC_PART.exec(text)) {
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    if (
      /(?:tel|phone|fax|mob|cell|call|ph|hp|h\/p|handphone|whats ?app|wk|box|zip|po|order|invoice|ref|no|#|acct|account|\+)\s{0,2}[:#.]?\s{0,3}\(?$/i.test(
        line,
      ) ||
      /(?:^|[^A-Za-z\d])\d{1,4}[\s)-]{0,2}$/.test(line) ||
      // "019-251 8890": the rest of a phone number follows.
      /^[ -]\d{3,4}(?![\w/-])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) ||
      inAddress(text, m.index, m[0].length, addressLines)
    )
      continue;
    add(m[0]);
    // "385-512, 519, 533": the same family continued with its last digits only.
    const tail = /^(?:\s?,\s?\d{3}(?![\w/-])){1,8}/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (tail)
      for (const n of tail[0]
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean))
        add(n);
  }
  LABELLED_NUMBER.lastIndex = 0;
  for (let m = LABELLED_NUMBER.exec(text); m && out.length < 20; m = LABELLED_NUMBER.exec(text)) if (!YEAR.test(m[1]!)) add(m[1]!);
  CAMEL_MODEL.lastIndex = 0;
  for (let m = CAMEL_MODEL.exec(text); m && out.length < 20; m = CAMEL_MODEL.exec(text)) {
    const [, brand, num] = m as unknown as [string, string, string];
    if (YEAR.test(num) || NOT_SERIES.test(brand) || inAddress(text, m.index, m[0].length, addressLines)) continue;
    // "iPone 14" after "iPhone 14": the same product misspelt, not a second one.
    if (out.some((o) => o.endsWith(` ${num}`) && editDistanceWithin(o.slice(0, -num.length - 1).toLowerCase(), brand.toLowerCase(), 1) !== undefined)) continue;
    addNamed(brand, num);
  }
  // A catalogue's family list: "385/512 … 385/513 … 385/514" (one prefix several times, never a date).
  const family = new Map<string, string[]>();
  for (const m of text.matchAll(/(?<![\w/.-])(\d{3,4})\/(\d{3})(?![\w/-])/g)) {
    const list = family.get(m[1]!) ?? [];
    list.push(m[0]);
    family.set(m[1]!, list);
  }
  for (const list of family.values()) if (list.length >= 2) list.slice(0, 12).forEach(add);
  for (const name of namedProducts(text)) if (out.length < 20) add(name);
  // "E320s" after "USRP E320": the plural of a model already listed.
  return out.filter((o) => !/s$/.test(o) || !out.some((x) => x !== o && x.toUpperCase().replace(/\s+/g, '').endsWith(o.slice(0, -1).toUpperCase())));
}

/** A style or model given by its label: "the style is CATALINA", "Model: OUTLAW". Capitals only, so "type: standard" is not one. */
const LABELLED_NAME =
  /(?<![A-Za-z])(?:[Mm]odel(?:o|l|e)?|[Mm]odèle|[Ss]tyle|[Ee]stilo|[Ss]eries|[Dd]esign|[Aa]rti(?:cle|kel|culo|go)|[Мм]одель)(?: name| no\.?| number)?(?: is|:|#| =)[ \t]{0,2}([A-Z][A-Z0-9]{3,19}(?:[ -][A-Z0-9]{1,19})?)(?![\w-])/g;
/**
 * A counted product line: "four sleeves of Titleist Tour Prestige 90", "8 cases of Pinnacle Gold
 * Distance". Only a brand and its line, capitalised as names are, after a count and "of".
 */
const COUNTED_AT =
  /(?<![\w.])(?:\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a dozen)\s(?:[a-z]{3,12}\s)?of\s((?:[A-Z][A-Za-z&'’-]{1,20}\s){1,4}(?:[A-Z][A-Za-z&'’-]{1,20}|\d{1,4})(?![\w-]))/y;
/** Words that are capitalised for other reasons: generic product words, places, calendar, filler. */
const NOT_NAME_WORD =
  /^(?:the|our|your|this|that|these|those|each|all|any|new|old|good|high|low|best|top|premium|quality|standard|custom|original|genuine|brand|products?|items?|goods|samples?|materials?|sizes?|colou?rs?|models?|types?|steel|iron|copper|aluminium|aluminum|plastic|paper|cotton|sugar|rice|oil|gas|diesel|fuel|urea|cement|coal|gold|silver|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|china|india|usa|europe|africa|asia|american|chinese|indian|european|brazilian|russian|ukrainian|international|global|company|group|corporation|inc|ltd|llc|limited)$/i;

/** A count ("a dozen", six digits: 8 characters at most), a blank, and a word of up to 12 letters with its blank. */
const COUNT_REACH = 22;

/**
 * Where a counted name can begin: it holds " of " after its count, so only the 22 characters before each
 * " of ", each place once.
 */
function countStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  for (let of = text.indexOf('of', 1); of >= 0; of = text.indexOf('of', of + 1)) {
    if (!isSpaceCode(text.charCodeAt(of - 1)) || !isSpaceCode(text.charCodeAt(of + 2))) continue;
    for (let at = Math.max(next, of - COUNT_REACH); at < of - 1; at++) starts.push(at);
    next = Math.max(next, of - 1);
  }
  return starts;
}

/** Products named without a digit, in the two shapes where a human reads them as a model (not as a sentence's proper name). */
function namedProducts(text: string): string[] {
  const out: string[] = [];
  LABELLED_NAME.lastIndex = 0;
  for (let m = LABELLED_NAME.exec(text); m && out.length < 5; m = LABELLED_NAME.exec(text))
    if (!/^(?:NONE|SAME|TBD|TBA|NULL|STANDARD|CUSTOM|ANY|OTHER|OTHERS|OPEN)$/.test(m[1]!)) out.push(m[1]!);
  for (const m of stickyMatches(COUNTED_AT, text, countStarts(text))) {
    if (out.length >= 5) break;
    const words = m[1]!.trim().split(/\s+/);
    // A brand and its line: two names or more, led by the brand, not by a generic, place or calendar word.
    if (words.filter((w) => !/^\d+$/.test(w)).length >= 2 && !NOT_NAME_WORD.test(words[0]!)) out.push(words.join(' '));
  }
  return out;
}

const UNIT =
  '(?:pcs|pc|pieces?|sets?|units?|pairs?|cartons?|ctns?|boxes|box|rolls?|(?:square |sq\\.? ?|cubic )?(?:meters?|metres?)|mtrs?|m|(?:metric )?(?:tons?|tonnes?)|mt|kgs?|kilo(?:gram)?s?|grams?|lit(?:er|re)s?|gallons?|barrels?|bbls?|cbm|m3|yards?|containers?|(?:twenty|forty)[- ]?(?:foot|feet|ft)(?: high[- ]cube)? containers?|fcl|dozens?|doz|nos|bags?|bottles?|sheets?|reams?|pallets?|drums?|coils?|lots?|packs?|packets?|cans?|jars?|pails?|crates?|sqm|m2|шт\\.?|штук|единиц|unidades|unidad|piezas|pzas|pçs|pç|peças|pe[çc]as|pares|cajas|caixas|St[üu]ck|Stk\\.?|Paar|pi[èe]ces|paires|cartons|个|件|套|台|只|双|箱|米|吨)';
const QTY_RE = new RegExp(
  `(?<![\\w.,])(\\d{1,3}(?:[,.  ]\\d{3}){1,3}|\\d{1,9}(?:[.,]\\d{1,2})?)\\s?(?:k\\s?)?${UNIT}(?![\\p{L}\\d])|(?<![\\w])(\\d{1,2})\\s?[xX×]\\s?(?:20|40)\\s?(?:GP|HQ|HC|ft)(?![\\w])|(?<![\\w])(?:one|two|three|four|five|\\d{1,2})\\s(?:x\\s)?(?:20|40)['’]?\\s?(?:GP|HQ|HC|ft)?\\s?containers?`,
  'giu',
);

export interface Quantity {
  text: string;
  value: number;
  containers: number;
}

function numberOf(s: string): number {
  const t = s.replace(/[\s\u00a0\u202f]/g, '');
  // "1,000" / "1.000" thousands vs "2.5" decimals: three digits after a single separator are thousands.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(t)) return Number(t.replace(/[,.]/g, ''));
  return Number(t.replace(',', '.'));
}

export function findQuantities(ctx: Pick<SignalContext, 'text' | 'memo'>): Quantity[] {
  return ctx.memo('quantities', () => {
    const out: Quantity[] = [];
    const text = headOf(ctx);
    QTY_RE.lastIndex = 0;
    for (let m = QTY_RE.exec(text); m && out.length < 30; m = QTY_RE.exec(text)) {
      const whole = m[0].trim();
      if (m[1]) {
        let v = numberOf(m[1]);
        if (/\dk\s?/i.test(whole.slice(m[1].length, m[1].length + 3))) v *= 1000;
        if (!Number.isFinite(v) || v <= 0) continue;
        const containers = /container|fcl/i.test(whole) ? v : 0;
        out.push({ text: whole, value: v, containers });
      } else {
        const n = m[2]
          ? Number(m[2])
          : (({ one: 1, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[whole.split(/\s/)[0]!.toLowerCase()] ??
            (Number(whole.split(/\s/)[0]) || 1));
        out.push({ text: whole, value: n, containers: n });
      }
    }
    return out;
  });
}

/** How a quantity per model travels in the product.quantity hit's data: "HT-2210: 2,000 pcs; HT-3305: 1,500 pcs". */
export const PAIR_SEP = ': ';
export const PAIRS_SEP = '; ';

/** Text between a model and its quantity: on the same line, short, with no other model or quantity in between. */
const MAX_PAIR_GAP = 80;

interface Spot {
  text: string;
  start: number;
  end: number;
  kind: 'm' | 'q';
}

/** Where the needles stand as whole tokens, at most 60 of them, added to `out`. */
function spotsOf(text: string, needles: readonly string[], kind: Spot['kind'], out: Spot[]): void {
  let found = 0;
  for (const n of needles) {
    // Only whole tokens: "HT-2210" is not inside "HT-22105".
    for (let i = text.indexOf(n); i >= 0 && found < 60; i = text.indexOf(n, i + n.length)) {
      if (/[\w-]/.test(text.charAt(i - 1)) || /[\w-]/.test(text.charAt(i + n.length))) continue;
      out.push({ text: n, start: i, end: i + n.length, kind });
      found++;
    }
  }
}

/**
 * Each quantity with the model it belongs to. Buyers write one order line after another in one shape,
 * either "2,000 pcs of HT-2210" or "HT-2210 - 2,000 pcs": both readings are tried and the one that
 * pairs more models (then the one with the shorter links) wins. A model gets at most one quantity.
 */
export function pairQuantities(text: string, models: readonly string[], quantities: readonly string[]): Array<{ model: string; quantity: string }> {
  // Spots made with their kind in one array: copying each into a new object cost more than the search.
  const all: Spot[] = [];
  spotsOf(text, models, 'm', all);
  spotsOf(text, [...new Set(quantities)], 'q', all);
  all.sort((a, b) => a.start - b.start);
  const reading = (first: 'm' | 'q') => {
    const pairs: Array<{ model: string; quantity: string }> = [];
    const used = new Set<string>();
    let gaps = 0;
    for (let i = 0; i + 1 < all.length; i++) {
      const a = all[i]!;
      const b = all[i + 1]!;
      if (a.kind !== first || b.kind === first || b.start < a.end) continue;
      const gap = text.slice(a.end, b.start);
      if (gap.length > MAX_PAIR_GAP || gap.includes('\n')) continue;
      const model = a.kind === 'm' ? a.text : b.text;
      const key = model.toUpperCase();
      if (used.has(key)) continue;
      used.add(key);
      pairs.push({ model, quantity: a.kind === 'q' ? a.text : b.text });
      gaps += gap.length;
      i++;
    }
    return { pairs, gaps };
  };
  const before = reading('q');
  const after = reading('m');
  const best = after.pairs.length > before.pairs.length || (after.pairs.length === before.pairs.length && after.gaps < before.gaps) ? after : before;
  return best.pairs;
}

const SPEC = wordsRegex([
  '\\d{1,5}(?:[.,]\\d{1,3})?[ \\t]?(?:VAC|VDC|kW|mA|Hz|kHz|MHz|mm|cm|µm|um|micron|mic|lm|lm/W|°C|℃|gsm|g/m2|mAh|Ah|bar|psi|rpm|Nm|kg/m3|dB|ppm|L/min|BPH|MPa)',
  'IP ?[1-6][0-9X]',
  'CRI ?[>≥]? ?\\d{2}',
  '±\\s?\\d',
  'AISI ?\\d{3}L?',
  'SUS ?\\d{3}L?',
  '\\d{4}-T\\d',
  '\\d{2}s ?x ?\\d{2}s',
  '\\d{2,3} ?x ?\\d{2,3}(?: ?x ?\\d{2,4})? ?(?:mm|cm)',
  '(?:stainless steel|aluminium|aluminum|brass|copper|polypropylene|PP|PE|PET|HDPE|LDPE|ABS|PVC|nylon|cotton|polyester|nitrile|silicone|tempered glass) (?:\\d|grade|body|housing|material)',
  'Type [A-C](?:\\+[A-C])?',
  'tolerances?',
  'datasheet|data sheet|drawing|specification sheet',
]);

/**
 * One-letter units (volts, watts, amperes, kelvin, newtons) in capitals only, on the number's own line: "9 a.m.",
 * "100 N. Tryon St." and a house number above "A-9020 Klagenfurt" are not specifications.
 */
const SPEC_LETTER = /(?<![A-Za-z0-9])\d{1,5}(?:[.,]\d{1,3})?(?:[VWAKN]|[ \t][VWAKN](?!\.[ \t]*[A-Z]))(?![A-Za-z0-9-])/;

export const productSignal: Signal = {
  name: 'product',
  run(ctx) {
    const hits: SignalHit[] = [];
    const models = findModels(ctx);
    const catalog = ctx.settings.catalog;
    if (catalog.length) {
      const norm = (s: string) => s.toUpperCase().replace(/[\s._/-]/g, '');
      const wanted = new Map(catalog.map((c) => [norm(c.model), c.model] as const));
      const matched = models.filter((m) => wanted.has(norm(m))).map((m) => wanted.get(norm(m))!);
      // Catalog models written with spaces ("LX T8 1200") escape the tokenizer: check the text too.
      if (!matched.length && catalog.length <= 5000) {
        const flat = norm(headOf(ctx));
        for (const [k, v] of wanted) if (k.length >= 4 && flat.includes(k)) matched.push(v);
      }
      if (matched.length)
        hits.push(
          hit(ctx, 'product.catalog', matched.slice(0, 3).join(', '), { models: [...new Set(matched)].slice(0, 10).join(', '), count: matched.length }),
        );
    }
    const quoted = quotedModels(ctx);
    // A reply that asks about "them" names its product only in the quoted conversation: show it, without credit.
    // Only in a reply: an advert with a stolen thread pasted under it is about nothing in that thread.
    if (!models.length && quoted.length && REPLY_SUBJECT.test(ctx.inquiry.subject))
      hits.push(hit(ctx, 'product.quoted', quoted.slice(0, 3).join(', '), { quotedModels: quoted.slice(0, 10).join(', ') }));
    if (models.length)
      hits.push(
        hit(ctx, 'product.model', models.slice(0, 3).join(', '), {
          models: models.slice(0, 10).join(', '),
          count: models.length,
          ...(quoted.length ? { quotedModels: quoted.slice(0, 10).join(', ') } : {}),
        }),
      );
    const qs = findQuantities(ctx);
    if (qs.length) {
      const max = Math.max(...qs.map((q) => q.value));
      const containers = qs.reduce((a, q) => a + q.containers, 0);
      const biggest = qs.find((q) => q.value === max)!;
      // Several models with their own quantities: the reply restates each quantity with its model.
      const pairs =
        models.length >= 2 && qs.length >= 2
          ? pairQuantities(
              headOf(ctx),
              models,
              qs.map((q) => q.text),
            )
          : [];
      const quantity = pairs.length >= 2 ? pairs.map((p) => `${p.model}${PAIR_SEP}${p.quantity}`).join(PAIRS_SEP) : biggest.text;
      hits.push(
        hit(
          ctx,
          'product.quantity',
          qs
            .slice(0, 3)
            .map((q) => q.text)
            .join(', '),
          { quantity, max, containers },
        ),
      );
    }
    const spec = SPEC.exec(headOf(ctx)) ?? SPEC_LETTER.exec(headOf(ctx));
    if (spec) hits.push(hit(ctx, 'product.spec', spec[0]));
    const words = ctx.settings.industryWords;
    const lower = words.length ? headOf(ctx).toLowerCase() : '';
    const word = words.find((w) => w.trim().length >= 3 && lower.includes(w.toLowerCase()));
    if (word) hits.push(hit(ctx, 'product.industry', word, { word }));
    return hits;
  },
};
