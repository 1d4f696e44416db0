import * as z from 'zod/mini';

/**
 * What the worker may ask of the content script, checked where it arrives. Written with zod's small
 * build: the content script runs in every mail tab, and the full zod would make it five times larger.
 */
export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reread') }),
  z.object({ type: z.literal('insert-reply'), text: z.string().check(z.maxLength(100_000)) }),
  /** The rep asked for a censored copy of the page's structure (lib/sites/censor.ts) for a bug report. */
  z.object({ type: z.literal('capture-shape') }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
