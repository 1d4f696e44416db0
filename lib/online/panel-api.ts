import { browser } from 'wxt/browser';
import { askWorker } from '../extension/protocol';
import type { OnlineCheckResult, OnlinePlan } from './messages';

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
      return (await askWorker({ type: 'online-plan', tabId })) ?? null;
    },
    requestHosts(origins) {
      return origins.length ? browser.permissions.request({ origins }).catch(() => false) : Promise.resolve(true);
    },
    async check() {
      return (await askWorker({ type: 'online-check', tabId })) ?? null;
    },
  };
}
