import { parse } from 'tldts';
import type { Inquiry } from '../inquiry';
import { isPlainAscii } from '../text/ascii';
import { stickyMatches } from '../text/starts';

/**
 * What the extractors read: the mail, its text, its signature and a per-mail memo. The signals' context
 * has this shape; the extractors sit below the signals and do not depend on them.
 */
export interface MailView {
  inquiry: Pick<Inquiry, 'links'>;
  text: string;
  signature: string;
  memo<T>(key: string, compute: () => T): T;
}

export interface FoundUrl {
  /** As written (text) or as linked (href). */
  href: string;
  host: string;
  /** Registrable domain (public-suffix aware), null for IPs and unknown suffixes. */
  domain: string | null;
  isIp: boolean;
  source: 'link' | 'text';
  /** Visible text of a link. */
  text?: string;
}

export interface FoundEmail {
  address: string;
  domain: string | null;
}

const MAX_URLS = 2000;
// Bounded and free of nested quantifiers: hostile text (no spaces, thousands of URLs) stays linear.
const URL_RE = /\bhttps?:\/\/[^\s<>"'()[\]{}|\\^`]{1,2000}/gi;
const WWW_RE = /\bwww\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:\/[^\s<>"'()[\]{}]{0,500})?/gi;
// Tried only where a bare domain can begin (domainStarts): at each start it is the whole rule.
const BARE_AT = /(?<![@\w.-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,3}(?![\w@-])/iy;
const LOCAL_PART = /[a-z0-9._%+-]{1,64}$/i;
const HOST_PART = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/i;

/** Suffixes that are also file extensions or version-like: "report.zip", "app.py" are not websites. */
const FILE_LIKE = new Set([
  'zip',
  'mov',
  'py',
  'sh',
  'rs',
  'md',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'jpg',
  'png',
  'gif',
  'exe',
  'htm',
  'html',
  'txt',
  'csv',
  'rar',
  'php',
  'js',
  'css',
]);

/** Drops trailing punctuation with a loop: an end-anchored pattern retries from every character. */
function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function hostOf(href: string): string {
  const noScheme = href.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//i, '');
  const end = noScheme.search(/[/?#:]/);
  const hostPart = (end >= 0 ? noScheme.slice(0, end) : noScheme).toLowerCase();
  const at = hostPart.lastIndexOf('@');
  return (at >= 0 ? hostPart.slice(at + 1) : hostPart).replace(/\.$/, '');
}

function describe(href: string, source: FoundUrl['source'], text?: string): FoundUrl | undefined {
  const host = hostOf(href);
  if (!host) return undefined;
  const p = parse(host);
  const u: FoundUrl = { href, host, domain: p.isIp ? null : (p.domain ?? null), isIp: Boolean(p.isIp), source };
  if (text !== undefined) u.text = text;
  return u;
}

function scanText(text: string, out: FoundUrl[], seen: Set<string>): void {
  for (const re of [URL_RE, WWW_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < MAX_URLS; m = re.exec(text)) {
      const href = trimTrailing(m[0], '.,;:!?)]');
      const key = href.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const u = describe(href, 'text');
      if (u && (u.isIp || u.domain)) out.push(u);
    }
  }
}

/** Every link target and URL written in the mail, de-duplicated, capped. */
export function extractUrls(ctx: MailView): FoundUrl[] {
  return ctx.memo('urls', () => {
    const out: FoundUrl[] = [];
    const seen = new Set<string>();
    for (const l of ctx.inquiry.links) {
      if (out.length >= MAX_URLS) break;
      const href = l.href.trim();
      if (!/^https?:|^www\./i.test(href)) continue;
      const u = describe(href, 'link', l.text);
      if (u) {
        out.push(u);
        seen.add(href.toLowerCase());
      }
    }
    scanText(ctx.text, out, seen);
    // Bare domains ("acme-tools.com.au") are common in signatures; elsewhere they are too ambiguous.
    const sig = ctx.signature || ctx.text.slice(-1500);
    for (const m of stickyMatches(BARE_AT, sig, domainStarts(sig))) {
      if (out.length >= MAX_URLS) break;
      const p = parse(m[0]);
      const tld = (p.publicSuffix ?? '').split('.').pop() ?? '';
      if (!p.domain || !p.isIcann || FILE_LIKE.has(tld) || /^\d/.test(p.domainWithoutSuffix ?? '')) continue;
      // "…always.You can…": a sentence run into the next one, not a domain (names are written in lower case).
      if (/\.[A-Z][a-z]+$/.test(m[0])) continue;
      const key = m[0].toLowerCase();
      if ([...seen].some((s) => s.includes(key))) continue;
      seen.add(key);
      out.push({ href: m[0], host: m[0].toLowerCase(), domain: p.domain, isIp: false, source: 'text' });
    }
    return out;
  });
}

const isLabelCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/**
 * Where a bare domain can begin: a domain's first label runs up to a dot, so each dot names one place,
 * where the run of letters, digits and hyphens before it begins (63 characters at most).
 */
function domainStarts(text: string): number[] {
  const starts: number[] = [];
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let start = dot;
    while (start > 0 && dot - start < 64 && isLabelCode(text.charCodeAt(start - 1))) start--;
    if (start < dot && dot - start <= 63) starts.push(start);
  }
  return starts;
}

/** E-mail addresses written in the text or linked with mailto:. */
export function extractEmails(ctx: Omit<MailView, 'signature'>): FoundEmail[] {
  return ctx.memo('emails', () => {
    const found = new Map<string, FoundEmail>();
    const add = (addr: string) => {
      const a = addr.toLowerCase().replace(/\.$/, '');
      if (found.has(a) || found.size >= 200) return;
      found.set(a, { address: a, domain: domainOfAddress(a) });
    };
    // Anchor on each "@": scanning every position for a 64-character local part costs a pass per character.
    const text = ctx.text;
    for (let at = text.indexOf('@'); at >= 0 && found.size < 200; at = text.indexOf('@', at + 1)) {
      const local = LOCAL_PART.exec(text.slice(Math.max(0, at - 64), at));
      const host = HOST_PART.exec(text.slice(at + 1, at + 260));
      if (local && host) add(`${local[0]}@${host[0]}`);
    }
    for (const l of ctx.inquiry.links) {
      if (/^mailto:/i.test(l.href)) {
        // An address is at most 64 + 1 + 253 characters: the cap keeps the pattern below linear.
        const addr = decodeSafe(l.href.slice(7).split('?')[0] ?? '').slice(0, 320);
        const m = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}/i.exec(addr);
        if (m) add(m[0]);
      }
    }
    return [...found.values()];
  });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A name as a domain would spell it: lower case, umlauts spelled out (Böhm → boehm), other accents dropped. */
export function spelledForDomain(name: string): string {
  // Most names are plain ASCII: nothing to spell out or drop, and five passes over them are saved.
  if (isPlainAscii(name)) return name.toLowerCase();
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The organisation part of a domain: "johnlewis" for mail.johnlewis.co.uk. */
export function orgLabel(domain: string | null | undefined): string {
  if (!domain) return '';
  return (parse(domain).domainWithoutSuffix ?? domain.split('.')[0] ?? '').toLowerCase();
}

/** The host an address names, lower case ("mail.acme.co.uk" for "Jo <jo@Mail.Acme.co.uk>"); '' when none. */
export function hostOfAddress(address: string | undefined | null): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  const rest = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  const stop = rest.search(/[>\s]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

export function domainOfAddress(address: string | undefined | null): string | null {
  const host = hostOfAddress(address);
  if (!host) return null;
  const p = parse(host);
  return p.isIp ? null : (p.domain ?? null);
}

/** "hxxp://…" so nothing in our own UI or CLI output is a live link to a phishing page. */
export function defang(href: string): string {
  return href.replace(/^http/i, 'hxxp').slice(0, 120);
}
