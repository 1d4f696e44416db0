import { gmail } from './gmail';
import { outlook } from './outlook';
import { alibaba, globalSources, madeInChina } from './platforms';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, alibaba, madeInChina, globalSources];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}

export { fromPaste, fromSelection, fromText } from './pasted';
export type { ReadResult, SiteAdapter, SiteId } from './types';
export type { SiteFailureCode } from './failures';
export { watchOpenMessage } from './watch';
