export { ADAPTERS, adapterFor } from './adapters';
export { fromPaste, fromSelection, fromText } from './pasted';
export type { ReadResult, SiteAdapter, SiteId } from './types';
export type { SiteFailureCode } from './failures';
export { watchOpenMessage } from './watch';
