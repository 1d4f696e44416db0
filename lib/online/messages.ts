import { z } from 'zod';
import { Failure } from './types';

/** What "Check online" would send for the message on screen, and to whom: shown before the rep presses it. */
export const OnlinePlan = z.object({
  enabled: z.boolean(),
  /** The domain names that would leave the browser. */
  domains: z.array(z.string().max(253)).max(4),
  /** The hosts asked for them, as permission patterns ("https://rdap.verisign.com/*"). */
  origins: z.array(z.string().max(300)).max(12),
});
export type OnlinePlan = z.infer<typeof OnlinePlan>;

/** The worker's answer to online-check; the new verdict arrives as a normal verdict broadcast. */
export const OnlineCheckResult = z.object({
  status: z.enum(['checked', 'off', 'nothing-to-check', 'no-verdict']),
  checkedAt: z.number().int().nonnegative().optional(),
  /** Domains answered from the cache, without the network. */
  cached: z.array(z.string().max(253)).max(4).default([]),
  /** Checks that could not be made, and why. */
  failures: z
    .array(z.object({ domain: z.string().max(253), check: z.enum(['site', 'age', 'mail']), reason: Failure }))
    .max(12)
    .default([]),
});
export type OnlineCheckResult = z.infer<typeof OnlineCheckResult>;
