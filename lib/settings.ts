import { z } from 'zod';

export const SampleChoice = z.enum(['send-free', 'send-paid', 'quote-first', 'verify-first', 'decline']);
export type SampleChoice = z.infer<typeof SampleChoice>;

export const CatalogItem = z.object({
  model: z.string().min(1).max(200),
  name: z.string().max(500).default(''),
  /** Price of one piece in the rep's own currency, when the catalog has it: sample advice weighs it. */
  price: z.number().nonnegative().max(1e9).optional(),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

export const SamplePolicy = z.object({
  /** What existing customers get without qualification. */
  existingCustomer: z.enum(['send-free', 'send-paid']).default('send-free'),
  /** Free samples for verified new buyers of cheap items; otherwise they pay sample and/or freight. */
  freeForCheapItems: z.boolean().default(true),
  /** Never send free samples to new buyers, whatever the item. */
  neverFreeToNewBuyers: z.boolean().default(false),
  /** "Cheap" in the rep's currency: a piece priced above this in the catalog is never sent free (0 = not set). */
  cheapUpTo: z.number().nonnegative().max(1e9).default(0),
});
export type SamplePolicy = z.infer<typeof SamplePolicy>;

export const ReplyLanguage = z.enum(['auto', 'en', 'es', 'pt', 'ru', 'fr', 'de']);
export type ReplyLanguage = z.infer<typeof ReplyLanguage>;

/** A weight the rep's outcomes moved, with the counts that moved it (shown on the options page). */
export const WeightMove = z.object({
  id: z.string().max(60),
  from: z.number().min(-100).max(100),
  to: z.number().min(-100).max(100),
  fired: z.number().int().nonnegative(),
  real: z.number().int().nonnegative(),
});
export type WeightMove = z.infer<typeof WeightMove>;

/**
 * Weights learned from the rep's own outcomes (lib/fit/recalibrate.ts). They apply on top of the shipped
 * table and under the rep's own `weightOverrides`, only while `enabled`; a reset empties them.
 */
export const Recalibration = z.object({
  enabled: z.boolean().default(true),
  /** Learned baseline; absent until a refit. */
  baseline: z.number().min(0).max(100).optional(),
  /** Signal id → learned weight, only those that moved. */
  weights: z.record(z.string().max(60), z.number().min(-100).max(100)).default({}),
  moves: z.array(WeightMove).max(200).default([]),
  /** Outcomes the last refit used, and how many were real buyers. */
  used: z.number().int().nonnegative().default(0),
  realBuyers: z.number().int().nonnegative().default(0),
  /** ISO time of the last refit, '' if never. */
  fittedAt: z.string().max(40).default(''),
});
export type Recalibration = z.infer<typeof Recalibration>;

export const DEFAULT_RECALIBRATION: Recalibration = Recalibration.parse({});

export const Settings = z.object({
  /** Our own domains: mail from colleagues is not an inquiry, and our site's contact form is a relay. */
  ownDomains: z.array(z.string().max(253)).max(200).default([]),
  companyName: z.string().max(300).default(''),
  /** Words that name our industry ("LED lighting", "packaging"), used for the "are you in the … business" question. */
  industryWords: z.array(z.string().max(200)).max(500).default([]),
  catalog: z.array(CatalogItem).max(50000).default([]),
  samplePolicy: SamplePolicy.default({ existingCustomer: 'send-free', freeForCheapItems: true, neverFreeToNewBuyers: false, cheapUpTo: 0 }),
  signature: z.string().max(5000).default(''),
  replyLanguage: ReplyLanguage.default('auto'),
  uiLanguage: z.enum(['auto', 'en', 'zh-CN']).default('auto'),
  /** Signal id → weight, replacing the default from the weights table. */
  weightOverrides: z.record(z.string(), z.number().min(-100).max(100)).default({}),
  /** Our monthly capacity in pieces, to size an order against (an order of a month or more is a large buyer); 0 = not set. */
  monthlyCapacity: z.number().int().nonnegative().max(1e12).default(0),
  /** Domains the rep trusts as free-mail exceptions or flags as free mail in addition to the bundled list. */
  extraFreeMailDomains: z.array(z.string().max(253)).max(5000).default([]),
  /** Forget inquiries after this many days unless the rep recorded an outcome or stars; 0 = keep forever. */
  historyRetentionDays: z.number().int().min(0).max(3650).default(0),
  /** "Check websites and domains online" (lib/online/): off until the rep turns it on; then only domain names leave the browser. */
  onlineChecks: z.boolean().default(false),
  recalibration: Recalibration.default(DEFAULT_RECALIBRATION),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export function makeSettings(input: SettingsInput = {}): Settings {
  return Settings.parse(input);
}

/** What the rep's outcomes currently change in scoring: nothing when switched off or never fitted. */
export function learnedWeights(settings: Pick<Settings, 'recalibration'>): { weights: Record<string, number>; baseline?: number } {
  const r = settings.recalibration;
  if (!r?.enabled) return { weights: {} };
  return r.baseline === undefined ? { weights: r.weights } : { weights: r.weights, baseline: r.baseline };
}
