import type { Phone } from '../extract/phones';
import { isFreeMail } from '../domains/freemail';
import { findPhones } from '../extract/phones';
import { isPlainAscii } from '../text/ascii';
import { WORD_END, WORD_START, wordsRegex } from '../text/patterns';
import { countryFromText } from './countries';
import { senderView } from './domain';
import { platformShown } from './envelope';
import type { Signal, SignalContext, SignalHit } from './types';
import { hit } from './types';

/** The legal forms a company registers under ("Co., Ltd.", "GmbH", "S.A.", "Sdn. Bhd."). */
const REGISTERED_FORM =
  '(?:Co\\.,? ?Ltd\\.?|Company Limited|Limited|Ltd\\.?|L\\.?L\\.?C\\.?|Inc\\.?|Incorporated|Corp\\.?|Corporation|GmbH(?: ?& ?Co\\.? ?KG)?|AG|KG|OHG|e\\.K\\.|S\\.?A\\.?(?: de C\\.?V\\.?)?|S\\.?L\\.?U?|S\\.?A\\.?S\\.?|SARL|S\\.?A\\.?R\\.?L\\.?|S\\.?p\\.?A\\.?|S\\.?r\\.?l\\.?|Pty\\.? Ltd\\.?|Pvt\\.? Ltd\\.?|Private Limited|LLP|PLC|B\\.?V\\.?|N\\.?V\\.?|Sp\\. ?z ?o\\.?o\\.?|LTDA\\.?|Ltda\\.?|A\\.[SŞ]\\.?|EIRELI|ME|JSC|PJSC|OOO|ООО|АО|ЗАО|ПАО|Oy|AB|A/S|ApS|AS|Est\\.?|Establishment|FZE|FZCO|FZ-LLC|W\\.?L\\.?L\\.?|Sdn\\.? Bhd\\.?|Bhd\\.?|PT|Tbk|K\\.?K\\.?|Kft\\.?|s\\.r\\.o\\.?|Co\\.|Company)';
/** A company name's last word: a legal form, or a business word a name may end in instead ("… Trading"). */
const LEGAL_FORM = `(?:${REGISTERED_FORM}|Trading|Enterprises?|Industries|Group)`;
const REGISTERED_NAME = new RegExp(`(?:^|[\\s,.])${REGISTERED_FORM}$`, 'iu');

/** Whether a company name ends in a form it is registered under, not just a business word ("Gas Financial Trading"). */
export function registeredName(name: string): boolean {
  return REGISTERED_NAME.test(name.trim());
}
// A capitalised name (1–6 words) ending in a legal form: "Harborline Electric Supply, Inc."
const COMPANY_RE = new RegExp(
  `(?:^|[\\n:,;(]|\\s)((?:[A-Z0-9ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝА-Я&][\\w'’.&À-ÿА-яё-]{0,30}[ ,]{1,2}(?:(?:de|da|do|dos|das|del|la|le|van|von|der|di|e|y|and|of|&) )?){1,6}${LEGAL_FORM})(?=$|[\\s,.;)\\n])`,
  'mu',
);
const COMPANY_CJK = /[\u4e00-\u9fff]{2,30}(?:有限公司|股份有限公司|集团|工厂|株式会社)/u;
const COMPANY_RU = /(?:ООО|АО|ЗАО|ПАО|ИП)\s{0,2}[«"„]?[^»"\n]{2,60}[»"“]?/u;

const STREET = new RegExp(
  `${WORD_START}(?:\\d{1,5}[a-zA-Z]?,? (?:[\\w.'À-ÿ-]{1,30} ){0,4}(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|ln|lane|way|pkwy|parkway|hwy|highway|ct|court|pl|place|sq|square|ter|terrace|close|crescent|industrial (?:estate|park|area)|business park)\\.?${WORD_END}|(?:[\\wÀ-ÿ-]{2,30}(?:stra(?:ß|ss)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)) ?\\d{1,5}|(?:calle|c/|avenida|av\\.|avda\\.|rua|r\\.|rue|via|viale|corso|piazza|ulica|ul\\.|улица|ул\\.|проспект|пр-т|jalan|jl\\.|soi|đường|plot|p\\.?o\\.? box|box|building|bldg|block|sector|zone|km)\\s[^\\n]{2,60}?\\d{1,5})`,
  'iu',
);
const POSTCODE_CITY =
  /(?:^|\n)[^\n]{0,60}(?:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b|\b\d{2}-\d{3}\b|\b\d{6}\b|\b\d{4} ?[A-Z]{2}\b)[^\n]{0,60}/u;
const CJK_ADDRESS = /[\u4e00-\u9fff]{2,20}(?:路|街|道|号|區|区|市)[\u4e00-\u9fff\d-]{1,20}/u;

const TITLE = [
  wordsRegex([
    '(?:senior |sr\\.? |chief |lead |head |junior |assistant |deputy |regional |global |general |group )?(?:purchasing|procurement|sourcing|buying|supply chain|import|export|sales|marketing|product|project|operations|technical|quality|category|business development|logistics|production|plant|engineering|commercial|finance|managing|general) (?:manager|director|head|officer|engineer|executive|assistant|specialist|coordinator|lead|staff|clerk|agent)',
    'head of [a-z]{3,20}',
    'director of [a-z]{3,20}',
    '(?:chief |senior |lead |category )?buyer',
    'managing director',
    'general manager',
    'CEO|CFO|COO|CTO|MD|GM',
    'owner|co-?founder|founder|president|vice president|chairman|proprietor|partner|director',
    'project engineer|procurement engineer|design engineer|purchaser',
    'Einkaufsleiter(?:in)?|Leiter(?:in)? Einkauf|Eink[äa]ufer(?:in)?|Gesch[äa]ftsf[üu]hrer(?:in)?|Inhaber(?:in)?|Einkauf|Vertrieb|Prokurist(?:in)?',
    'responsable (?:des )?achats|acheteu(?:r|se)|g[ée]rant(?:e)?|directeur(?: g[ée]n[ée]ral)?|pr[ée]sident(?:e)?',
    'jefe de compras|gerente(?: de compras| general| comercial)?|comprador(?:a)?|director(?:a)?(?: general| de compras)?',
    'diretor(?:a)?|gerente de suprimentos|s[óo]ci[oa]|propriet[áa]ri[oa]',
    'руководитель [а-яё ]{3,30}|начальник [а-яё ]{3,30}|менеджер по закупкам|директор|генеральный директор',
  ]),
  /(?:采购经理|采购主管|采购员|采购|总经理|经理|董事长)/u,
];

const REGISTRATION = wordsRegex([
  '(?:vat|tax|gst|trn|tin|ein|ust-?id(?:nr)?|st\\.?-?nr|nip|regon|krs|cnpj|cpf|rfc|nif|cif|siret|siren|abn|acn|gstin|cr|rc|rc no|hrb|hra|инн|огрн|кпп|uen|npwp|nit|ruc|rut)\\.?(?: no\\.?| number| nr\\.?)?\\s{0,3}[:#]?\\s{0,3}[A-Z]{0,3}\\d[\\d .\\/-]{4,20}',
  '(?:registration|company reg(?:istration)?|reg\\.?|handelsregister|registre du commerce) (?:no\\.?|number|nr\\.?)\\s{0,3}[:#]?\\s{0,3}[A-Z0-9][A-Z0-9 .\\/-]{3,20}',
  'amtsgericht [a-zäöü]{2,20},? hr[ab] ?\\d{2,7}',
]);

export interface ContactFacts {
  company?: string;
  title?: string;
  country?: string;
  countryEvidence?: string;
  address?: string;
  phones: Phone[];
}

/** Words that open a signature line before the company: a job title, not part of the name. */
const LEADING_TITLE =
  /^(?:(?:senior|sr\.?|chief|head|junior|assistant|deputy|regional|global|general|group|purchasing|procurement|sourcing|buying|supply chain|sales|marketing|project|operations|technical|managing|export|import)\s+){0,3}(?:manager|director|officer|engineer|executive|buyer|coordinator|specialist|president|ceo|owner|head)\s+/i;
/** Lines that name a firm without being the sender's: attachments, footers, platforms, copyright. */
const NOT_SENDER_COMPANY =
  /(?:attach|file|copyright|©|all rights reserved|powered by|registered office|sent (?:from|via)|alibaba|made-in-china|global sources|linkedin|microsoft|google|apple)/i;
/** Where a writer introduces their own company in the text: "we are X Ltd", "this is Anna from X GmbH". */
const SELF_INTRO_G =
  /(?:we are|we're|this is|i am|i'm|my name is|on behalf of|representing|(?:i|we) represent|i work (?:for|at)|writing from|from|de la empresa|somos|represento|nous sommes|je représente|wir sind|ich vertrete|мы|я представляю)\b/gi;

/** The same cues without the i flag, for a lower-case copy: the pattern is written in lower case. */
const SELF_INTRO_LOWER = new RegExp(SELF_INTRO_G.source, 'g');

/** The sentences where the writer introduces themself, found from each cue rather than by splitting everything. */
function selfIntroduction(text: string): string {
  const out: string[] = [];
  // Plain ASCII text is scanned in lower case without case folding at every character (several times
  // faster); its copy keeps every position, so the cues are found at the same places.
  const ascii = isPlainAscii(text);
  const cue = ascii ? SELF_INTRO_LOWER : SELF_INTRO_G;
  const scanned = ascii ? text.toLowerCase() : text;
  cue.lastIndex = 0;
  for (let m = cue.exec(scanned); m && out.length < 10; m = cue.exec(scanned)) {
    let start = m.index;
    while (start > 0 && !'.!?\n'.includes(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !'.!?\n'.includes(text[end]!)) end++;
    out.push(text.slice(start, Math.min(end + 1, text.length)));
    cue.lastIndex = Math.max(cue.lastIndex, end);
  }
  return out.join('\n');
}

/**
 * The sender's company comes from their signature or their own introduction, never from any sentence
 * that happens to name a firm (a client, a supplier, an attachment, a footer).
 */
function findCompany(ctx: SignalContext): string | undefined {
  const p = ctx.inquiry.platform?.company;
  // Both capped at 4 000 characters: the company patterns rescan a bounded window from each start. The
  // introduction is looked for only when the signature names no company.
  for (const source of ['signature', 'introduction'] as const) {
    const s = source === 'signature' ? ctx.signature.slice(0, 4000) : selfIntroduction(ctx.body.slice(0, 4000));
    if (!s) continue;
    const m = COMPANY_RE.exec(s);
    if (m?.[1]) {
      const name = m[1]
        .replace(/^[\s,]+/, '')
        .trim()
        .replace(LEADING_TITLE, '');
      // Reject sentences that merely end in "Company" ("we are a small trading company").
      if (!/^(?:we|our|i|a|an|the|your|this|as)\s/i.test(name) && !NOT_SENDER_COMPANY.test(lineAround(s, m.index))) return name;
    }
    const cjk = COMPANY_CJK.exec(s) ?? COMPANY_RU.exec(s);
    if (cjk) return cjk[0].trim();
  }
  return p || undefined;
}

function findTitle(ctx: SignalContext): string | undefined {
  const sig = ctx.signature;
  if (!sig) return undefined;
  for (const re of TITLE) {
    const m = re.exec(sig);
    if (m) return m[0];
  }
  return undefined;
}

/** An address is a line of the signature: short, no question, no first person ("How many tickets do you have?"). */
function addressLine(s: string, at: number): string | undefined {
  const line = lineAround(s, at);
  if (line.length > 100 || /\?|\b(?:i|we|you|please|thanks|price|for \$)\b/i.test(line) || NOT_SENDER_COMPANY.test(line)) return undefined;
  return line;
}

function findAddress(ctx: SignalContext): string | undefined {
  const sig = ctx.signature;
  if (!sig) return undefined;
  const m = STREET.exec(sig) ?? CJK_ADDRESS.exec(sig);
  const street = m ? addressLine(sig, m.index) : undefined;
  if (street) return street;
  const pc = POSTCODE_CITY.exec(sig);
  // A postcode line counts only with a letter-bearing place name next to it, not a phone number.
  if (pc && /[A-Za-zÀ-ÿ]{3,}/.test(pc[0]) && !/(?:tel|phone|fax|mob|\+)/i.test(pc[0])) return addressLine(sig, pc.index + pc[0].search(/\S/));
  return undefined;
}

function lineAround(s: string, at: number): string {
  const start = s.lastIndexOf('\n', at) + 1;
  const end = s.indexOf('\n', at);
  return s
    .slice(start, end < 0 ? undefined : end)
    .trim()
    .slice(0, 120);
}

export function contactFacts(ctx: SignalContext): ContactFacts {
  return ctx.memo('contact', () => {
    const phones = findPhones(ctx);
    const facts: ContactFacts = { phones };
    const company = findCompany(ctx);
    if (company) facts.company = company;
    const title = findTitle(ctx);
    if (title) facts.title = title;
    const address = findAddress(ctx);
    if (address) facts.address = address;
    const platformCountry = ctx.inquiry.platform?.country ? countryFromText(ctx.inquiry.platform.country) : undefined;
    const textCountry = countryFromText(`${ctx.signature}\n${address ?? ''}`);
    const phoneCountry = phones.find((p) => p.country && p.kind !== 'unknown')?.country ?? phones.find((p) => p.country)?.country;
    if (platformCountry) {
      facts.country = platformCountry.code;
      facts.countryEvidence = ctx.inquiry.platform?.country ?? platformCountry.evidence;
    } else if (textCountry) {
      facts.country = textCountry.code;
      facts.countryEvidence = textCountry.evidence;
    } else if (phoneCountry) {
      facts.country = phoneCountry;
      facts.countryEvidence = phones.find((p) => p.country === phoneCountry)?.raw ?? phoneCountry;
    }
    return facts;
  });
}

export const contactSignal: Signal = {
  name: 'contact',
  run(ctx) {
    const hits: SignalHit[] = [];
    const f = contactFacts(ctx);
    if (f.company) hits.push(hit(ctx, 'contact.company-name', f.company, { company: f.company }));
    if (f.address) hits.push(hit(ctx, 'contact.address', f.address));
    const land = f.phones.find((p) => p.kind === 'landline');
    const fax = f.phones.find((p) => p.kind === 'fax');
    const mobile = f.phones.find((p) => p.kind === 'mobile');
    if (land) hits.push(hit(ctx, 'contact.landline', land.raw, { country: land.country ?? '' }));
    if (fax) hits.push(hit(ctx, 'contact.fax', fax.raw));
    if (mobile && !land) hits.push(hit(ctx, 'contact.mobile-only', mobile.raw, { country: mobile.country ?? '' }));
    if (f.title) hits.push(hit(ctx, 'contact.title', f.title, { title: f.title }));
    // The signature first, then the body (which holds it): each a part of the analysed text, so one that
    // names no registration is passed over without a scan.
    const reg = REGISTRATION.exec(ctx.signature) ?? REGISTRATION.exec(ctx.body.slice(0, 20_000));
    if (reg) hits.push(hit(ctx, 'contact.registration', reg[0]));
    const hasSignature = Boolean(ctx.signature) && (Boolean(f.company) || f.phones.length > 0 || Boolean(f.title));
    // Short mail from a company address is how real buyers write; without one, the missing signature leaves nothing to check.
    const v = senderView(ctx);
    const anonymous = !v.buyerDomain || isFreeMail(v.buyerDomain, ctx.settings.extraFreeMailDomains);
    if (!hasSignature && anonymous && !v.relay && !ctx.inquiry.platform && !platformShown(ctx))
      hits.push(hit(ctx, 'contact.no-signature', 'No signature with company, title or phone'));
    return hits;
  },
};
