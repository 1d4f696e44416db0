import { contactSignal } from './contact';
import { domainSignal } from './domain';
import { intentSignal } from './intent';
import { languageSignal } from './language';
import { productSignal } from './product';
import { scamSignal } from './scam';
import { tradeSignal } from './trade';
import type { Signal } from './types';
import { vaguenessSignal } from './vagueness';

/** Every signal the analyzer runs, in display order. */
export const SIGNALS: readonly Signal[] = [domainSignal, productSignal, tradeSignal, contactSignal, vaguenessSignal, intentSignal, scamSignal, languageSignal];
