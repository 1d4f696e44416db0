import { describe, expect, it } from 'vitest';
import { parseMbox, splitMbox } from '../../../lib/parse/mbox';
import { readCorpus } from '../../corpus';

const first = readCorpus('authored', 'dev-genuine-01.eml').toString('utf8');
// dev-genuine-02 is 8-bit UTF-8; a body line starting with "From " is escaped the way mbox writers do it.
const second = readCorpus('authored', 'dev-genuine-02.eml')
  .toString('utf8')
  .replace('Mit freundlichen Grüßen', 'From our side everything is ready.\n>From here on a quoted mboxrd line.\n\nMit freundlichen Grüßen');
const noMessageId = 'From: Buyer <b@acme.example>\nSubject: No id\nDate: Tue, 9 Apr 2024 10:00:00 +0000\n\nWe need 60 pumps.\n';

function escapeFromLines(msg: string): string {
  return msg.replace(/^(>*From )/gm, '>$1');
}

function mbox(messages: string[], eol = '\n'): string {
  return messages
    .map((m, i) => `From sender${i}@example.com Tue Apr  9 16:42:0${i} 2024\n${escapeFromLines(m).trimEnd()}\n\n`)
    .join('')
    .replace(/\r?\n/g, eol);
}

describe('parseMbox', () => {
  it('returns every message in order with its Message-ID', async () => {
    const entries = await parseMbox(mbox([first, second, noMessageId]));
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2]);
    const [a, b, c] = entries.map((e) => e.result);
    expect(a?.ok && a.inquiry.id).toBe('CH3PR17MB1016836AAFF5D0E5121CF9E4C9C777D5AEDF@CH3PR17MB1016.namprd17.prod.outlook.com');
    expect(a?.ok && a.inquiry.from.address).toBe('mdelaney@harborline-electric.example');
    expect(b?.ok && b.inquiry.id).toBe('f1bda72d-b177-44b3-ae9f-42ee0116fb14@boehm-solarmontage.de');
    expect(b?.ok && b.inquiry.from.name).toBe('Jürgen Böhm');
    expect(c?.ok && c.inquiry.id.startsWith('mbox#2')).toBe(true);
    for (const e of entries) expect(e.result.ok && e.result.inquiry.source).toBe('mbox');
  });

  it('unescapes ">From " lines and does not split on them', async () => {
    const entries = await parseMbox(mbox([first, second]));
    expect(entries).toHaveLength(2);
    const b = entries[1]?.result;
    expect(b?.ok && b.inquiry.body).toContain('\nFrom our side everything is ready.');
    // The line really started with ">From" (written ">>From " in the file); as a quote it goes to quoted.
    expect(b?.ok && b.inquiry.quoted).toBe('>From here on a quoted mboxrd line.');
  });

  it('reads CRLF mbox files the same way', async () => {
    const entries = await parseMbox(mbox([first, second], '\r\n'));
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.result.ok)).toBe(true);
  });

  it('keeps the envelope line out of the message', () => {
    const parts = splitMbox(mbox([noMessageId]));
    expect(parts).toHaveLength(1);
    expect(new TextDecoder().decode(parts[0]).startsWith('From: Buyer')).toBe(true);
  });

  it('treats "From " inside a paragraph as text, not as a new message', () => {
    const text = `${noMessageId.trimEnd()}\nFrom the factory we need 3 samples.\n`;
    expect(splitMbox(`From a@b Tue Apr  9 2024\n${text}`)).toHaveLength(1);
  });

  it('returns nothing for an empty file and error entries, not a crash, for garbage', async () => {
    expect(await parseMbox('')).toEqual([]);
    expect(await parseMbox(new ArrayBuffer(0))).toEqual([]);
    const garbage = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    const entries = await parseMbox(garbage);
    for (const e of entries) expect(e.result.ok || ['not-mail', 'malformed', 'empty'].includes(e.result.error.code)).toBe(true);
  });

  it('stops after maxMessages', async () => {
    const entries = await parseMbox(mbox([first, second, noMessageId]), { maxMessages: 2 });
    expect(entries).toHaveLength(2);
  });

  it('splits a large mbox in one pass', () => {
    const big = mbox(Array.from({ length: 2_000 }, () => noMessageId));
    expect(splitMbox(big)).toHaveLength(2_000);
  });
});
