import { browser } from 'wxt/browser';
import { judgeRead } from '../extension/judge';
import type { TabVerdict } from '../extension/verdict';
import { sameMessage } from '../extension/verdict';
import type { HistoryDb } from '../history/db';
import type { Inquiry } from '../inquiry';
import type { Settings } from '../settings';
import type { SignalHit } from '../signals/types';
import { dexieCache } from './cache';
import { endpointsWith } from './endpoints';
import type { OnlineEnv } from './extension';
import { checkNow, planOf, withCachedOnline } from './extension';
import { stampRecord } from './history';
import type { OnlineCheckResult, OnlinePlan } from './messages';

/**
 * Where tests point the checks (local servers). Session storage: the extension's own pages and worker
 * can write it, content scripts cannot (their default access level), and web pages never see it.
 */
export const ENDPOINTS_KEY = 'onlineEndpoints';

export interface TabHooks {
  memory(inquiry: Inquiry): Promise<SignalHit[]>;
  /** Saves to history; returns the verdict as saved (with any history problem). */
  save(v: TabVerdict & { status: 'ready' }): Promise<TabVerdict>;
  current(): Promise<TabVerdict | undefined>;
  publish(v: TabVerdict): Promise<void>;
}

/** The service worker's online checks: the cache in the history database, the browser's fetch and permissions. */
export function onlineWorker(history: HistoryDb) {
  const cache = dexieCache(history.online);
  const env: OnlineEnv = {
    cache,
    async endpoints() {
      const stored = await browser.storage.session.get(ENDPOINTS_KEY).catch(() => ({}) as Record<string, unknown>);
      return endpointsWith((stored as Record<string, unknown>)[ENDPOINTS_KEY]);
    },
    fetch: (input, init) => fetch(input, init),
    online: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    granted: (origins) => (origins.length ? browser.permissions.contains({ origins }).catch(() => false) : Promise.resolve(true)),
  };

  return {
    /** Cached findings for a fresh verdict; a cache in trouble leaves the verdict as it was. */
    withCached<V extends TabVerdict>(v: V, settings: Settings, rejudge: (hits: SignalHit[]) => V): Promise<V> {
      return withCachedOnline(v, settings, cache, rejudge).catch(() => v);
    },
    async plan(v: TabVerdict | undefined, settings: Settings): Promise<OnlinePlan> {
      return planOf(v, settings, await env.endpoints());
    },
    /** The rep pressed "Check online" for this tab's message. */
    async checkTab(v: TabVerdict | undefined, settings: Settings, hooks: TabHooks): Promise<OnlineCheckResult> {
      const ready = v?.status === 'ready' ? v : undefined;
      const memory = ready ? await hooks.memory(ready.inquiry).catch(() => []) : [];
      const rejudge = (hits: SignalHit[]): TabVerdict =>
        ready ? judgeRead(ready.site, { status: 'ok', inquiry: ready.inquiry, via: 'online' }, settings, [...memory, ...hits]) : (v as TabVerdict);
      const { result, verdict, reports } = await checkNow<TabVerdict>(ready, settings, env, rejudge);
      if (ready && verdict?.status === 'ready') {
        const saved = await hooks.save(verdict);
        await stampRecord(history, `${ready.inquiry.source}:${ready.inquiry.id}`, reports).catch(() => undefined);
        // Only if the rep is still on that message: a late answer must not replace the next one.
        if (sameMessage(await hooks.current(), ready)) await hooks.publish(saved);
      }
      return result;
    },
  };
}
