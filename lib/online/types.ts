import { z } from 'zod';

/**
 * Why a check could not say anything. None of these is evidence about the buyer: a check that fails
 * says "could not check" and changes nothing in the score.
 */
export const FAILURES = ['timeout', 'unreachable', 'offline', 'permission', 'http', 'bad-answer', 'unsupported', 'not-found'] as const;
export const Failure = z.enum(FAILURES);
export type Failure = z.infer<typeof Failure>;

const Failed = z.object({ ok: z.literal(false), reason: Failure, detail: z.string().max(200).default('') });

/** What the site's front page showed: raw facts, judged against each mail later (names the company?). */
export const SiteFacts = z.object({
  ok: z.literal(true),
  /** The host asked for (www.acme.com) and the host the answer came from after redirects. */
  host: z.string().max(253),
  finalHost: z.string().max(253),
  status: z.number().int(),
  title: z.string().max(300),
  /** Visible text of the page (and its description), lower-cased, capped: enough to find a name in. */
  text: z.string().max(20_000),
  parked: z.boolean(),
  /** The redirect left the domain but could not be followed (the browser may read only the domain asked for). */
  leftUnread: z.boolean().default(false),
});
export type SiteFacts = z.infer<typeof SiteFacts>;
export const SiteResult = z.union([SiteFacts, Failed]);
export type SiteResult = z.infer<typeof SiteResult>;

export const AgeFacts = z.object({ ok: z.literal(true), registered: z.string().max(40), server: z.string().max(300) });
export const AgeResult = z.union([AgeFacts, Failed]);
export type AgeResult = z.infer<typeof AgeResult>;

export const MailFacts = z.object({
  ok: z.literal(true),
  /** False when the resolver says the name does not exist at all (NXDOMAIN). */
  exists: z.boolean(),
  mx: z.array(z.string().max(253)).max(20),
  /** null when that question went unanswered: unknown is not absent. */
  spf: z.boolean().nullable(),
  dmarc: z.boolean().nullable(),
});
export const MailResult = z.union([MailFacts, Failed]);
export type MailResult = z.infer<typeof MailResult>;

/** Everything learned about one registrable domain, when. The cache stores these. */
export const DomainReport = z.object({
  domain: z.string().max(253),
  checkedAt: z.number().int().nonnegative(),
  site: SiteResult.optional(),
  age: AgeResult.optional(),
  mail: MailResult.optional(),
});
export type DomainReport = z.infer<typeof DomainReport>;

/**
 * The host's fetch, passed in so the checks can be tested without a network. Written against globalThis
 * because the pure core, which type-checks without the DOM library (tsconfig.core.json), reaches this file
 * for the report shapes above: there it is `never`, and nothing in the core may call it.
 */
export type Fetch = typeof globalThis extends { fetch: infer F } ? F : never;
