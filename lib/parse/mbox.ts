import { parseEml } from './eml';
import type { ParseResult } from './eml';

/**
 * mbox files (Thunderbird, Apple Mail and Google Takeout exports) hold many messages, each opened by
 * an envelope line "From sender date" at the start of a line after a blank line. Lines of the
 * message that begin with "From " were escaped as ">From " (and ">From " as ">>From ", mboxrd) when
 * the file was written; one ">" is removed again here.
 *
 * Works on bytes so a message's own charset is left for the MIME parser to decode, and so the
 * split is one forward pass with no copying except for messages that contain escaped lines.
 */

export interface MboxEntry {
  /** Position of the message in the file, from 0. */
  index: number;
  result: ParseResult;
}

export interface ParseMboxOptions {
  /** Messages after this many are not read (default 10,000); an mbox export can hold years of mail. */
  maxMessages?: number;
}

const DEFAULT_MAX_MESSAGES = 10_000;
const LF = 10;
const CR = 13;
const GT = 62;

function startsWithFrom(b: Uint8Array, i: number): boolean {
  // "From "
  return b[i] === 70 && b[i + 1] === 114 && b[i + 2] === 111 && b[i + 3] === 109 && b[i + 4] === 32;
}

/** Removes one ">" from lines that read ">From ", ">>From ", … Copies only when there is one. */
function unescapeFromLines(msg: Uint8Array): Uint8Array {
  const drop: number[] = [];
  for (let i = 0; i < msg.length;) {
    if (msg[i] === GT) {
      let j = i;
      while (msg[j] === GT) j++;
      if (startsWithFrom(msg, j)) drop.push(i);
    }
    const nl = msg.indexOf(LF, i);
    if (nl === -1) break;
    i = nl + 1;
  }
  if (drop.length === 0) return msg;
  const out = new Uint8Array(msg.length - drop.length);
  let w = 0;
  let r = 0;
  for (const d of drop) {
    out.set(msg.subarray(r, d), w);
    w += d - r;
    r = d + 1;
  }
  out.set(msg.subarray(r), w);
  return out;
}

function isBlankLine(b: Uint8Array, start: number, end: number): boolean {
  // [start, end) excludes the LF; a lone CR is a blank CRLF line.
  return end === start || (end === start + 1 && b[start] === CR);
}

/**
 * Splits an mbox into its messages, as byte arrays without the envelope line and with ">From "
 * lines unescaped. Text before the first envelope line is returned as a message of its own when it
 * is not blank (a lone .eml passed here still comes back as one message).
 */
export function splitMbox(raw: Uint8Array | string): Uint8Array[] {
  const b = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  const messages: Uint8Array[] = [];
  let msgStart = 0;
  let prevBlank = true;
  let lineStart = 0;

  const flush = (end: number): void => {
    const msg = b.subarray(msgStart, end);
    for (let k = 0; k < msg.length; k++) {
      const c = msg[k];
      if (c !== LF && c !== CR && c !== 32 && c !== 9) {
        messages.push(unescapeFromLines(msg));
        return;
      }
    }
  };

  while (lineStart < b.length) {
    const nl = b.indexOf(LF, lineStart);
    const lineEnd = nl === -1 ? b.length : nl;
    const next = nl === -1 ? b.length : nl + 1;
    if (prevBlank && startsWithFrom(b, lineStart)) {
      flush(lineStart);
      // The envelope line belongs to the mbox, not to the message.
      msgStart = next;
      prevBlank = false;
    } else {
      prevBlank = isBlankLine(b, lineStart, lineEnd);
    }
    lineStart = next;
  }
  flush(b.length);
  return messages;
}

/** Parses every message of an mbox in order. Never throws; a bad message is an error entry, not a stop. */
export async function parseMbox(raw: Uint8Array | string | ArrayBuffer, opts: ParseMboxOptions = {}): Promise<MboxEntry[]> {
  let parts: Uint8Array[];
  try {
    parts = splitMbox(raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw);
  } catch {
    return [];
  }
  const max = opts.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const out: MboxEntry[] = [];
  for (let index = 0; index < parts.length && index < max; index++) {
    const result = await parseEml(parts[index] ?? new Uint8Array(0), { source: 'mbox', fallbackId: `mbox#${index}` });
    out.push({ index, result });
  }
  return out;
}
