import { describe, expect, it, vi } from 'vitest';
import type { HistoryRecord } from '../../../lib/history/record';
import type { PanelDeps } from '../../../lib/extension/panel-requests';
import { answerPanel, panelHandlers } from '../../../lib/extension/panel-requests';
import { REPLIES } from '../../../lib/extension/protocol';

function deps(over: Partial<PanelDeps> = {}): PanelDeps {
  return {
    verdictOf: async () => undefined,
    judgeText: async () => ({ status: 'unsupported', url: '' }),
    analyzePage: async () => ({ status: 'unsupported', url: '' }),
    pageAction: async () => null,
    getRecord: async () => undefined,
    updateRecord: async () => undefined,
    outcomeRecorded: () => undefined,
    onlinePlan: async () => ({ enabled: false }),
    onlineCheck: async () => null,
    ...over,
  };
}

const RECORD = { key: 'gmail:1', outcome: 'won', status: 'following-up', stars: 2 } as unknown as HistoryRecord;

describe('the worker’s answers to the panel', () => {
  it('says why nothing was inserted: no reply box when the page cannot be scripted, refused when the page answered nonsense', async () => {
    const refusedPage = panelHandlers(deps({ pageAction: async () => ({ ok: 'yes' }) }));
    expect(await answerPanel(refusedPage, { type: 'insert-reply', tabId: 1, text: 'Dear Mark,' })).toEqual({ ok: false, reason: 'refused' });
    const noScript = panelHandlers(deps({ pageAction: () => Promise.reject(new Error('Cannot access contents of the page')) }));
    const answer = await answerPanel(noScript, { type: 'insert-reply', tabId: 1, text: 'Dear Mark,' });
    expect(answer).toEqual({ ok: false, reason: 'no-reply-box' });
    // What the worker answers is what the panel accepts.
    expect(REPLIES['insert-reply'].safeParse(answer).success).toBe(true);
  });

  it('offers no page shape where the page cannot be scripted, and passes on a real one', async () => {
    const none = panelHandlers(deps({ pageAction: () => Promise.reject(new Error('no permission')) }));
    expect(await answerPanel(none, { type: 'capture-shape', tabId: 1 })).toEqual({ ok: false, reason: 'unavailable' });
    const shape = { html: '<html></html>', elements: 1, cut: null, scope: 'page' };
    const some = panelHandlers(deps({ pageAction: async () => shape }));
    expect(await answerPanel(some, { type: 'capture-shape', tabId: 1 })).toEqual({ ok: true, capture: shape });
  });

  it('asks for a recalibration only when an outcome was recorded, and answers null when the history fails', async () => {
    const recorded = vi.fn();
    const h = panelHandlers(deps({ updateRecord: async () => RECORD, outcomeRecorded: recorded }));
    await answerPanel(h, { type: 'update-record', key: 'gmail:1', update: { stars: 2 } });
    expect(recorded).not.toHaveBeenCalled();
    await answerPanel(h, { type: 'update-record', key: 'gmail:1', update: { outcome: 'won' } });
    expect(recorded).toHaveBeenCalledTimes(1);
    const broken = panelHandlers(deps({ getRecord: () => Promise.reject(new Error('DatabaseClosedError')) }));
    expect(await answerPanel(broken, { type: 'get-record', key: 'gmail:1' })).toBeNull();
  });

  it('answers a tab with no verdict yet with null, not undefined, so the panel shows its empty state', async () => {
    expect(await answerPanel(panelHandlers(deps()), { type: 'get-state', tabId: 9 })).toBeNull();
  });
});
