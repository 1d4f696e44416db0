import { findSignature } from '../../../lib/extract/signature';
import type { InquiryInput } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';
import type { SettingsInput } from '../../../lib/settings';
import { makeSettings } from '../../../lib/settings';
import type { SignalContext } from '../../../lib/signals/types';
import { normalizeText } from '../../../lib/text/normalize';
import { effectiveWeights } from '../../../lib/weights';

/** A signal context as the analyzer builds it, for testing one signal at a time. */
export function makeCtx(input: Partial<InquiryInput> & { body?: string }, settingsInput: SettingsInput = {}): SignalContext {
  const inquiry = makeInquiry({ source: 'paste', id: 'test', from: { name: '', address: '' }, ...input });
  const settings = makeSettings(settingsInput);
  const body = normalizeText(inquiry.body);
  const memo = new Map<string, unknown>();
  return {
    inquiry,
    settings,
    weights: effectiveWeights(settings.weightOverrides),
    existingCustomer: false,
    text: `${normalizeText(inquiry.subject)}\n${body}`,
    body,
    signature: findSignature(body),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}

export const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
