import type { Inquiry } from '../inquiry';
import { splitQuoted } from '../parse/quotes';
import { hashText } from './dom-text';

const HEADER = /^(from|von|de|от|发件人|reply-to|to|an|para|à|кому|收件人|subject|betreff|asunto|assunto|objet|тема|主题|date|datum|fecha|data|дата|日期|sent|gesendet|enviado|envoyé|отправлено)\s*[:：]\s*(.*)$/i;
const ADDRESS = /^(?:"?([^"<]*?)"?\s*)?<?([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>?$/i;

function address(v: string): { name: string; address: string } {
  const m = ADDRESS.exec(v.trim());
  return m ? { name: (m[1] ?? '').trim(), address: m[2] ?? '' } : { name: v.trim(), address: '' };
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
    const value = m[2] ?? '';
    if (/^(from|von|de|от|发件人)$/.test(key)) from = address(value);
    else if (key === 'reply-to') replyTo = address(value);
    else if (/^(to|an|para|à|кому|收件人)$/.test(key)) toCount = value.split(/[;,]/).filter((x) => x.trim()).length;
    else if (/^(subject|betreff|asunto|assunto|objet|тема|主题)$/.test(key)) subject = value.trim();
  }
  const rest = i > 0 && (from.address || subject) ? lines.slice(i).join('\n') : text;
  const split = splitQuoted(rest.trim(), { subject });
  return {
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
  };
}

export const fromPaste = (text: string): Inquiry => fromText(text, 'paste');
export const fromSelection = (text: string): Inquiry => fromText(text, 'page');
