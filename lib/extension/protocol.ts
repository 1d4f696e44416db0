import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FollowUp, Outcome } from '../history/record';
import type { PanelToBackground } from '../messages';
import { InsertResult, ShapeResult } from '../messages';
import { OnlineCheckResult, OnlinePlan } from '../online/messages';
import { TabVerdictShape } from './verdict-schema';

/** The rep's fields of a history record, as the panel's outcome bar shows and edits them. */
export const RecordFieldsShape = z.object({
  outcome: Outcome,
  status: FollowUp,
  stars: z.number().int().min(0).max(3),
  wonValue: z.number().nonnegative().max(1e12).optional(),
});

/**
 * The panel ↔ worker protocol in one map: for every request the panel may send (checked by the worker
 * with PanelToBackground), the shape of the worker's reply (checked by the panel with this map). A
 * handler that answers the wrong shape fails the type check (`WorkerHandlers`); a reply that arrives in
 * the wrong shape is refused by `ask` at run time.
 */
export const REPLIES = {
  'get-state': TabVerdictShape.nullable(),
  'analyze-page': TabVerdictShape,
  'analyze-text': TabVerdictShape,
  'insert-reply': InsertResult,
  'update-record': RecordFieldsShape.loose().nullable(),
  'get-record': RecordFieldsShape.loose().nullable(),
  'capture-shape': ShapeResult,
  'online-plan': OnlinePlan,
  'online-check': OnlineCheckResult.nullable(),
} as const satisfies Record<PanelToBackground['type'], z.ZodType>;

export type RequestType = PanelToBackground['type'];
export type Request<K extends RequestType> = Extract<PanelToBackground, { type: K }>;
export type Reply<K extends RequestType> = z.infer<(typeof REPLIES)[K]>;

/** What the worker must implement: one handler per request, answering the reply the panel expects. */
export type WorkerHandlers = { [K in RequestType]: (req: Request<K>) => Promise<unknown> };

/**
 * Sends one request and checks the answer. `undefined` when the worker is gone, refused the request or
 * answered in a shape the panel cannot vouch for: the caller says so instead of showing a guess.
 */
export async function ask<K extends RequestType>(send: (msg: unknown) => Promise<unknown>, req: Request<K>): Promise<Reply<K> | undefined> {
  let raw: unknown;
  try {
    raw = await send(req);
  } catch {
    return undefined;
  }
  const r = (REPLIES[req.type] as z.ZodType).safeParse(raw);
  return r.success ? (r.data as Reply<K>) : undefined;
}

/** `ask` of the extension's own worker, for the panel and the pages. */
export function askWorker<K extends RequestType>(req: Request<K>): Promise<Reply<K> | undefined> {
  return ask((msg) => browser.runtime.sendMessage(msg), req);
}
