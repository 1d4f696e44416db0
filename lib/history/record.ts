import { z } from 'zod';
import { Inquiry } from '../inquiry';

export const Outcome = z.enum(['none', 'replied', 'quoted', 'sample-sent', 'won', 'no-reply', 'confirmed-scam']);
export type Outcome = z.infer<typeof Outcome>;
export const FollowUp = z.enum(['to-develop', 'developing', 'following-up', 'dormant']);
export type FollowUp = z.infer<typeof FollowUp>;

/** A compact copy of the verdict: enough to list, filter, search and explain later. */
export const StoredVerdict = z.object({
  analyzerVersion: z.string().max(40),
  score: z.number().int().min(0).max(100),
  band: z.enum(['high', 'medium', 'low']),
  risk: z.boolean(),
  advice: z.enum(['send-free', 'send-paid', 'quote-first', 'verify-first', 'decline']),
  role: z.string().max(40),
  region: z.string().max(40),
  country: z.string().max(4).optional(),
  channel: z.string().max(40),
  language: z.string().max(12),
  company: z.string().max(300),
  products: z.array(z.string().max(100)).max(10),
  signals: z.array(z.object({ id: z.string().max(60), counted: z.number(), evidence: z.string().max(200) })).max(200),
  openQuestions: z.array(z.string().max(20)).max(6),
});
export type StoredVerdict = z.infer<typeof StoredVerdict>;

/** One record per message: `key` is "<source>:<message id>", so re-opening updates, never duplicates. */
export const HistoryRecord = z.object({
  key: z.string().min(3).max(1100),
  inquiry: Inquiry,
  verdict: StoredVerdict,
  senderAddress: z.string().max(320),
  senderDomain: z.string().max(253),
  simhash: z.string().length(16),
  bands: z.array(z.string().max(8)).max(4),
  /** Lower-case search words from subject, sender, company and products. */
  words: z.array(z.string().max(40)).max(400),
  /** Who the buyer is across messages: a normalised company name, else a non-shared domain, else the address (v2). */
  companyKey: z.string().max(320).default(''),
  firstSeen: z.number().int().nonnegative(),
  analyzedAt: z.number().int().nonnegative(),
  /** Last change by the analyzer or the rep; merge rules on import compare it (v2). */
  updatedAt: z.number().int().nonnegative().default(0),
  outcome: Outcome.default('none'),
  wonValue: z.number().nonnegative().max(1e12).optional(),
  status: FollowUp.default('to-develop'),
  stars: z.number().int().min(0).max(3).default(0),
  note: z.string().max(5000).default(''),
  /** Which digest chunk holds this record's row (storage bookkeeping: local to one database, never exported). */
  chunk: z.number().int().nonnegative().optional(),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;
export type HistoryRecordInput = z.input<typeof HistoryRecord>;
