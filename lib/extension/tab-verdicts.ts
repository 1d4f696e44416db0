import type { TabVerdict } from './verdict';

/**
 * Verdicts per tab, in memory with a write-through copy in session storage: MV3 stops idle service
 * workers, and the panel must still get the last verdict after a restart.
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export class TabVerdicts {
  private readonly cache = new Map<number, TabVerdict>();
  constructor(private readonly session?: SessionArea) {}

  private key(tabId: number): string {
    return `verdict:${tabId}`;
  }

  async get(tabId: number): Promise<TabVerdict | undefined> {
    const hit = this.cache.get(tabId);
    if (hit || !this.session) return hit;
    try {
      const stored = (await this.session.get(this.key(tabId)))[this.key(tabId)] as TabVerdict | undefined;
      if (stored) this.cache.set(tabId, stored);
      return stored;
    } catch {
      return undefined;
    }
  }

  async set(tabId: number, v: TabVerdict): Promise<void> {
    this.cache.set(tabId, v);
    try {
      await this.session?.set({ [this.key(tabId)]: v });
    } catch {
      // Session storage is a convenience (quota, Firefox without session area); memory still answers.
    }
  }

  async delete(tabId: number): Promise<void> {
    this.cache.delete(tabId);
    try {
      await this.session?.remove(this.key(tabId));
    } catch {
      /* see set() */
    }
  }
}
