import { contactSignal } from './contact';
import { domainSignal } from './domain';
import { intentSignal } from './intent';
import { languageSignal } from './language';
import { lureSignal } from './lure';
import { originSignal } from './origin';
import { productSignal } from './product';
import { requestSignal } from './request';
import { scamSignal } from './scam';
import { tradeSignal } from './trade';
import type { Signal } from './types';
import { vaguenessSignal } from './vagueness';

/** Every signal the analyzer runs, in display order. */
export const SIGNALS: readonly Signal[] = [
  domainSignal,
  productSignal,
  tradeSignal,
  contactSignal,
  vaguenessSignal,
  intentSignal,
  requestSignal,
  scamSignal,
  lureSignal,
  originSignal,
  languageSignal,
];
