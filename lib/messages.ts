import { z } from 'zod';
import { FollowUp, Outcome } from './history/record';
import { Inquiry } from './inquiry';
import { SITE_FAILURE_CODES } from './sites/failures';
import { MAX_SHAPE_CHARS } from './sites/censor';

/**
 * Messages between content scripts, the service worker and extension pages. Every message crossing a
 * boundary is parsed with these schemas; anything else is ignored, so a hostile page cannot drive the
 * background with forged shapes.
 */
export const ReadState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), inquiry: Inquiry, via: z.string().max(200) }),
  z.object({ status: z.literal('no-message') }),
  z.object({ status: z.literal('unrecognised'), code: z.enum(SITE_FAILURE_CODES), selector: z.string().max(500) }),
]);
export type ReadState = z.infer<typeof ReadState>;

export const ContentToBackground = z.discriminatedUnion('type', [
  /** The open message changed (or closed) in this tab. */
  z.object({ type: z.literal('read'), site: z.string().max(40), url: z.string().max(4000), state: ReadState }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/**
 * The envelope of a content script's report, with the state unchecked: a report whose state fails the
 * schema (a field past its limit that a reader missed) still names its tab, so the panel can say the
 * message could not be read instead of keeping the previous message's verdict.
 */
export const ReadEnvelope = z.object({ type: z.literal('read'), site: z.string().max(40), url: z.string().max(4000), state: z.unknown() });

/** What inserting a reply in the page did (entrypoints/page-actions.ts). */
export const InsertResult = z.object({ ok: z.boolean(), reason: z.enum(['inserted', 'no-reply-box', 'refused']) });
export type InsertResult = z.infer<typeof InsertResult>;

/**
 * A censored page shape from the content script. The copy is made from an allowlist in the content
 * script; the panel still shows it only as text. Room beyond the cap is for the header and closing tags.
 */
export const ShapeCapture = z.object({
  html: z.string().max(MAX_SHAPE_CHARS + 50_000),
  elements: z.number().int().nonnegative(),
  cut: z.enum(['elements', 'size', 'depth']).nullable(),
  scope: z.enum(['page', 'pane']),
});
/** The worker's answer to capture-shape: `unavailable` where no content script runs (any page but the sites read by themselves). */
export const ShapeResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), capture: ShapeCapture }),
  z.object({ ok: z.literal(false), reason: z.enum(['unavailable', 'refused']) }),
]);
export type ShapeResult = z.infer<typeof ShapeResult>;

export const PanelToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state'), tabId: z.number().int() }),
  /** Fallback for any page: find the open message (sender, date and body in one block) and read it (lib/sites/page-reader.ts). */
  z.object({ type: z.literal('analyze-page'), tabId: z.number().int() }),
  /** Paste box: judge text the rep pasted, shown for this tab. */
  z.object({ type: z.literal('analyze-text'), tabId: z.number().int(), text: z.string().max(2_000_000) }),
  z.object({ type: z.literal('insert-reply'), tabId: z.number().int(), text: z.string().max(100_000) }),
  /** The rep records what happened with an inquiry (outcome, follow-up status, stars). */
  z.object({
    type: z.literal('update-record'),
    key: z.string().min(3).max(1100),
    update: z.object({
      outcome: Outcome.optional(),
      wonValue: z.number().nonnegative().max(1e12).optional(),
      status: FollowUp.optional(),
      stars: z.number().int().min(0).max(3).optional(),
    }),
  }),
  z.object({ type: z.literal('get-record'), key: z.string().min(3).max(1100) }),
  /** A censored copy of the tab's page structure, for a bug report. */
  z.object({ type: z.literal('capture-shape'), tabId: z.number().int() }),
  /** Online checks (lib/online/): what would be sent for this tab's message, and the check itself. */
  z.object({ type: z.literal('online-plan'), tabId: z.number().int() }),
  z.object({ type: z.literal('online-check'), tabId: z.number().int() }),
]);
export type PanelToBackground = z.infer<typeof PanelToBackground>;
