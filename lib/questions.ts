import type { QuestionId, QuestionResult } from './analysis';
import { QUESTION_IDS } from './analysis';
import type { SignalHit } from './signals/types';
import { clip, hitOf } from './signals/types';
import { wordsRegex } from './text/patterns';
import type { SignalId } from './weights';

/** The buyer describes their business ("we are an electrical distributor…"): answers "are you in the … business". */
const BUSINESS_DESCRIPTION = [
  wordsRegex([
    "(?:we are|we're|i am|i'm|i run|we run|we own|our company is|our firm is) (?:a|an|one of the) (?:leading |largest |small |medium[- ]sized |family[- ]owned |growing |well[- ]known |established )?[a-z -]{0,40}(?:distributor|importer|wholesaler|manufacturer|retailer|installer|contractor|factory|producer|dealer|reseller|chain|brand|processor|maker|supplier|integrator|company|business|firm|agency|agent|store|shop)s?",
    'we (?:manufacture|produce|distribute|import|sell|supply|install|operate|process|assemble)',
    '(?:wir sind|wir haben|unser unternehmen ist) (?:ein|eine|einer)? ?[a-zäöüß -]{0,40}(?:h[aä]ndler|hersteller|importeur|gro[sß]h[aä]ndler|unternehmen|betrieb|installateur|firma)',
    '(?:somos|nuestra empresa es|nossa empresa [ée]) (?:un|una|uma|o|a)? ?[a-záéíóúñçãõ -]{0,40}(?:distribuidor|importador|fabricante|mayorista|atacadista|empresa|minorista|varejista|instalador)a?',
    '(?:nous sommes|notre soci[ée]t[ée] est) (?:un|une)? ?[a-zéèêàç -]{0,40}(?:distributeur|importateur|fabricant|grossiste|soci[ée]t[ée]|entreprise|installateur)',
    '(?:мы|наша компания)(?: является)? [а-яё -]{0,40}(?:дистрибьютор|импортер|производител|оптов|компани)\\S{0,4}',
  ]),
  /我们是[^。\n]{1,30}(?:公司|工厂|经销商|进口商|批发商)/u,
];

const EXPERIENCE = [
  wordsRegex([
    '(?:since|established(?: in)?|founded(?: in)?|est\\.|in business since|operating since) (?:19|20)\\d\\d',
    '(?:for|over|more than|almost|nearly|about) \\d{1,3}\\+? years',
    '\\d{1,3}\\+? years (?:of experience|in (?:the|this) (?:business|industry|market|trade)|in business)',
    '(?:seit|gegr[uü]ndet) (?:19|20)\\d\\d',
    'seit (?:über |mehr als )?\\d{1,3} Jahren',
    '(?:desde|fundada en|fundada em|depuis|fond[ée]e en) (?:19|20)\\d\\d',
    '(?:hace|há|depuis) (?:m[aá]s de |mais de |plus de )?\\d{1,3} (?:a[ñn]os|anos|ans)',
    '\\d{1,3} (?:a[ñn]os|anos|ans) (?:de experiencia|de experiência|d.exp[ée]rience)',
    '(?:с|основан[аоы]? в) (?:19|20)\\d\\d',
    '(?:более )?\\d{1,3} (?:лет|года) (?:на рынке|опыта|работы)',
  ]),
  /(?:成立于|创立于)\s?(?:19|20)\d\d/u,
];

const CUSTOMERS = [
  wordsRegex([
    '(?:we|mainly|mostly) (?:sell|supply|distribute|serve)(?: mainly| mostly)? (?:to|into) [a-z ,-]{3,60}',
    '(?:our|my) (?:customers|clients|buyers|end users) (?:are|include)[a-z ,-]{0,60}',
    'supply(?:ing)? (?:to )?(?:about |over |more than |around )?(?:\\d{1,6}\\+? )?(?:retailers|supermarkets|wholesalers|contractors|hospitals|hotels|dealers|installers|chains|shops|stores)',
    '(?:retail|online|physical) (?:stores?|shops?)',
    '\\d{1,4} (?:stores|shops|branches|outlets|points of sale)',
    'for (?:our|own) (?:use|production|factory|project|plant|line)',
    '(?:our|own) (?:factory|plant|production line|assembly line|projects?)',
    'amazon|shopify|e-?commerce',
    '(?:wir beliefern|unsere Kunden sind|unsere Kunden)',
    '(?:vendemos a|nuestros clientes son|nossos clientes s[aã]o|vendemos para|nos clients sont|nous vendons [àa])',
    '(?:наши клиенты|мы поставляем)',
  ]),
  /(?:我们的客户|客户主要是)/u,
];

const VOLUME = [
  wordsRegex([
    'annual (?:turnover|sales|revenue|volume|purchas(?:e|es|ing)|consumption|requirement|demand)',
    '(?:turnover|revenue|sales) of (?:about |approx\\.? |around |over )?(?:USD|US\\$|\\$|EUR|€|GBP|£)? ?\\d',
    '\\d[\\d.,]{0,12} ?(?:[kKmM]|million|mio\\.?|thousand)? ?(?:pcs|pieces|units|sets|pairs|nos|m|meters|tons|containers)? ?(?:per|a|/|each) ?(?:year|yr|annum|month|mo|quarter)',
    '(?:per|each) (?:year|month|quarter)',
    'yearly|monthly (?:volume|demand|requirement|consumption|orders?)',
    '\\d{1,6} (?:employees|staff|workers|branches|stores|outlets)',
    'Jahresumsatz|Jahresbedarf|pro Jahr|im Jahr|pro Monat',
    'facturaci[oó]n anual|ventas anuales|al a[ñn]o|por a[ñn]o|por mes|faturamento anual|por ano',
    "chiffre d'affaires|par an|par mois",
    'годовой оборот|в год|в месяц|ежемесячно',
  ]),
  /(?:年销售额|年采购量|每年|每月)/u,
];

function find(patterns: readonly RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

function evidenceOf(hits: readonly SignalHit[], ...ids: SignalId[]): string | undefined {
  for (const id of ids) {
    const h = hitOf(hits, id);
    if (h) return h.evidence;
  }
  return undefined;
}

/**
 * Which of the six qualifying questions the inquiry already answers, with the evidence.
 * Signals supply website and contact facts; the business questions are read from the text here.
 */
export function answerQuestions(hits: readonly SignalHit[], text: string): QuestionResult[] {
  const answers: Record<QuestionId, string | undefined> = {
    industry: evidenceOf(hits, 'product.catalog', 'product.industry') ?? find(BUSINESS_DESCRIPTION, text),
    experience: find(EXPERIENCE, text),
    customers: find(CUSTOMERS, text),
    volume: find(VOLUME, text),
    contact: contactAnswer(hits),
    website: evidenceOf(hits, 'website.present', 'domain.match', 'domain.company'),
  };
  return QUESTION_IDS.map((id) => {
    const ev = answers[id];
    return ev ? { id, answered: true, evidence: clip(ev, 120) } : { id, answered: false };
  });
}

/** Full company name plus a way to reach them other than e-mail (address or landline). */
function contactAnswer(hits: readonly SignalHit[]): string | undefined {
  const company = evidenceOf(hits, 'contact.company-name', 'relay.platform-fields');
  const reach = evidenceOf(hits, 'contact.address', 'contact.landline');
  return company && reach ? `${company} · ${reach}` : undefined;
}
