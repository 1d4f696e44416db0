import type { WxtBrowser } from 'wxt/browser';
import type { HistoryDb } from '../history/db';
import { problemOf } from '../history/errors';
import { saveAnalysis } from '../history/repo';
import type { Inquiry } from '../inquiry';
import { ReadState } from '../messages';
import type { onlineWorker } from '../online/worker';
import type { Settings } from '../settings';
import type { SignalHit } from '../signals/types';
import { fromPaste, fromSelection } from '../sites';
import { judgeRead } from './judge';
import { verdictForReport } from './read-report';
import type { TabVerdicts } from './tab-verdicts';
import type { TabVerdict } from './verdict';
import { badgeFor, sameMessage } from './verdict';

/** How long a verdict waits for the rep's memory before it goes out without it. */
const MEMORY_WAIT_MS = 250;

type Ready = TabVerdict & { status: 'ready' };

export interface VerdictFlowDeps {
  browser: Pick<WxtBrowser, 'action' | 'runtime' | 'scripting'>;
  history: HistoryDb;
  verdicts: TabVerdicts;
  online: Pick<ReturnType<typeof onlineWorker>, 'withCached'>;
  settings(): Settings;
  /** Settles once the rep's settings are loaded: nothing is judged with the defaults by mistake. */
  ready: Promise<unknown>;
  /** What the rep's history says about an inquiry (lib/history/memory.ts). */
  memory(inquiry: Inquiry): Promise<SignalHit[]>;
  sleep(ms: number): Promise<void>;
  /** Work that outlives the event that started it (a late re-judge). */
  detach(work: Promise<unknown>): void;
  /** A verdict reached the history: retention may be due. */
  saved(): void;
}

/**
 * From what a tab shows to the verdict on the panel, the badge and in the history: judging with the
 * rep's memory, publishing, remembering, and keeping each tab on its newest message.
 */
export function verdictFlow(d: VerdictFlowDeps) {
  // The newest report per tab wins: a slow verdict for the message the rep just left must not
  // replace the one for the message now on screen.
  const latest = new Map<number, number>();
  const claim = (tabId: number) => {
    const n = (latest.get(tabId) ?? 0) + 1;
    latest.set(tabId, n);
    return () => latest.get(tabId) === n;
  };

  function judgeWith(site: string, state: ReadState, hits: SignalHit[]): Promise<TabVerdict> {
    const settings = d.settings();
    return d.online.withCached(judgeRead(site, state, settings, hits), settings, (more) => judgeRead(site, state, settings, [...hits, ...more]));
  }

  /**
   * Judge with the rep's memory (the caller remembers the verdict once the panel has it, see `deliver`).
   * Memory never holds a verdict back: if it is not ready in MEMORY_WAIT_MS (a cold worker with a large
   * history), the verdict goes out without it and is judged again when it arrives.
   */
  async function judge(site: string, state: ReadState, tabId: number): Promise<TabVerdict> {
    const memory: Promise<SignalHit[]> = state.status === 'ok' ? d.memory(state.inquiry).catch(() => []) : Promise.resolve([]);
    const quick = await Promise.race([memory, d.sleep(MEMORY_WAIT_MS).then(() => undefined)]);
    const v = await judgeWith(site, state, quick ?? []);
    if (v.status === 'ready' && quick === undefined) d.detach(judgeAgainWithMemory(site, state, tabId, memory));
    return v;
  }

  async function judgeAgainWithMemory(site: string, state: ReadState, tabId: number, memory: Promise<SignalHit[]>): Promise<void> {
    const hits = await memory;
    if (!hits.length) return;
    const late = await judgeWith(site, state, hits);
    // Only if the rep is still on that message: a late verdict must not replace the next one.
    if (late.status === 'ready' && sameMessage(await d.verdicts.get(tabId), late)) await publish(tabId, await remember(late));
  }

  /**
   * The verdict goes to the panel first and into the history after: the rep waits for the judgement, not
   * for the disk. A failed write is published again with its reason; the stored history is untouched.
   */
  async function deliver(tabId: number, v: TabVerdict, current: () => boolean): Promise<TabVerdict> {
    if (current()) await publish(tabId, v);
    if (v.status !== 'ready') return v;
    const saved = await remember(v);
    if (saved !== v && current()) await publish(tabId, saved);
    return saved;
  }

  /** Returns the same verdict when it was saved, a copy carrying the problem when it could not be. */
  async function remember(v: Ready): Promise<TabVerdict> {
    try {
      await saveAnalysis(d.history, v.inquiry, v.analysis);
      d.saved();
      return v;
    } catch (err) {
      // The panel says why (full disk, blocked upgrade…); what was stored before is untouched.
      return { ...v, historyProblem: problemOf(err) };
    }
  }

  async function publish(tabId: number, v: TabVerdict): Promise<void> {
    await d.verdicts.set(tabId, v);
    const badge = badgeFor(v);
    try {
      await d.browser.action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await d.browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab closed while we were judging.
    }
    // Nobody listening (panel closed) is normal.
    d.browser.runtime.sendMessage({ type: 'verdict', tabId, verdict: v }).catch(() => undefined);
  }

  return {
    remember,
    publish,

    /** A content script's report of what its tab shows now (lib/extension/read-report.ts). */
    async report(tabId: number, raw: unknown): Promise<{ ok: boolean }> {
      const current = claim(tabId);
      await d.ready;
      const v = await verdictForReport(raw, (site, state) => judge(site, state, tabId));
      if (v) await deliver(tabId, v, current);
      return { ok: v?.status !== 'unreadable' };
    },

    /** Text the rep pasted in the panel or selected in a page, shown for that tab. */
    async judgeText(tabId: number, text: string, source: 'paste' | 'page'): Promise<TabVerdict> {
      const current = claim(tabId);
      await d.ready;
      const inquiry = source === 'paste' ? fromPaste(text) : fromSelection(text);
      const parsed = ReadState.safeParse({ status: 'ok', inquiry, via: source });
      const v: TabVerdict = parsed.success
        ? await judge(source, parsed.data, tabId)
        : { status: 'unreadable', site: source, reason: 'The text could not be read.' };
      return deliver(tabId, v, current);
    },

    /** "Analyse this page": the open message of any page, read by lib/sites/page-reader.ts (injected as entrypoints/read-page.ts). */
    async analyzePage(tabId: number): Promise<TabVerdict> {
      const current = claim(tabId);
      await d.ready;
      let v: TabVerdict;
      try {
        await d.browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
        const [res] = await d.browser.scripting.executeScript({
          target: { tabId },
          func: () => (globalThis as { __inquiryLensPage?: unknown }).__inquiryLensPage,
        });
        const state = ReadState.safeParse(res?.result);
        v = state.success ? await judge('page', state.data, tabId) : { status: 'error', code: 'page-unreadable', message: 'This page could not be read.' };
      } catch (err) {
        v = { status: 'error', code: 'page-blocked', message: err instanceof Error ? err.message : String(err) };
      }
      return deliver(tabId, v, current);
    },

    /**
     * The tab started loading a page whose address we may not see: it has left the message it was judged
     * on, and that verdict must not stay on screen beside a different page. A verdict still in the works
     * for it is dropped too.
     */
    async leave(tabId: number): Promise<void> {
      claim(tabId);
      if (!(await d.verdicts.get(tabId))) return;
      await d.verdicts.delete(tabId);
      await d.browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      d.browser.runtime.sendMessage({ type: 'verdict', tabId, verdict: { status: 'unsupported', url: '' } }).catch(() => undefined);
    },

    /** The tab closed. */
    async forget(tabId: number): Promise<void> {
      latest.delete(tabId);
      await d.verdicts.delete(tabId);
    },
  };
}
