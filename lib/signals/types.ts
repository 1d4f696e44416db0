import type { Inquiry } from '../inquiry';
import type { Settings } from '../settings';
import type { SignalId } from '../weights';
import { isSpaceCode } from '../text/patterns';

/** One piece of evidence. `weight` is the effective weight (after overrides), `evidence` the exact text matched or the reason. */
export interface SignalHit {
  id: SignalId;
  weight: number;
  evidence: string;
  /** Structured facts for the questions, profile and templates (e.g. { domain: 'acme.com' }, { country: 'DE' }). */
  data?: Record<string, string | number | boolean>;
}

export interface SignalContext {
  inquiry: Inquiry;
  settings: Settings;
  weights: Record<SignalId, number>;
  /** Rep says this sender is an existing customer. */
  existingCustomer: boolean;
  /** Subject + "\n" + body, NFKC-normalised, with scanning capped (see lib/text/normalize.ts). */
  text: string;
  /** The body alone, normalised and capped like `text`. */
  body: string;
  /** The trailing signature block of the body, if one was found ('' otherwise). */
  signature: string;
  /** Share an expensive computation (URL extraction, phone parsing) between signals of one analysis. */
  memo<T>(key: string, compute: () => T): T;
}

/** A signal module: a named, pure function from context to hits. */
export interface Signal {
  name: string;
  run(ctx: SignalContext): SignalHit[];
}

export function hit(ctx: Pick<SignalContext, 'weights'>, id: SignalId, evidence: string, data?: SignalHit['data']): SignalHit {
  return data ? { id, weight: ctx.weights[id], evidence: clip(evidence), data } : { id, weight: ctx.weights[id], evidence: clip(evidence) };
}

const ODD_BLANK = /[^\S ]| {2}/;

/**
 * The hit with this id, if any. A plain loop: the verdict looks up dozens of ids among a few dozen hits,
 * mostly in code that runs once per analysis, where a callback per element costs several times more.
 */
export function hitOf<H extends Pick<SignalHit, 'id'>>(hits: readonly H[], id: string): H | undefined {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.id === id) return hits[i];
  return undefined;
}

export const hasHit = (hits: readonly Pick<SignalHit, 'id'>[], id: string): boolean => hitOf(hits, id) !== undefined;

/** Evidence is shown in a narrow panel: keep it to one readable line. */
export function clip(s: string, max = 160): string {
  // Most evidence is already one line with single spaces: then only its ends need trimming.
  const one = (ODD_BLANK.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}

/**
 * The part of the text that content signals read. An inquiry says what it wants near the top; reading
 * 30 KB keeps a pasted 200 KB thread fast while the signature (in ctx.signature) is still read whole.
 */
export const CONTENT_HEAD = 30_000;

/**
 * The first `max` characters or fewer, ending between words: a word cut in two would read as a shorter
 * word, and a piece that ends between words is a part of the text the word patterns have already read.
 */
export function leading(text: string, max: number): string {
  if (text.length <= max) return text;
  // text[end] is the first character left out: a blank, unless no word ends in the second half.
  let end = max;
  for (let c = text.charCodeAt(end); end > max / 2 && c !== 32 && c !== 10 && c !== 9 && c !== 13; c = text.charCodeAt(--end));
  return end > max / 2 ? text.slice(0, end) : text.slice(0, max);
}

/** How many words (runs of non-blanks) the text has, counting no further than `limit`. */
export function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const blank = isSpaceCode(text.charCodeAt(i));
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

export function headOf(ctx: Pick<SignalContext, 'text' | 'memo'>): string {
  return ctx.memo('head', () => (ctx.text.length > CONTENT_HEAD ? ctx.text.slice(0, CONTENT_HEAD) : ctx.text));
}
