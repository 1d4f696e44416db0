import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';

/**
 * postal-mime with a bound on its work. Its cost grows with lines, MIME parts and nested messages,
 * not with bytes: about 20 µs per short line of text (a 1 MB body of one-character lines took 6 s,
 * mangled 0.5–3 MB files 4–5 s in the command line), 0.1 ms per part, up to 0.5 ms per nested
 * message. One linear pass counts those shapes first: a message with more parts, nested messages,
 * header lines or encoded words than any real mail is refused; text past a line budget is cut off
 * before postal-mime sees it (the inquiry is in the first lines; the reader is told).
 */

/** More than any real inquiry holds; together they keep postal-mime near 200 ms on 2 cores. */
export const MIME_LIMITS = {
  /** Lines opening with "--": every MIME part boundary is one. */
  boundaryLines: 1_000,
  /** Mentions of message/rfc822 (forwarded mails as attachments), each a nested parse. */
  nestedMessages: 50,
  /** Lines shaped like "Name: value", all header blocks together. */
  headerLines: 5_000,
  /** Encoded words ("=?charset?B?…?="), each decoded on its own. */
  encodedWords: 10_000,
  /**
   * Characters in the longest header, folded lines included: postal-mime parses a 0.7 MB To: line
   * of addresses in 0.7 s; 500 recipients fit in 20 000.
   */
  longestHeaderLine: 32_000,
  /**
   * "=" inside a base64 body but not at a line's end: postal-mime starts a new chunk at each, and a
   * 1 MB attachment broken up by 27 000 of them took 0.8 s. Encoders put padding only at the end.
   */
  base64Breaks: 1_000,
} as const;

/**
 * Lines of text (anything but base64 attachment lines, which cost a quarter as much) postal-mime is
 * given; the message is cut at the line after them. 5 000 lines is a 100-page letter, or a long HTML
 * newsletter with its text copy.
 */
export const MAX_TEXT_LINES = 5_000;

/**
 * A message that passed the counts but still kept postal-mime this long is not read further: the
 * HTML conversion, quote splitting and analysis after it would take as long again.
 */
export const MIME_TIME_BUDGET_MS = 3_000;

export type MimeShape = { -readonly [K in keyof typeof MIME_LIMITS]: number } & {
  textLines: number;
  /** Where the line after the first MAX_TEXT_LINES lines of text starts, or -1 when there are fewer. */
  cutAt: number;
};

const LF = 10;
const CR = 13;
const DASH = 45;
const COLON = 58;
const RFC822 = 'rfc822';

/** A–Z a–z 0–9 + / =: a line of a base64 attachment. */
function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
}

/** Counts the shapes that make postal-mime slow, in one pass over bytes or a string. */
export function mimeShape(input: Uint8Array | string): MimeShape {
  const text = typeof input === 'string';
  const at = text ? (i: number) => input.charCodeAt(i) : (i: number) => input[i]!;
  const n = input.length;
  const shape: MimeShape = {
    boundaryLines: 0,
    nestedMessages: 0,
    headerLines: 0,
    encodedWords: 0,
    longestHeaderLine: 0,
    base64Breaks: 0,
    textLines: 0,
    cutAt: -1,
  };
  let lineStart = 0;
  let header = false;
  let headerLength = 0;
  // A part's headers said base64 (pending) and its body has begun (inBase64); a boundary ends both.
  let pendingBase64 = false;
  let inBase64 = false;
  let base64 = true;
  let matched = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (i === lineStart) {
      // A folded header goes on in lines that start with a space or a tab: one header, one length.
      if (!(header && (c === 32 || c === 9))) {
        header = false;
        headerLength = 0;
        if (c === DASH && at(i + 1) === DASH) {
          shape.boundaryLines++;
          pendingBase64 = inBase64 = false;
        } else if (isHeaderLine(at, i, n)) {
          shape.headerLines++;
          header = true;
          if (isBase64Encoding(at, i, n)) pendingBase64 = true;
        } else if (pendingBase64 && (c === LF || (c === CR && at(i + 1) === LF))) {
          pendingBase64 = false;
          inBase64 = true;
        }
      }
    }
    if (inBase64 && c === 61 /* = */) {
      const next = at(i + 1);
      if (next !== 61 && next !== CR && next !== LF && i + 1 < n) shape.base64Breaks++;
    }
    if (c === LF || i === n - 1) {
      if (header) {
        headerLength += i - lineStart + 1;
        if (headerLength > shape.longestHeaderLine) shape.longestHeaderLine = headerLength;
      }
      if (!(base64 && i - lineStart >= 40)) {
        shape.textLines++;
        if (shape.textLines > MAX_TEXT_LINES && shape.cutAt < 0) shape.cutAt = lineStart;
      }
      lineStart = i + 1;
      base64 = true;
    } else if (c !== CR && !isBase64Char(c)) base64 = false;
    if (c === 61 /* = */ && at(i + 1) === 63 /* ? */) shape.encodedWords++;
    // "rfc822" in any case, matched byte by byte: no lower-cased copy of a 25 MB message.
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    matched = lower === RFC822.charCodeAt(matched) ? matched + 1 : lower === RFC822.charCodeAt(0) ? 1 : 0;
    if (matched === RFC822.length) {
      shape.nestedMessages++;
      matched = 0;
    }
  }
  return shape;
}

const CTE = 'content-transfer-encoding:';
const BASE64 = 'base64';

/** "Content-Transfer-Encoding: base64", in any case. */
function isBase64Encoding(at: (i: number) => number, start: number, n: number): boolean {
  let i = start;
  for (let k = 0; k < CTE.length; k++, i++) if (i >= n || (at(i) | 32) !== CTE.charCodeAt(k)) return false;
  while (i < n && (at(i) === 32 || at(i) === 9)) i++;
  for (let k = 0; k < BASE64.length; k++, i++) if (i >= n || (at(i) | 32) !== BASE64.charCodeAt(k)) return false;
  return true;
}

/** "Name:" with a header name's characters (RFC 5322 ftext), at most 76 of them. */
function isHeaderLine(at: (i: number) => number, start: number, n: number): boolean {
  for (let i = start; i < n && i - start <= 76; i++) {
    const c = at(i);
    if (c === COLON) return i > start;
    if (c < 33 || c > 126) return false;
  }
  return false;
}

/** Which limit the message is over, if any. */
export function overLimit(shape: MimeShape): keyof typeof MIME_LIMITS | undefined {
  return (Object.keys(MIME_LIMITS) as Array<keyof typeof MIME_LIMITS>).find((k) => shape[k] > MIME_LIMITS[k]);
}

export type MimeResult = { ok: true; email: Email; cutAtLine?: number } | { ok: false; code: 'too-complex' | 'malformed'; message: string };

const DESCRIBE: Record<keyof typeof MIME_LIMITS, string> = {
  boundaryLines: 'MIME parts',
  nestedMessages: 'attached messages',
  headerLines: 'header lines',
  encodedWords: 'encoded words',
  longestHeaderLine: 'characters in one header',
  base64Breaks: 'padding characters inside base64 data',
};

/**
 * Parses one message with postal-mime, refusing shapes that would keep it busy for seconds and
 * cutting text past the line budget (`cutAtLine` says so). Never throws.
 */
export async function readMime(input: Uint8Array | string, now: () => number = () => performance.now()): Promise<MimeResult> {
  const shape = mimeShape(input);
  const over = overLimit(shape);
  if (over) {
    return {
      ok: false,
      code: 'too-complex',
      message: `The message has ${shape[over].toLocaleString('en')} ${DESCRIBE[over]}; InquiryLens reads at most ${MIME_LIMITS[over].toLocaleString('en')}.`,
    };
  }
  const cut = shape.cutAt >= 0;
  const started = now();
  let email: Email;
  try {
    email = await PostalMime.parse(cut ? input.slice(0, shape.cutAt) : input);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'malformed', message: `The message could not be read: ${reason.slice(0, 300)}` };
  }
  const took = now() - started;
  if (took > MIME_TIME_BUDGET_MS) {
    return {
      ok: false,
      code: 'too-complex',
      message: `The message took ${Math.round(took)} ms to decode (limit ${MIME_TIME_BUDGET_MS} ms); its structure is too complex to read.`,
    };
  }
  return cut ? { ok: true, email, cutAtLine: MAX_TEXT_LINES } : { ok: true, email };
}
