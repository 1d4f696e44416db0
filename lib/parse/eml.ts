import { decodeWords } from 'postal-mime';
import type { Address as MimeAddress, Attachment as MimeAttachment, Email, Mailbox } from 'postal-mime';
import { getDomain } from 'tldts';
import { platformOf } from '../domains/platforms';
import { Inquiry } from '../inquiry';
import type { Address, Attachment, InquiryInput, Link } from '../inquiry';
import { htmlToText } from './html-to-text';
import { readMime } from './mime';
import { extractPlatformFields } from './platform-fields';
import { splitQuoted } from './quotes';

/**
 * Reads one RFC 822 message (an .eml file, or one message cut out of an mbox) into an Inquiry.
 * Everything the rep must judge comes out as plain text; HTML is converted and never kept, and
 * links keep their real target next to what the reader sees.
 */

/** `too-complex`: more MIME parts, attached messages or header lines than any real mail (see ./mime). */
export type ParseErrorCode = 'empty' | 'not-mail' | 'too-large' | 'too-complex' | 'malformed';

export interface ParseError {
  code: ParseErrorCode;
  /** English, for logs; the UI translates by code. */
  message: string;
}

export type ParseResult = { ok: true; inquiry: Inquiry; warnings: string[] } | { ok: false; error: ParseError };

export interface ParseEmlOptions {
  source?: 'eml' | 'mbox';
  /**
   * Prefix for the id of a message without a Message-ID, e.g. "mbox#3". A content hash is appended,
   * so the same position in two different files does not produce the same id.
   */
  fallbackId?: string;
}

export const MAX_MAIL_BYTES = 25 * 1024 * 1024;
/** Inquiries carry their substance in the first kilobytes; beyond this the body is cut, with a warning. */
export const MAX_BODY_CHARS = 2_000_000;
const MAX_HEADERS = 200;
const MAX_HEADER_VALUE = 2_000;
const MAX_ATTACHMENTS = 1_000;
const MAX_LINKS = 20_000;
/** The "is this mail?" sniff and the nested-message subject lookup only read this much. */
const SNIFF_BYTES = 64 * 1024;

function fail(code: ParseErrorCode, message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

function toBytes(raw: string | Uint8Array | ArrayBuffer): Uint8Array | string {
  if (typeof raw === 'string') return raw;
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(raw);
}

function byteLength(input: Uint8Array | string): number {
  // A string's UTF-8 size is at least its length; exact size is not worth encoding 25 MB to learn.
  return typeof input === 'string' ? input.length : input.byteLength;
}

function isBlank(input: Uint8Array | string): boolean {
  if (typeof input === 'string') return input.trim() === '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0) return false;
  }
  return true;
}

/** The first bytes as text, one char per byte: enough to look at ASCII header names. */
function head(input: Uint8Array | string, max: number): string {
  if (typeof input === 'string') return input.slice(0, max);
  const slice = input.subarray(0, Math.min(max, input.length));
  let s = '';
  for (let i = 0; i < slice.length; i += 8192) {
    s += String.fromCharCode(...slice.subarray(i, Math.min(i + 8192, slice.length)));
  }
  return s;
}

const HEADER_LINE = /^[!-9;-~]{1,76}[ \t]*:/;
const KEY_HEADER = /^(?:from|subject|date|message-id)[ \t]*:/i;

/**
 * A mail starts with a header block. Files without one (a PDF, a picture, a text note) are refused
 * up front instead of being shown as a sender-less "inquiry" made of binary noise.
 */
function looksLikeMail(input: Uint8Array | string): boolean {
  const lines = head(input, SNIFF_BYTES)
    .replace(/^\ufeff/, '')
    .split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  // An mbox envelope line ("From sender date") may precede the headers.
  if ((lines[i] ?? '').startsWith('From ')) i++;
  if (HEADER_LINE.test((lines[i] ?? '').slice(0, 200))) return true;
  return lines.some((l) => KEY_HEADER.test(l.slice(0, 40)));
}

/** FNV-1a, two lanes for 64 bits: ids must be stable across runs and computable without crypto.subtle. */
export function contentHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function mailboxes(list: MimeAddress[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group);
    else out.push(a);
  }
  return out;
}

function toAddress(m: Mailbox | undefined): Address {
  return { name: (m?.name ?? '').trim().slice(0, 500), address: (m?.address ?? '').trim().slice(0, 500) };
}

function isUndisclosed(to: MimeAddress[] | undefined): boolean {
  const boxes = mailboxes(to).filter((m) => m.address);
  if (boxes.length === 0) return true;
  const all = [...(to ?? []).map((a) => a.name), ...boxes.map((m) => `${m.name} ${m.address}`)].join(' ');
  return /undisclosed[ -]?recipients?/i.test(all);
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function contentSize(content: MimeAttachment['content']): number {
  if (typeof content === 'string') return content.length;
  return content.byteLength;
}

/** Subject of a message/rfc822 part, read from its header block only. */
function nestedSubject(content: MimeAttachment['content']): string | undefined {
  const text = typeof content === 'string' ? content.slice(0, SNIFF_BYTES) : head(new Uint8Array(content), SNIFF_BYTES);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    if (!/^subject[ \t]*:/i.test(line)) continue;
    let value = line.slice(line.indexOf(':') + 1);
    for (let j = i + 1; j < lines.length && /^[ \t]/.test(lines[j] ?? ''); j++) value += lines[j];
    const decoded = decodeWords(value.trim()).replace(/\s+/g, ' ').trim();
    return decoded || undefined;
  }
  return undefined;
}

function toAttachments(list: MimeAttachment[], warnings: string[]): Attachment[] {
  const out: Attachment[] = [];
  for (const a of list) {
    if (out.length >= MAX_ATTACHMENTS) {
      warnings.push(`Only the first ${MAX_ATTACHMENTS} attachments are listed.`);
      break;
    }
    const mimeType = (a.mimeType || 'application/octet-stream').toLowerCase().slice(0, 200);
    let name = (a.filename ?? '').trim();
    const isMessage = mimeType === 'message/rfc822';
    // Unnamed inline images are logos and spacers from the HTML layout, not files the sender attached.
    if (!name && !isMessage && (a.related || a.contentId || a.disposition === 'inline') && mimeType.startsWith('image/')) {
      continue;
    }
    if (isMessage && !name) {
      const subject = nestedSubject(a.content);
      // ".eml" keeps the name from posing as another file type ("Invoice.zip" as a subject).
      name = subject ? `${subject.slice(0, 200)}.eml` : 'attached-message.eml';
    }
    if (a.rfc822DepthExceeded) warnings.push('A deeply nested attached message was not opened.');
    out.push({ name: name.slice(0, 1000), mimeType, size: contentSize(a.content) });
  }
  return out;
}

/** Text that is really HTML (some senders label HTML as text/plain) must not reach the rep as markup. */
function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /<body[\s>]/.test(start);
}

interface BodyParts {
  text: string;
  links: Link[];
  /** Text converted from the HTML part, when there is one (platform fields may only be there). */
  htmlText?: string;
}

function bodyParts(email: Email): BodyParts {
  const html = email.html ?? '';
  const converted = html ? htmlToText(html) : undefined;
  let text = (email.text ?? '').replace(/\r\n?/g, '\n');
  let links: Link[] = converted?.links ?? [];
  if (text.trim() && looksLikeHtml(text)) {
    const fromText = htmlToText(text);
    text = fromText.text;
    if (links.length === 0) links = fromText.links;
  }
  if (!text.trim() && converted) text = converted.text;
  return { text, links: links.slice(0, MAX_LINKS), htmlText: converted?.text };
}

function senderDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  return getDomain(address.slice(at + 1));
}

/** "<id@host>" → "id@host"; a loop, because a /^<+|>+$/ pattern is quadratic on a long run of ">". */
function stripAngles(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 60) a++;
  while (b > a && s.charCodeAt(b - 1) === 62) b--;
  return s.slice(a, b).trim();
}

function headersOf(email: Email): { key: string; value: string }[] {
  return email.headers.slice(0, MAX_HEADERS).map((h) => ({
    key: h.key.slice(0, 200),
    value: h.value.length > MAX_HEADER_VALUE ? h.value.slice(0, MAX_HEADER_VALUE) : h.value,
  }));
}

function buildInquiry(email: Email, opts: ParseEmlOptions, warnings: string[]): InquiryInput {
  const fromBox = email.from ? (email.from.group ? email.from.group[0] : email.from) : undefined;
  const from = toAddress(fromBox);
  if (!from.address) warnings.push('The message has no sender address.');
  const replyTo = mailboxes(email.replyTo)[0];

  const parts = bodyParts(email);
  let text = parts.text;
  if (text.length > MAX_BODY_CHARS) {
    text = text.slice(0, MAX_BODY_CHARS);
    warnings.push(`The message text was cut to its first ${MAX_BODY_CHARS.toLocaleString('en')} characters.`);
  }
  if (!text.trim()) warnings.push('The message has no readable text.');

  const subject = (email.subject ?? '')
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .slice(0, 5000);
  const date = isoDate(email.date);
  if (email.date && !date) warnings.push(`The date "${email.date.slice(0, 80)}" could not be read.`);

  const messageId = stripAngles((email.messageId ?? '').trim()).slice(0, 1000);
  const hash = contentHash(`${from.address}\n${email.date ?? ''}\n${subject}\n${text.slice(0, 4096)}`);
  const id = messageId || (opts.fallbackId ? `${opts.fallbackId.slice(0, 900)}-${hash}` : `fnv-${hash}`);

  const { body, quoted } = splitQuoted(text, { subject });

  const platform = platformOf(senderDomain(from.address))
    ? (extractPlatformFields(text) ?? (parts.htmlText ? extractPlatformFields(parts.htmlText) : undefined))
    : undefined;

  return {
    source: opts.source ?? 'eml',
    id,
    from,
    replyTo: replyTo ? toAddress(replyTo) : undefined,
    toCount: mailboxes(email.to).filter((m) => m.address).length,
    ccCount: mailboxes(email.cc).filter((m) => m.address).length,
    undisclosedRecipients: isUndisclosed(email.to),
    subject,
    date,
    body,
    quoted,
    links: parts.links,
    attachments: toAttachments(email.attachments, warnings),
    platform,
    headers: headersOf(email),
    partial: false,
  };
}

/** Parses one message. Never throws: every failure comes back as `{ ok: false, error }`. */
export async function parseEml(raw: string | Uint8Array | ArrayBuffer, opts: ParseEmlOptions = {}): Promise<ParseResult> {
  try {
    if (raw === null || raw === undefined) return fail('empty', 'No message was given.');
    const input = toBytes(raw);
    if (byteLength(input) > MAX_MAIL_BYTES) {
      return fail('too-large', `The message is larger than ${MAX_MAIL_BYTES / 1024 / 1024} MB.`);
    }
    if (isBlank(input)) return fail('empty', 'The file is empty.');
    if (!looksLikeMail(input)) return fail('not-mail', 'The file does not start with mail headers (From, Subject, Date…).');

    const mime = await readMime(input);
    if (!mime.ok) return fail(mime.code, mime.message);
    const email = mime.email;

    const warnings: string[] = [];
    if (mime.cutAtLine) warnings.push(`Only the first ${mime.cutAtLine.toLocaleString('en')} lines of the message were read.`);
    const built = buildInquiry(email, opts, warnings);
    const parsed = Inquiry.safeParse(mime.cutAtLine ? { ...built, partial: true } : built);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('malformed', `The message has a field out of range: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}`);
    }
    return { ok: true, inquiry: parsed.data, warnings };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail('malformed', `The message could not be read: ${reason.slice(0, 300)}`);
  }
}
