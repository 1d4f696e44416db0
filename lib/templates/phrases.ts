import type { QuestionId, Role } from '../analysis';
import type { SampleChoice } from '../settings';

/**
 * Every sentence a reply can use, per language. The type forces each language to have all of them, so
 * a missing translation is a compile error, not a blank in a buyer's inbox.
 */
/** Parts of the contact question; a reply asks only for the parts the buyer has not given. */
export type ContactPart = 'company' | 'address' | 'phone';
/** What a courier needs that the buyer may not have given yet. */
export type ShipPart = 'address' | 'phone';
/** What a verification request checks; items the buyer gave are not asked again (unless the mail is risky). */
export type VerifyItem = 'company' | 'phone' | 'website' | 'mail';
export const VERIFY_ITEMS: readonly VerifyItem[] = ['company', 'phone', 'website', 'mail'];

/** A buyer who signs with a title ("Mr. Khan") is greeted with it and the surname, not the surname alone. */
export interface Formal {
  title: 'mr' | 'ms' | 'dr';
  surname: string;
}

export interface Phrases {
  greeting(firstName: string, formal?: Formal): string;
  signOff: string;
  /** Labels inside [[…]] for what the rep must fill in. */
  fill: {
    yourName: string;
    company: string;
    unitPrice: string;
    validity: string;
    leadTime: string;
    sampleCost: string;
    attachQuote: string;
    product: string;
    industry: string;
  };
  subject: {
    askQuestions(product: string): string;
    quotation(product: string): string;
    sampleTerms(product: string): string;
    verification: string;
    decline: string;
  };
  thanks(product: string): string;
  thanksGeneric: string;
  questionsIntro: string;
  questions: Record<Exclude<QuestionId, 'contact'>, (industry: string) => string>;
  /** The contact question, asking only for the missing parts (never empty). */
  contact(missing: readonly ContactPart[]): string;
  questionsOutro: string;
  noOpenQuestions: string;
  quotationIntro: string;
  /** "As requested, it covers" + products (quantity) + terms + payment. */
  restate: { intro: string; terms(incoterm: string): string; payment(payment: string): string };
  priceLines: string[];
  roleNote: Record<Role, string>;
  oneQuestion: string;
  quotationClose: string;
  sample: Record<SampleChoice, string>;
  /** Sample freight and delivery: confirm what the buyer gave, ask for the rest. */
  shipping: {
    /** "We will ship the samples on your DHL account 123456789." (carrier may be empty) */
    onAccount(carrier: string, account: string): string;
    /** Paid samples, no account given. */
    collect: string;
    /** Free samples, no account given: an account is welcome but not required. */
    accountOptional: string;
    sendTo(address: string): string;
    ask(missing: readonly ShipPart[]): string;
  };
  verificationIntro: string;
  verificationItems: Record<VerifyItem, string>;
  /** Everything a verification would ask is in the mail already. */
  verificationNone: string;
  verificationOutro: string;
  declineBody: string;
  declineRiskBody: string;
  /** Joins a list: "A, B and C". */
  list(items: string[]): string;
}
