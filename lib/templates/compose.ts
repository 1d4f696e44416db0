import type { Band, InquiryFacts, QuestionId, Reply, ReplyKind, ReplyLang, Role, SampleAdvice } from '../analysis';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Phrases } from './phrases';
import { pt } from './pt';
import { ru } from './ru';
import { fill } from './util';

export const PHRASES: Record<ReplyLang, Phrases> = { en, es, pt, ru, fr, de };

export interface ReplyInput {
  lang: ReplyLang;
  facts: InquiryFacts;
  openQuestions: QuestionId[];
  sample: SampleAdvice;
  risk: boolean;
  band: Band;
  role: Role;
  sender: { companyName: string; signature: string; industryWords: string[] };
}

export const REPLY_KINDS: readonly ReplyKind[] = ['ask-questions', 'quotation', 'sample-terms', 'verification', 'decline'];

/** Which reply fits this inquiry best (the others are still offered). */
export function recommendedKind(input: ReplyInput): ReplyKind {
  if (input.risk) return input.band === 'low' ? 'decline' : 'verification';
  if (input.sample.advice === 'verify-first') return 'verification';
  if (input.sample.advice === 'decline') return 'decline';
  if (input.openQuestions.length >= 3 && input.band !== 'high') return 'ask-questions';
  if (input.sample.requested && (input.sample.advice === 'send-free' || input.sample.advice === 'send-paid')) return 'sample-terms';
  return 'quotation';
}

/** The question worth asking even in a quotation: the one that most helps to judge the buyer. */
const MOST_USEFUL: readonly QuestionId[] = ['website', 'contact', 'volume', 'customers', 'industry', 'experience'];

interface Ctx {
  p: Phrases;
  input: ReplyInput;
  product: string;
  industry: string;
}

function signature(c: Ctx): string[] {
  const s = c.input.sender.signature.trim();
  if (s) return [c.p.signOff, s];
  return [c.p.signOff, fill(c.p.fill.yourName), c.input.sender.companyName.trim() || fill(c.p.fill.company)];
}

function thanks(c: Ctx): string {
  return c.product ? c.p.thanks(c.product) : c.p.thanksGeneric;
}

function numbered(lines: string[]): string[] {
  return lines.map((l, i) => `${i + 1}. ${l}`);
}

function askQuestions(c: Ctx): string[] {
  const open = c.input.openQuestions;
  const middle = open.length ? [c.p.questionsIntro, '', ...numbered(open.map((q) => c.p.questions[q](c.industry))), '', c.p.questionsOutro] : [c.p.noOpenQuestions];
  return [thanks(c), '', ...middle];
}

function quotation(c: Ctx): string[] {
  const f = c.input.facts;
  const lines = [thanks(c), '', c.p.quotationIntro];
  if (f.products.length) {
    const r = c.p.restate;
    const parts = [r.intro, c.p.list(f.products.slice(0, 3)), f.quantity && `(${f.quantity})`, f.incoterm && r.terms(f.incoterm), f.payment && r.payment(f.payment)];
    lines.push(`${parts.filter(Boolean).join(' ')}.`);
  }
  lines.push(fill(c.p.fill.attachQuote), '', ...c.p.priceLines, '', c.p.roleNote[c.input.role]);
  const ask = MOST_USEFUL.find((q) => c.input.openQuestions.includes(q));
  if (ask) lines.push('', `${c.p.oneQuestion} ${c.p.questions[ask](c.industry)}`);
  lines.push('', c.p.quotationClose);
  return lines;
}

function sampleTerms(c: Ctx): string[] {
  const lines = [thanks(c), '', c.p.sample[c.input.sample.advice]];
  if (c.input.sample.advice === 'verify-first' && c.input.openQuestions.length) {
    lines.push('', ...numbered(c.input.openQuestions.map((q) => c.p.questions[q](c.industry))));
  }
  return lines;
}

function verification(c: Ctx): string[] {
  return [c.p.verificationIntro, '', ...c.p.verificationItems.map((i) => `- ${i}`), '', c.p.verificationOutro];
}

function decline(c: Ctx): string[] {
  return [c.input.risk ? c.p.declineRiskBody : c.p.declineBody];
}

const BODY: Record<ReplyKind, (c: Ctx) => string[]> = {
  'ask-questions': askQuestions,
  quotation,
  'sample-terms': sampleTerms,
  verification,
  decline,
};

function subject(kind: ReplyKind, c: Ctx): string {
  const s = c.p.subject;
  const base =
    kind === 'ask-questions' ? s.askQuestions(c.product) : kind === 'quotation' ? s.quotation(c.product) : kind === 'sample-terms' ? s.sampleTerms(c.product) : kind === 'verification' ? s.verification : s.decline;
  const company = c.input.sender.companyName.trim();
  return company && kind !== 'decline' ? `${base} \u2013 ${company}` : base;
}

/** Tidy what composition leaves behind: doubled spaces, space before punctuation, runs of blank lines. */
function tidy(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/[ \t]{2,}/g, ' ')
    // One space at most is left here: ` +` would only add a retry from every blank of a run.
    .replace(/ ([.,])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function buildReplies(input: ReplyInput): Reply[] {
  const p = PHRASES[input.lang] ?? en;
  const product = p.list(input.facts.products.slice(0, 2));
  const c: Ctx = { p, input, product, industry: input.sender.industryWords[0]?.trim() || product || fill(p.fill.industry) };
  const best = recommendedKind(input);
  return REPLY_KINDS.map((kind) => ({
    kind,
    language: input.lang,
    subject: subject(kind, c),
    body: tidy([p.greeting(input.facts.firstName), '', ...BODY[kind](c), '', ...signature(c)]),
    recommended: kind === best,
  }));
}
