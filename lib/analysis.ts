import type { SampleChoice } from './settings';
import type { SignalHit } from './signals/types';
import type { SignalGroup, SignalKind } from './weights';

export type Band = 'high' | 'medium' | 'low';

/** Languages we write replies in; detection may find others (reported as 'other' with the code). */
export type ReplyLang = 'en' | 'es' | 'pt' | 'ru' | 'fr' | 'de';
export const REPLY_LANGS: readonly ReplyLang[] = ['en', 'es', 'pt', 'ru', 'fr', 'de'];

/** The six qualifying questions (product, quantity, terms, destination, company, timeline), in the order a rep asks them. */
export type QuestionId = 'industry' | 'experience' | 'customers' | 'volume' | 'contact' | 'website';
export const QUESTION_IDS: readonly QuestionId[] = ['industry', 'experience', 'customers', 'volume', 'contact', 'website'];

export interface QuestionResult {
  id: QuestionId;
  answered: boolean;
  /** The text in the inquiry that answers it. */
  evidence?: string;
}

/** A reason is an id (translated in the UI) plus an English sentence for the CLI and as fallback. */
export interface Reason {
  id: string;
  text: string;
}

export interface SampleAdvice {
  advice: SampleChoice;
  /** Did the buyer ask for samples at all? */
  requested: boolean;
  reasons: Reason[];
}

export type Role = 'end-user' | 'trader' | 'agent' | 'purchasing-manager' | 'purchasing-clerk' | 'owner' | 'unknown';
export type Region =
  | 'north-america'
  | 'south-america'
  | 'western-europe'
  | 'eastern-europe'
  | 'mena'
  | 'sub-saharan-africa'
  | 'south-asia'
  | 'southeast-asia'
  | 'east-asia'
  | 'oceania'
  | 'unknown';
export type Stage = 'potential' | 'intent' | 'closed' | 'after-sales';
export type SizeHint = 'large' | 'medium' | 'small' | 'unknown';
export type InquiryChannel = 'b2b-platform' | 'website-form' | 'email' | 'trade-show' | 'social-media';

export interface BuyerProfile {
  role: Role;
  roleEvidence?: string;
  region: Region;
  /** ISO 3166-1 alpha-2, when found. */
  country?: string;
  countryEvidence?: string;
  stage: Stage;
  size: SizeHint;
  sizeEvidence?: string;
  channel: InquiryChannel;
}

/** What the inquiry told us, for filling templates. Empty strings when unknown. */
export interface InquiryFacts {
  buyerName: string;
  firstName: string;
  company: string;
  /** Model numbers / product names as the buyer wrote them. */
  products: string[];
  quantity: string;
  incoterm: string;
  destination: string;
  payment: string;
  website: string;
}

export type ReplyKind = 'ask-questions' | 'quotation' | 'sample-terms' | 'verification' | 'decline';

export interface Reply {
  kind: ReplyKind;
  language: ReplyLang;
  subject: string;
  /** Plain text. Anything the rep must complete is marked [[like this]]. */
  body: string;
  /** Suggested for this inquiry (the others are offered too). */
  recommended: boolean;
}

export interface ScoredHit extends SignalHit {
  kind: SignalKind;
  group: SignalGroup;
  /** Weight actually counted after group caps (may be smaller than `weight`). */
  counted: number;
}

export interface Analysis {
  analyzerVersion: string;
  /** Calibrated: about this share, in percent, of labelled mails like it were real buyers. */
  score: number;
  /** The evidence behind the score: baseline plus every signal's counted points, 0–100. */
  points: number;
  band: Band;
  risk: boolean;
  baseline: number;
  signals: ScoredHit[];
  questions: QuestionResult[];
  sample: SampleAdvice;
  profile: BuyerProfile;
  /** ISO 639-1 code of the inquiry's language ('und' when unknown). */
  language: string;
  replyLanguage: ReplyLang;
  facts: InquiryFacts;
  replies: Reply[];
  /** The mail came from one of our own domains: not an inquiry. */
  ownMail: boolean;
  /** Only part of the text was scanned (very large body) or read (clipped mail). */
  truncated: boolean;
  partial: boolean;
}
