import type { Band, InquiryFacts, QuestionId, Reply, ReplyKind, ReplyLang, Role, SampleAdvice } from '../analysis';
import type { ShippingGiven } from '../sample';
import { PAIR_SEP, PAIRS_SEP } from '../signals/product';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { ContactPart, Formal, Phrases, ShipPart } from './phrases';
import { VERIFY_ITEMS } from './phrases';
import { pt } from './pt';
import { ru } from './ru';
import { fill } from './util';
import { zh } from './zh';

export const PHRASES: Record<ReplyLang, Phrases> = { en, es, pt, ru, fr, de };

/**
 * A reply with its Chinese gloss: the same reply composed from the Chinese phrases, so a rep who reads
 * Chinese better knows what they send. Only `subject` and `body` are ever copied or inserted.
 */
export interface GlossedReply extends Reply {
  gloss: { subject: string; body: string };
}

export interface ReplyInput {
  lang: ReplyLang;
  facts: InquiryFacts;
  openQuestions: QuestionId[];
  /** The advice, and what the buyer already gave for shipping (never asked again). */
  sample: SampleAdvice & { given?: ShippingGiven };
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

const given = (c: Ctx): ShippingGiven => c.input.sample.given ?? {};

/** The contact parts still missing: the full company name, an address, a phone number. */
function missingContact(c: Ctx): ContactPart[] {
  const g = given(c);
  const missing: ContactPart[] = [];
  if (!c.input.facts.company.trim()) missing.push('company');
  if (!g.address) missing.push('address');
  if (!g.phone) missing.push('phone');
  return missing;
}

/** One open question in words; the contact question asks only for its missing parts (none: not asked). */
function question(c: Ctx, q: QuestionId): string | undefined {
  if (q !== 'contact') return c.p.questions[q](c.industry);
  const missing = missingContact(c);
  return missing.length ? c.p.contact(missing) : undefined;
}

function openQuestions(c: Ctx): string[] {
  const out: string[] = [];
  for (const id of c.input.openQuestions) {
    const q = question(c, id);
    if (q) out.push(q);
  }
  return out;
}

function askQuestions(c: Ctx): string[] {
  const open = openQuestions(c);
  const middle = open.length ? [c.p.questionsIntro, '', ...numbered(open), '', c.p.questionsOutro] : [c.p.noOpenQuestions];
  return [thanks(c), '', ...middle];
}

const norm = (s: string) => s.toUpperCase().replace(/[\s._/-]/g, '');

/** "HT-2210: 2,000 pcs; HT-3305: 1,500 pcs" (lib/signals/product.ts) as model → quantity. */
function quantityPerModel(quantity: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!quantity.includes(PAIRS_SEP)) return out;
  for (const part of quantity.split(PAIRS_SEP)) {
    const at = part.lastIndexOf(PAIR_SEP);
    if (at > 0) out.set(norm(part.slice(0, at)), part.slice(at + PAIR_SEP.length).trim());
  }
  return out;
}

function quotation(c: Ctx): string[] {
  const f = c.input.facts;
  const lines = [thanks(c), '', c.p.quotationIntro];
  if (f.products.length) {
    const r = c.p.restate;
    // Each quantity stays with its model: "HT-2210 (2,000 pcs) and HT-3305 (1,500 pcs)".
    const perModel = quantityPerModel(f.quantity);
    const items = f.products.slice(0, 3).map((m) => (perModel.has(norm(m)) ? `${m} (${perModel.get(norm(m))})` : m));
    const one = !perModel.size && f.quantity ? `(${f.quantity})` : '';
    const parts = [r.intro, c.p.list(items), one, f.incoterm && r.terms(f.incoterm), f.payment && r.payment(f.payment)];
    lines.push(`${parts.filter(Boolean).join(' ')}.`);
  }
  lines.push(fill(c.p.fill.attachQuote), '', ...c.p.priceLines, '', c.p.roleNote[c.input.role]);
  let ask: string | undefined;
  for (const id of MOST_USEFUL) if (!ask && c.input.openQuestions.includes(id)) ask = question(c, id);
  if (ask) lines.push('', `${c.p.oneQuestion} ${ask}`);
  lines.push('', c.p.quotationClose);
  return lines;
}

/** Freight and delivery for samples we send: confirm the buyer's courier account and address, ask only for what is missing. */
function shipping(c: Ctx): string {
  const g = given(c);
  const s = c.p.shipping;
  const out: string[] = [];
  if (g.courier) out.push(s.onAccount(g.courier.carrier, g.courier.account));
  else out.push(c.input.sample.advice === 'send-paid' ? s.collect : s.accountOptional);
  if (g.address) out.push(s.sendTo(g.address));
  const missing: ShipPart[] = [];
  if (!g.address) missing.push('address');
  if (!g.phone) missing.push('phone');
  if (missing.length) out.push(s.ask(missing));
  return out.join(' ');
}

function sampleTerms(c: Ctx): string[] {
  const advice = c.input.sample.advice;
  const ships = advice === 'send-free' || advice === 'send-paid';
  const lines = [thanks(c), '', ships ? `${c.p.sample[advice]} ${shipping(c)}` : c.p.sample[advice]];
  if (advice === 'verify-first') {
    const open = openQuestions(c);
    if (open.length) lines.push('', ...numbered(open));
  }
  return lines;
}

function verification(c: Ctx): string[] {
  const g = given(c);
  // A risky mail's details are exactly what is to be verified: ask for all of them.
  const have = {
    company: Boolean(c.input.facts.company.trim() && g.address),
    phone: Boolean(g.landline),
    website: Boolean(c.input.facts.website),
    mail: Boolean(g.companyMail),
  };
  const items = VERIFY_ITEMS.filter((i) => c.input.risk || !have[i]).map((i) => c.p.verificationItems[i]);
  if (!items.length) return [c.p.verificationNone];
  return [c.p.verificationIntro, '', ...items.map((i) => `- ${i}`), '', c.p.verificationOutro];
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
    kind === 'ask-questions'
      ? s.askQuestions(c.product)
      : kind === 'quotation'
        ? s.quotation(c.product)
        : kind === 'sample-terms'
          ? s.sampleTerms(c.product)
          : kind === 'verification'
            ? s.verification
            : s.decline;
  const company = c.input.sender.companyName.trim();
  return company && kind !== 'decline' ? `${base} \u2013 ${company}` : base;
}

/** Tidy what composition leaves behind: doubled spaces, space before punctuation, runs of blank lines. */
function tidyText(text: string): string {
  return (
    text
      .replace(/[ \t]{2,}/g, ' ')
      // One space at most is left here: ` +` would only add a retry from every blank of a run.
      .replace(/ ([.,])/g, '$1')
      // Chinese (the gloss) puts no space after its own punctuation.
      .replace(/([。：，；！？]) /g, '$1')
      .replace(/\n{3,}/g, '\n\n')
  );
}

/**
 * All the bodies of one language tidied in one pass, each cut at a character none of the patterns takes
 * (five passes over short texts cost more than one over their sum). A mail that brought that character into
 * a body has each tidied alone.
 */
function tidy(bodies: string[][]): string[] {
  const texts = bodies.map((lines) => lines.join('\n'));
  const cut = '\u0000';
  const tidied = texts.some((t) => t.includes(cut)) ? texts.map(tidyText) : tidyText(texts.join(cut)).split(cut);
  return tidied.map((body) => body.trim());
}

const HONORIFIC: Record<string, Formal['title']> = {
  mr: 'mr',
  herr: 'mr',
  sr: 'mr',
  m: 'mr',
  mrs: 'ms',
  ms: 'ms',
  miss: 'ms',
  frau: 'ms',
  sra: 'ms',
  srta: 'ms',
  mme: 'ms',
  mlle: 'ms',
  dr: 'dr',
};

/** "Mr. Khan" signs with a title: greet "Dear Mr. Khan", not "Dear Khan". */
function formalOf(buyerName: string): Formal | undefined {
  const m = /^(\p{L}{1,5})\.?\s{1,3}(\p{L}[\p{L}'’ -]{0,60})$/u.exec(buyerName.trim());
  const title = m ? HONORIFIC[m[1]!.toLowerCase()] : undefined;
  if (!m || !title) return undefined;
  const surname = m[2]!.trim().split(/\s+/).pop()!;
  return { title, surname };
}

/** Every kind of reply in one language; the greeting and the signature are the same in each. */
function composeAll(p: Phrases, input: ReplyInput): Array<{ subject: string; body: string }> {
  const product = p.list(input.facts.products.slice(0, 2));
  const c: Ctx = { p, input, product, industry: input.sender.industryWords[0]?.trim() || product || fill(p.fill.industry) };
  const greeting = p.greeting(input.facts.firstName, formalOf(input.facts.buyerName));
  const closing = signature(c);
  const bodies = tidy(REPLY_KINDS.map((kind) => [greeting, '', ...BODY[kind](c), '', ...closing]));
  return REPLY_KINDS.map((kind, i) => ({ subject: subject(kind, c), body: bodies[i]! }));
}

export function buildReplies(input: ReplyInput): GlossedReply[] {
  const p = PHRASES[input.lang] ?? en;
  const best = recommendedKind(input);
  const replies = composeAll(p, input);
  const glosses = composeAll(zh, input);
  return REPLY_KINDS.map((kind, i) => ({
    kind,
    language: input.lang,
    ...replies[i]!,
    recommended: kind === best,
    gloss: glosses[i]!,
  }));
}
