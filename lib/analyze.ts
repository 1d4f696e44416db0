import type { Analysis, InquiryFacts, ReplyLang, ScoredHit } from './analysis';
import { REPLY_LANGS } from './analysis';
import { buyerNameOf } from './extract/person';
import { findSignature } from './extract/signature';
import type { Inquiry } from './inquiry';
import { buildProfile } from './profile';
import { answerQuestions } from './questions';
import { adviseSample } from './sample';
import { scoreHits } from './score';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS, learnedWeights } from './settings';
import { contactFacts } from './signals/contact';
import { SIGNALS } from './signals';
import { detectLanguage } from './signals/language';
import type { SignalContext, SignalHit } from './signals/types';
import { hasHit, headOf, hit, hitOf } from './signals/types';
import { buildReplies } from './templates';
import { capForScan, normalizeText } from './text/normalize';
import { scanTogether } from './text/patterns';
import { BASELINE, weightsFor } from './weights';

/** Bump when judgement changes, so stored analyses can be told apart from fresh ones. */
export const ANALYZER_VERSION = '2.4.0';

export interface AnalyzeOptions {
  settings?: Settings;
  /** The rep marked this sender as an existing customer. */
  existingCustomer?: boolean;
  /** Hits computed elsewhere from the rep's history (earlier inquiries, confirmed scams, mass templates). */
  memoryHits?: readonly SignalHit[];
}

function buildContext(inquiry: Inquiry, settings: Settings, existingCustomer: boolean): { ctx: SignalContext; truncated: boolean } {
  const body = capForScan(normalizeText(inquiry.body));
  const subject = normalizeText(inquiry.subject).slice(0, 1000);
  const memo = new Map<string, unknown>();
  const ctx: SignalContext = {
    inquiry,
    settings,
    weights: weightsFor(settings),
    existingCustomer,
    text: `${subject}\n${body.text}`,
    body: body.text,
    signature: findSignature(body.text),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  scanTogether(ctx.text);
  return { ctx, truncated: body.truncated };
}

/** Run every signal; a signal that throws on odd input is skipped rather than losing the whole verdict. */
function runSignals(ctx: SignalContext): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const s of SIGNALS) {
    try {
      hits.push(...s.run(ctx));
    } catch (err) {
      if (typeof process !== 'undefined' && process.env?.INQUIRYLENS_DEBUG) console.error(`signal ${s.name} failed`, err);
    }
  }
  return hits;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|herr|frau|sr|sra|srta|m|mme|mlle|sig|sig\.ra|г-н|г-жа)\.?$/i;
const EAST_ASIAN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Names are written family-name-first in East Asia, so the whole name is the polite choice there. */
export function firstNameOf(name: string): string {
  const clean = name
    .replace(/["'<>()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean || clean.includes('@')) return '';
  if (EAST_ASIAN.test(clean)) return clean;
  const parts = clean.split(' ').filter((p) => !HONORIFIC.test(p));
  const first = parts[0] ?? '';
  // "DELANEY, Mark" style
  if (first.endsWith(',') && parts[1]) return parts[1];
  return first.length > 1 ? first : '';
}

function dataOf(hits: readonly ScoredHit[], id: string, key: string): string {
  const v = hitOf(hits, id)?.data?.[key];
  return v === undefined ? '' : String(v);
}

function evidenceOf(hits: readonly ScoredHit[], id: string): string {
  return hitOf(hits, id)?.evidence ?? '';
}

function collectFacts(inquiry: Inquiry, body: string, hits: readonly ScoredHit[], company: string | undefined): InquiryFacts {
  const relay = hits.some((h) => h.id === 'relay.platform' || h.id === 'relay.web-form');
  const displayNames = [inquiry.platform?.buyerName ?? '', relay ? (inquiry.replyTo?.name ?? '') : inquiry.from.name].filter(Boolean);
  const buyerName = buyerNameOf({ body, displayNames });
  const models = dataOf(hits, 'product.catalog', 'models') || dataOf(hits, 'product.model', 'models') || dataOf(hits, 'product.quoted', 'quotedModels');
  return {
    buyerName,
    firstName: firstNameOf(buyerName),
    company: (company || inquiry.platform?.company || '').trim(),
    products: models
      ? models
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean)
          .slice(0, 5)
      : inquiry.platform?.product
        ? [inquiry.platform.product]
        : [],
    quantity: dataOf(hits, 'product.quantity', 'quantity') || evidenceOf(hits, 'product.quantity') || inquiry.platform?.quantity || '',
    incoterm: evidenceOf(hits, 'trade.incoterm') || evidenceOf(hits, 'trade.incoterm-bare'),
    // The place after FOB/FCA/EXW is where goods leave, not where they go: only trade.destination says that.
    destination: dataOf(hits, 'trade.destination', 'destination'),
    payment: evidenceOf(hits, 'trade.payment'),
    website: dataOf(hits, 'website.present', 'domain') || evidenceOf(hits, 'website.present'),
  };
}

function numberOf(hits: readonly ScoredHit[], id: string, key: string): number | undefined {
  const v = hitOf(hits, id)?.data?.[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The dearest catalog price among the catalog models the mail names: "cheap" must hold for all of them. */
function priceOfNamed(settings: Settings, models: string): { model: string; price: number } | undefined {
  if (!models) return undefined;
  const named = new Set(models.split(', '));
  let best: { model: string; price: number } | undefined;
  for (const c of settings.catalog)
    if (c.price !== undefined && named.has(c.model) && (!best || c.price > best.price)) best = { model: c.model, price: c.price };
  return best;
}

/** The whole verdict for one inquiry. Pure: same inquiry and settings, same analysis. */
export function analyze(inquiry: Inquiry, options: AnalyzeOptions = {}): Analysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const existingCustomer = options.existingCustomer ?? false;
  const { ctx, truncated } = buildContext(inquiry, settings, existingCustomer);

  const raw = runSignals(ctx);
  if (existingCustomer) raw.push(hit(ctx, 'meta.existing-customer', 'Marked as an existing customer'));
  if (options.memoryHits) raw.push(...options.memoryHits);
  // The rep's outcomes may have moved the baseline too (lib/fit/recalibrate.ts); off or never fitted, the shipped one.
  const baseline = learnedWeights(settings).baseline ?? BASELINE;
  const { score, points, band, risk, signals } = scoreHits(raw, { baseline });

  const contact = contactFacts(ctx);
  const head = headOf(ctx);
  const questions = answerQuestions(signals, head);
  const maxQuantity = numberOf(signals, 'product.quantity', 'max');
  const catalogPrice = priceOfNamed(settings, dataOf(signals, 'product.catalog', 'models'));
  const sample = adviseSample({
    hits: signals,
    text: head,
    risk,
    score,
    existingCustomer,
    policy: settings.samplePolicy,
    ...(maxQuantity !== undefined ? { maxQuantity } : {}),
    ...(catalogPrice ? { catalogPrice } : {}),
  });
  const senderDomain = dataOf(signals, 'domain.company', 'domain') || dataOf(signals, 'domain.match', 'domain');
  const profile = buildProfile({
    hits: signals,
    text: head,
    signature: ctx.signature,
    ...(contact.title ? { title: contact.title } : {}),
    ...(contact.country ? { country: contact.country, countryEvidence: contact.countryEvidence ?? contact.country } : {}),
    domains: [senderDomain, dataOf(signals, 'website.present', 'domain')],
    requestedSample: sample.requested,
    existingCustomer: existingCustomer || signals.some((h) => h.id === 'meta.reorder' || (h.id === 'memory.existing-contact' && Number(h.data?.won ?? 0) > 0)),
    ...(numberOf(signals, 'product.quantity', 'containers') !== undefined ? { containers: numberOf(signals, 'product.quantity', 'containers')! } : {}),
    ...(maxQuantity !== undefined ? { maxQuantity } : {}),
    ...(settings.monthlyCapacity ? { monthlyCapacity: settings.monthlyCapacity } : {}),
  });

  // Whoever wrote a scam is not the buyer they claim to be: do not profile the claimed role.
  if (risk && profile.role !== 'unknown') {
    profile.role = 'unknown';
    delete profile.roleEvidence;
  }
  const language = dataOf(signals, 'meta.language', 'lang') || detectLanguage(ctx.body);
  const replyLanguage: ReplyLang =
    settings.replyLanguage !== 'auto' ? settings.replyLanguage : (REPLY_LANGS as readonly string[]).includes(language) ? (language as ReplyLang) : 'en';
  const facts = collectFacts(inquiry, ctx.body, signals, contact.company);
  const replies = buildReplies({
    lang: replyLanguage,
    facts,
    openQuestions: questions.filter((q) => !q.answered).map((q) => q.id),
    sample,
    risk,
    band,
    role: profile.role,
    sender: { companyName: settings.companyName, signature: settings.signature, industryWords: settings.industryWords },
  });

  return {
    analyzerVersion: ANALYZER_VERSION,
    score,
    points,
    band,
    risk,
    baseline,
    signals,
    questions,
    sample,
    profile,
    language,
    replyLanguage,
    facts,
    replies,
    ownMail: hasHit(signals, 'meta.own-domain'),
    truncated,
    partial: inquiry.partial,
  };
}
