import type { Inquiry } from '../inquiry';
import { INQUIRY_LIMITS } from '../inquiry-limits';
import { splitQuoted } from '../parse/quotes';
import { buyerNameOf } from '../extract/person';
import { clipInquiry } from './clip';
import { hashText } from './dom-text';

const HEADER =
  /^(from|von|de|от|发件人|reply-to|to|an|para|à|кому|收件人|subject|betreff|asunto|assunto|objet|тема|主题|date|datum|fecha|data|дата|日期|sent|gesendet|enviado|envoyé|отправлено)\s{0,20}[:：]([^\n]*)$/i;

/**
 * `Name <addr>`, `"Name" <addr>`, `<addr>` or a bare `addr`, parsed by position rather than by one
 * regular expression: the pattern this replaces backtracked for seconds on a long pasted From: line
 * while every tab waited for the worker. Every step here is a single scan; an over-long name is cut
 * later by clipInquiry, which records that it was.
 */
export function address(value: string): { name: string; address: string } {
  const v = value.trim();
  const open = v.lastIndexOf('<');
  if (open >= 0 && v.endsWith('>')) {
    const addr = v.slice(open + 1, -1).trim();
    if (isAddress(addr)) return { name: unquote(v.slice(0, open)), address: addr };
  }
  if (isAddress(v)) return { name: '', address: v };
  return { name: v, address: '' };
}

function unquote(s: string): string {
  const t = s.trim();
  return (t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t.replace(/^"|"$/g, '')).trim();
}

/** local@domain.tld with no spaces or brackets; longer than an Address may hold is not scanned at all. */
function isAddress(s: string): boolean {
  if (!s || s.length > INQUIRY_LIMITS.address || /[\s<>]/.test(s)) return false;
  const at = s.indexOf('@');
  if (at < 1 || s.indexOf('@', at + 1) >= 0) return false;
  const domain = s.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot >= 1 && /^[a-z]{2,}$/i.test(domain.slice(dot + 1));
}

/**
 * Text the rep pasted or selected. Mail copied from a client often starts with header lines
 * ("From: …", "Subject: …"); they become the sender and subject instead of body text.
 */
export function fromText(text: string, source: 'paste' | 'page'): Inquiry {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let from = { name: '', address: '' };
  let replyTo: { name: string; address: string } | undefined;
  let subject = '';
  let toCount = 0;
  let i = 0;
  for (; i < Math.min(lines.length, 12); i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      if (i === 0) continue;
      break;
    }
    const m = HEADER.exec(line);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? '').trim();
    if (/^(from|von|de|от|发件人)$/.test(key)) from = address(value);
    else if (key === 'reply-to') replyTo = address(value);
    else if (/^(to|an|para|à|кому|收件人)$/.test(key)) toCount = value.split(/[;,]/).filter((x) => x.trim()).length;
    else if (/^(subject|betreff|asunto|assunto|objet|тема|主题)$/.test(key)) subject = value.trim();
  }
  let rest = i > 0 && (from.address || subject) ? lines.slice(i).join('\n') : text;
  if (!from.address) {
    const copied = readingPaneHead(lines);
    if (copied) {
      from = copied.from;
      subject ||= copied.subject;
      rest = lines.slice(copied.bodyAt).join('\n');
    }
  }
  const split = splitQuoted(rest.trim(), { subject });
  // Text with no header lines still names its writer: the address in the signature and the name the buyer
  // gives ("this is Maria Lopez", a sign-off) are the sender, as they would be in the mail itself.
  if (!from.address) from = { ...from, address: lastAddress(split.body) };
  if (!from.name) from = { ...from, name: buyerNameOf({ body: split.body, displayNames: [] }) };
  return clipInquiry({
    source,
    id: `${source}-${hashText(text.slice(0, 20000))}`,
    from,
    ...(replyTo ? { replyTo } : {}),
    toCount,
    ccCount: 0,
    undisclosedRecipients: false,
    subject,
    body: split.body,
    quoted: split.quoted,
    links: [],
    attachments: [],
    partial: false,
  });
}

/**
 * Mail copied from a reading pane rather than with its headers: the subject on its own line, then the
 * sender as "Name <address>", a date and "to me", then the text.
 */
function readingPaneHead(lines: readonly string[]): { from: { name: string; address: string }; subject: string; bodyAt: number } | undefined {
  for (let k = 0; k < Math.min(lines.length, 8); k++) {
    const line = lines[k]!.trim();
    if (line.length > 300 || !line.endsWith('>') || !line.includes('<')) continue;
    const from = address(line);
    if (!from.address) continue;
    const first =
      lines
        .slice(0, k)
        .map((l) => l.trim())
        .find(Boolean) ?? '';
    const subject = first.length <= 200 && !/[.!?。]$/.test(first) ? first : '';
    let bodyAt = k + 1;
    // The date and "to me" lines under the sender, up to the first blank line.
    while (bodyAt < lines.length && bodyAt <= k + 3 && lines[bodyAt]!.trim()) bodyAt++;
    return { from, subject, bodyAt };
  }
  return undefined;
}

/** The last e-mail address in the text: the one in the writer's signature. */
function lastAddress(body: string): string {
  const tail = body.slice(-3000);
  let found = '';
  for (const word of tail.split(/[\s<>()[\],;:"']+/)) if (word.includes('@') && isAddress(word.replace(/\.$/, ''))) found = word.replace(/\.$/, '');
  return found;
}

export const fromPaste = (text: string): Inquiry => fromText(text, 'paste');
export const fromSelection = (text: string): Inquiry => fromText(text, 'page');
