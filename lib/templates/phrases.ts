import type { QuestionId, Role } from '../analysis';
import type { SampleChoice } from '../settings';

/**
 * Every sentence a reply can use, per language. The type forces each language to have all of them, so
 * a missing translation is a compile error, not a blank in a buyer's inbox.
 */
export interface Phrases {
  greeting(firstName: string): string;
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
  questions: Record<QuestionId, (industry: string) => string>;
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
  verificationIntro: string;
  verificationItems: string[];
  verificationOutro: string;
  declineBody: string;
  declineRiskBody: string;
  /** Joins a list: "A, B and C". */
  list(items: string[]): string;
}
