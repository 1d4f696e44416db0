import { gmail } from './gmail';
import { outlook } from './outlook';
import { alibaba, globalSources, madeInChina } from './platforms';
import type { SiteAdapter } from './types';

/**
 * The site readers, apart from the paste reader: the content script imports this module, and the paste
 * reader's tables (used only by the worker) would otherwise ride along in every mail tab.
 */
export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, alibaba, madeInChina, globalSources];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}
