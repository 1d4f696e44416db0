import { describe, expect, it } from 'vitest';
import { parseEml } from '../../../lib/parse/eml';
import { parseMbox } from '../../../lib/parse/mbox';
import { MAX_TEXT_LINES, MIME_LIMITS } from '../../../lib/parse/mime';
import { t } from '../../../lib/i18n';

const HEAD = 'From: Buyer <buyer@acme-trading.example>\r\nTo: sales@factory.example\r\nSubject: RFQ LED tubes\r\nMessage-ID: <m1@acme-trading.example>\r\n';

describe('postal-mime guard: mangled mail gets a clear answer, not a frozen command line', () => {
  it('refuses a message with more MIME parts than any real mail, saying so', async () => {
    const parts = '--b\r\nContent-Type: text/plain\r\n\r\nx\r\n'.repeat(MIME_LIMITS.boundaryLines + 1);
    const r = await parseEml(`${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n${parts}--b--\r\n`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('too-complex');
    expect(!r.ok && r.error.message).toMatch(/MIME parts; InquiryLens reads at most 1,000/);
    // The panel and the paste box show the code in the rep's language.
    expect(t('en', 'error.too-complex')).toMatch(/no real mail/);
    expect(t('zh-CN', 'error.too-complex')).toMatch(/真实邮件/);
  });

  it('refuses a message of thousands of nested attached messages', async () => {
    const r = await parseEml(HEAD + 'Content-Type: message/rfc822\r\n\r\n'.repeat(5000));
    expect(!r.ok && r.error.code).toBe('too-complex');
    expect(!r.ok && r.error.message).toMatch(/attached messages/);
  });

  it('refuses a recipient line of a hundred thousand addresses', async () => {
    const r = await parseEml(HEAD.replace('To: sales@factory.example', `To: ${'a@b.example, '.repeat(100_000)}`) + '\r\nPlease quote.');
    expect(!r.ok && r.error.code).toBe('too-complex');
  });

  it('refuses a header folded over hundreds of kilobytes', async () => {
    const r = await parseEml(`${HEAD}Content-Type: multipart/alternative;\r\n\tboundary="${'<script>alert(1)</script>'.repeat(2000)}"\r\n\r\nPlease quote.`);
    expect(!r.ok && r.error.code).toBe('too-complex');
    expect(!r.ok && r.error.message).toMatch(/characters in one header/);
  });

  it('refuses an attachment whose base64 is broken up by thousands of "=" signs', async () => {
    const broken = `${'QUFB<img src=x onerror=alert(1)>'.repeat(2000)}\r\n`;
    const r = await parseEml(
      `${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease quote.\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${broken}--b--\r\n`,
    );
    expect(!r.ok && r.error.code).toBe('too-complex');
    expect(!r.ok && r.error.message).toMatch(/padding characters inside base64 data/);
  });

  it('reads the first lines of an endless body, says it was cut and marks the inquiry partial', async () => {
    const r = await parseEml(`${HEAD}\r\nPlease quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen.\r\n${'x\r\n'.repeat(300_000)}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inquiry.body).toMatch(/^Please quote LX-T8-1200-18W/);
    expect(r.inquiry.partial).toBe(true);
    expect(r.warnings).toContain(`Only the first ${MAX_TEXT_LINES.toLocaleString('en')} lines of the message were read.`);
  });

  it('reads a real-sized mail with a 3 MB attachment whole', async () => {
    const pdf = `${'QUFB'.repeat(19)}\r\n`.repeat(40_000);
    const r = await parseEml(
      `${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease quote, drawing attached.\r\n--b\r\nContent-Type: application/pdf; name="drawing.pdf"\r\nContent-Disposition: attachment; filename="drawing.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf}--b--\r\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inquiry.attachments).toEqual([expect.objectContaining({ name: 'drawing.pdf', mimeType: 'application/pdf' })]);
    expect(r.inquiry.partial).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('refuses one mangled message of an mbox and still reads the others', async () => {
    const bad = HEAD + 'Content-Type: message/rfc822\n\n'.repeat(500);
    const good = HEAD.replace('m1@', 'm2@') + '\nPlease quote 500 pcs.\n';
    const entries = await parseMbox(`From a@b Tue Apr  9 16:42:00 2024\n${bad}\nFrom a@b Tue Apr  9 16:43:00 2024\n${good}\n`);
    expect(entries.map((e) => (e.result.ok ? 'ok' : e.result.error.code))).toEqual(['too-complex', 'ok']);
  });
});
