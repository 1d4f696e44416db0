import { z } from 'zod';
import { Inquiry } from '../inquiry';
import type { TabVerdict } from './verdict';

/**
 * The side panel's view of what the worker publishes. Anything that reaches the panel through the
 * runtime messaging is checked against this before it is shown. Objects are loose so fields the
 * analyser gains later pass through; what the panel reads is typed and bounded.
 */
const str = (max: number) => z.string().max(max);

const Hit = z.looseObject({
  id: str(200),
  weight: z.number(),
  counted: z.number(),
  kind: str(40),
  group: str(80),
  evidence: str(200_000),
});

export const AnalysisShape = z.looseObject({
  analyzerVersion: str(200),
  score: z.number().min(0).max(100),
  band: z.enum(['high', 'medium', 'low']),
  risk: z.boolean(),
  baseline: z.number(),
  signals: z.array(Hit).max(5000),
  questions: z.array(z.looseObject({ id: str(80), answered: z.boolean(), evidence: str(200_000).optional() })).max(100),
  sample: z.looseObject({ advice: str(80), requested: z.boolean(), reasons: z.array(z.looseObject({ id: str(200), text: str(20_000) })).max(200) }),
  profile: z.looseObject({ role: str(80), region: str(80), stage: str(80), size: str(80), channel: str(80) }),
  language: str(40),
  replyLanguage: str(40),
  facts: z.looseObject({}),
  replies: z.array(z.looseObject({ kind: str(80), language: str(40), subject: str(20_000), body: str(200_000), recommended: z.boolean() })).max(100),
  ownMail: z.boolean(),
  truncated: z.boolean(),
  partial: z.boolean(),
});

const site = str(40);

export const TabVerdictShape = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unsupported'), url: str(4000) }),
  z.object({ status: z.literal('no-message'), site }),
  z.object({ status: z.literal('unrecognised'), site, code: str(80), selector: str(500) }),
  z.object({ status: z.literal('unreadable'), site, reason: str(2000) }),
  z.object({ status: z.literal('analyzing'), site }),
  z.object({ status: z.literal('ready'), site, inquiry: Inquiry, analysis: AnalysisShape, at: z.number(), historyProblem: str(80).optional() }),
  z.object({ status: z.literal('colleague'), site, inquiry: Inquiry, analysis: AnalysisShape, at: z.number() }),
  z.object({ status: z.literal('error'), code: str(80), message: str(4000) }),
]);

/** What the worker broadcasts when a tab's verdict changes. */
export const VerdictBroadcast = z.object({ type: z.literal('verdict'), tabId: z.number().int(), verdict: TabVerdictShape });

/** A broadcast's addressing alone, so a verdict that fails the check still reaches its tab as "could not read". */
export const VerdictEnvelope = z.object({ type: z.literal('verdict'), tabId: z.number().int(), verdict: z.unknown() });

/**
 * A verdict from the worker as the panel may show it: null for none, and one that fails the check
 * becomes "could not be shown", naming the field, rather than a blank panel or the previous message.
 */
export function shownVerdict(raw: unknown): TabVerdict | null {
  if (raw === null || raw === undefined) return null;
  const r = TabVerdictShape.safeParse(raw);
  if (!r.success) return { status: 'unreadable', site: '', reason: `The verdict could not be shown (${r.error.issues[0]?.path.join('.') ?? ''}).` };
  // The one place a checked verdict becomes the worker's type. The check bounds every field the panel
  // reads and pins the statuses; enumerations such as roles or reply kinds are checked as bounded text,
  // since the worker of the same build wrote them, and the panel shows an unknown one as its raw text.
  return r.data as TabVerdict;
}
