import type { HistoryRecord } from '../history/record';
import type { RepUpdate } from '../history/repo';
import { InsertResult, ShapeCapture } from '../messages';
import type { PanelToBackground } from '../messages';
import type { PageActions } from './page-actions';
import type { WorkerHandlers } from './protocol';
import type { TabVerdict } from './verdict';

/** What the worker's answers to the panel are built from: its stores and its judging, injected. */
export interface PanelDeps {
  verdictOf(tabId: number): Promise<TabVerdict | undefined>;
  judgeText(tabId: number, text: string): Promise<TabVerdict>;
  analyzePage(tabId: number): Promise<TabVerdict>;
  pageAction(tabId: number, action: keyof PageActions, arg?: string): Promise<unknown>;
  getRecord(key: string): Promise<HistoryRecord | undefined>;
  updateRecord(key: string, update: RepUpdate): Promise<HistoryRecord | undefined>;
  /** An outcome was recorded: the rep's recalibration may be due. */
  outcomeRecorded(): void;
  onlinePlan(tabId: number): Promise<unknown>;
  onlineCheck(tabId: number): Promise<unknown>;
}

/**
 * The worker's side of the panel protocol (lib/extension/protocol.ts), one handler per request. Page and
 * history failures become the answers the panel knows how to say ("no reply box", "could not copy this
 * page", no record); nothing here throws back to the panel.
 */
export function panelHandlers(d: PanelDeps): WorkerHandlers {
  return {
    'get-state': (req) => d.verdictOf(req.tabId).then((v) => v ?? null),
    'analyze-text': (req) => d.judgeText(req.tabId, req.text),
    'analyze-page': (req) => d.analyzePage(req.tabId),
    'insert-reply': (req) =>
      d.pageAction(req.tabId, 'insertReply', req.text).then(
        (r) => {
          const res = InsertResult.safeParse(r);
          return res.success ? res.data : { ok: false, reason: 'refused' };
        },
        () => ({ ok: false, reason: 'no-reply-box' }),
      ),
    // Where the extension may not script the page, the injection fails: the panel says it cannot copy it.
    'capture-shape': (req) =>
      d.pageAction(req.tabId, 'captureShape').then(
        (r) => {
          const c = ShapeCapture.safeParse(r);
          return c.success ? { ok: true, capture: c.data } : { ok: false, reason: 'refused' };
        },
        () => ({ ok: false, reason: 'unavailable' }),
      ),
    'update-record': (req) =>
      d.updateRecord(req.key, req.update).then(
        (r) => {
          if (r && req.update.outcome !== undefined) d.outcomeRecorded();
          return r ?? null;
        },
        () => null,
      ),
    // Chrome only waits for native promises; Dexie returns its own promise type.
    'get-record': (req) =>
      Promise.resolve(d.getRecord(req.key)).then(
        (r) => r ?? null,
        () => null,
      ),
    'online-plan': (req) => d.onlinePlan(req.tabId),
    'online-check': (req) => d.onlineCheck(req.tabId),
  };
}

/** Routes one checked request to its handler. */
export function answerPanel(handlers: WorkerHandlers, req: PanelToBackground): Promise<unknown> {
  return (handlers[req.type] as (r: PanelToBackground) => Promise<unknown>)(req);
}
