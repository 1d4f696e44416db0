import { z } from 'zod';
import { Inquiry } from '../inquiry';

export const Outcome = z.enum(['none', 'replied', 'quoted', 'sample-sent', 'won', 'no-reply', 'confirmed-scam']);
export type Outcome = z.infer<typeof Outcome>;
export const FollowUp = z.enum(['to-develop', 'developing', 'following-up', 'dormant']);
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * The last moment the pages can show: 31 Dec 9999. A larger number of milliseconds (a backup
 * allowed up to 9e15) is no date at all, and formatting it throws; only a damaged or hostile file
 * holds one.
 */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Milliseconds since 1970 that are a real date the pages can format. */
export function isTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIME;
}

export const Timestamp = z.number().int().nonnegative().max(MAX_TIME, { message: 'not a date (after the year 9999)' });

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

/**
 * The most of a message's own text and of its quoted history a record keeps. The verdict was made on
 * the whole message; the record keeps enough to read it again. Without a cap one imported record could
 * fill the disk and freeze the page that shows it.
 */
export const MAX_STORED_BODY = 200_000;
export const MAX_STORED_QUOTED = 100_000;

/** The message as stored: the reader's shape, with its long texts capped. */
export const StoredInquiry = Inquiry.extend({
  body: z.string().max(MAX_STORED_BODY).default(''),
  quoted: z.string().max(MAX_STORED_QUOTED).default(''),
});

/** One record per message: `key` is "<source>:<message id>", so re-opening updates, never duplicates. */
export const HistoryRecord = z.object({
  key: z.string().min(3).max(1100),
  inquiry: StoredInquiry,
  verdict: StoredVerdict,
  senderAddress: z.string().max(320),
  senderDomain: z.string().max(253),
  simhash: z.string().length(16),
  bands: z.array(z.string().max(8)).max(4),
  /** Lower-case search words from subject, sender, company and products. */
  words: z.array(z.string().max(40)).max(400),
  /** Who the buyer is across messages: a normalised company name, else a non-shared domain, else the address (v2). */
  companyKey: z.string().max(320).default(''),
  firstSeen: Timestamp,
  analyzedAt: Timestamp,
  /** Last change by the analyzer or the rep; merge rules on import compare it (v2). */
  updatedAt: Timestamp.default(0),
  outcome: Outcome.default('none'),
  wonValue: z.number().nonnegative().max(1e12).optional(),
  status: FollowUp.default('to-develop'),
  stars: z.number().int().min(0).max(3).default(0),
  note: z.string().max(5000).default(''),
  /** When the rep's "Check online" looked up which domains for this verdict (v3); the findings are its signals. */
  online: z
    .array(z.object({ domain: z.string().max(253), checkedAt: Timestamp }))
    .max(4)
    .optional(),
  /** Which digest chunk holds this record's row (storage bookkeeping: local to one database, never exported). */
  chunk: z.number().int().nonnegative().optional(),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;
export type HistoryRecordInput = z.input<typeof HistoryRecord>;

/** A record's key: where the message was read and its id there, bounded as IndexedDB keys should be. */
export function recordKey(inquiry: { source: string; id: string }): string {
  return `${inquiry.source}:${inquiry.id}`.slice(0, 1100);
}
