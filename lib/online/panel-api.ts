import { browser } from 'wxt/browser';
import type { OnlineCheckResult, OnlinePlan } from './messages';
import { OnlineCheckResult as ResultSchema, OnlinePlan as PlanSchema } from './messages';

/** The side panel's side of "Check online": ask the worker, and ask the browser for the hosts. */
export interface OnlineApi {
  loadPlan(): Promise<OnlinePlan | null>;
  /** Must be called synchronously inside the click: the browser grants hosts only during a user gesture. */
  requestHosts(origins: string[]): Promise<boolean>;
  check(): Promise<OnlineCheckResult | null>;
}

export function onlineApi(tabId: number): OnlineApi {
  return {
    async loadPlan() {
      const r = PlanSchema.safeParse(await browser.runtime.sendMessage({ type: 'online-plan', tabId }).catch(() => null));
      return r.success ? r.data : null;
    },
    requestHosts(origins) {
      return origins.length ? browser.permissions.request({ origins }).catch(() => false) : Promise.resolve(true);
    },
    async check() {
      const r = ResultSchema.safeParse(await browser.runtime.sendMessage({ type: 'online-check', tabId }).catch(() => null));
      return r.success ? r.data : null;
    },
  };
}
