import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEml } from '../../../lib/parse/eml';
import type { ParseResult } from '../../../lib/parse/eml';
import type { Inquiry } from '../../../lib/inquiry';
import { corpusFiles, corpusPath, hasCorpus, missingCorpus, readCorpus } from '../../corpus';

async function parseOk(raw: string | Uint8Array, opts?: Parameters<typeof parseEml>[1]): Promise<Inquiry & { warnings: string[] }> {
  const r = await parseEml(raw, opts);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return { ...r.inquiry, warnings: r.warnings };
}

async function authored(name: string): Promise<Inquiry & { warnings: string[] }> {
  return parseOk(readCorpus('authored', `${name}.eml`));
}

/** The sender address as written in the raw From header, read independently of the parser. */
function rawSenderAddress(raw: string): string {
  const line = /^From:[^\n]*/m.exec(raw)?.[0] ?? '';
  return /<([^>]+)>/.exec(line)?.[1] ?? '';
}

function mail(headers: string, body: string): string {
  return `${headers.trim()}\r\n\r\n${body}`.replace(/\r?\n/g, '\r\n');
}

describe('parseEml: authored corpus', () => {
  const files = corpusFiles('authored');

  it('has the authored corpus in the repository', () => {
    expect(files.length).toBeGreaterThanOrEqual(36);
  });

  for (const file of files) {
    it(`reads ${basename(file)} with its sender and a body`, async () => {
      const raw = readFileSync(file);
      const inq = await parseOk(raw);
      expect(inq.source).toBe('eml');
      expect(inq.from.address).toBe(rawSenderAddress(raw.toString('utf8')));
      expect(inq.body.trim().length).toBeGreaterThan(50);
      expect(inq.body).not.toMatch(/<\/?(?:p|div|html|body|br|span)\b/i);
      expect(inq.id.length).toBeGreaterThan(5);
      expect(inq.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(inq.subject.length).toBeGreaterThan(0);
    });
  }

  it('decodes RFC 2047 sender names', async () => {
    expect((await authored('dev-genuine-02')).from.name).toBe('Jürgen Böhm');
    expect((await authored('dev-genuine-19')).from.name).toBe('Алексей Морозов');
    const korean = (await authored('dev-genuine-24')).from.name;
    expect(korean).toMatch(/[\uac00-\ud7af]/);
    expect(korean).not.toContain('=?');
  });

  it('decodes a base64 body to Cyrillic text', async () => {
    const inq = await authored('dev-genuine-19');
    expect(inq.body).toMatch(/[\u0400-\u04ff]{5}/);
    expect(inq.body).toContain('AQ-CP25-6-180');
    expect(inq.subject).toMatch(/^Запрос цены/);
  });

  it('prefers the text part but takes real link targets from the HTML part', async () => {
    const inq = await authored('dev-genuine-03');
    expect(inq.body.startsWith('Dear Amy,')).toBe(true);
    expect(inq.body).toContain('www.pennyworthhale.co.uk');
    expect(inq.links).toContainEqual({ text: 'www.pennyworthhale.co.uk', href: 'http://www.pennyworthhale.co.uk' });
  });

  it('keeps Reply-To, the date as ISO and the Message-ID without brackets', async () => {
    const inq = await authored('dev-genuine-03');
    expect(inq.replyTo).toEqual({ name: 'Pennyworth & Hale Procurement', address: 'procurement@pennyworthhale.co.uk' });
    expect(inq.id).toBe('DB9PR03MB8675AE2EBE0E47869637F74B00C4163D5662@DB9PR03MB8675.eurprd03.prod.outlook.com');
    expect((await authored('dev-genuine-02')).date).toBe('2024-04-09T14:42:05.000Z');
  });

  it('counts recipients and spots undisclosed recipients', async () => {
    const mass = await authored('dev-vague-02');
    expect(mass.undisclosedRecipients).toBe(true);
    expect(mass.toCount).toBe(0);
    const direct = await authored('dev-genuine-01');
    expect(direct.undisclosedRecipients).toBe(false);
    expect(direct.toCount).toBe(1);
    const noTo = await parseOk(mail('From: a@b.example\nCc: x@y.example, z@y.example\nSubject: s', 'text'));
    expect(noTo.undisclosedRecipients).toBe(true);
    expect(noTo.ccCount).toBe(2);
  });

  it('reads the buyer fields of platform relays', async () => {
    expect((await authored('dev-genuine-07')).platform).toEqual({
      buyerName: 'Mr. Faisal Al-Harbi',
      company: 'Dar Al Mayah Contracting Est.',
      country: 'Saudi Arabia',
      quantity: '60 Sets',
      product: '4 Inch Submersible Borehole Pump AQ-4SD6-14 (1.5HP)',
    });
    expect((await authored('dev-genuine-15')).platform).toMatchObject({
      buyerName: 'Nguyen Van Thanh',
      company: 'Minh Phat Seafood Processing Co., Ltd',
      country: 'Vietnam',
      quantity: '200,000 Pieces',
    });
    expect((await authored('dev-genuine-18')).platform).toMatchObject({ country: 'Philippines', quantity: '420 Pieces' });
    const vague = (await authored('dev-vague-08')).platform;
    expect(vague).toMatchObject({ buyerName: 'Mike Johnson', country: 'United States', quantity: '1 Set' });
    // The platform prints "--" for a company the buyer did not give.
    expect(vague?.company).toBeUndefined();
  });

  it('does not invent platform fields for ordinary senders or website forms', async () => {
    expect((await authored('dev-genuine-03')).platform).toBeUndefined();
    expect((await authored('dev-genuine-12')).platform).toBeUndefined();
  });
});

describe('parseEml: HTML, links, forwards', () => {
  it('turns an HTML-only mail into text with no tags and keeps deceptive links', async () => {
    const inq = await parseOk(
      mail(
        'From: Buyer <buyer@acme.example>\nTo: sales@us.example\nSubject: PO\nContent-Type: text/html; charset=utf-8',
        '<html><head><style>p{color:red}</style><title>x</title></head><body><p>Dear Sir,</p>' +
          '<p>We need <b>500&nbsp;pcs</b> of model X-100 &amp; X-200.</p>' +
          '<p><a href="http://203.0.113.9/view.php">https://www.alibaba.com/order</a></p></body></html>',
      ),
    );
    expect(inq.body).not.toMatch(/<[a-z/!]/i);
    expect(inq.body).toContain('We need 500 pcs of model X-100 & X-200.');
    expect(inq.body).not.toContain('color:red');
    expect(inq.links).toEqual([{ text: 'https://www.alibaba.com/order', href: 'http://203.0.113.9/view.php' }]);
  });

  it('converts HTML sent as text/plain instead of showing markup', async () => {
    const inq = await parseOk(
      mail('From: a@b.example\nSubject: x\nContent-Type: text/plain', '<html><body><div>Price please</div><script>evil()</script></body></html>'),
    );
    expect(inq.body).toBe('Price please');
  });

  it('reads platform fields laid out as an HTML table', async () => {
    const inq = await parseOk(
      mail(
        'From: "Alibaba.com" <noreply@notice.alibaba.com>\nSubject: New inquiry\nContent-Type: text/html; charset=utf-8',
        '<table><tr><td>Buyer Name</td><td>Jane Doe</td></tr><tr><td>Country/Region:</td><td>Kenya</td></tr>' +
          '<tr><td>Purchase Quantity</td><td>2 x 40HQ</td></tr></table><p>Message: we need solar panels</p>',
      ),
    );
    expect(inq.platform).toEqual({ buyerName: 'Jane Doe', country: 'Kenya', quantity: '2 x 40HQ' });
  });

  it('makes a forwarded inquiry the body when the forwarder only wrote "FYI"', async () => {
    const inq = await parseOk(
      mail(
        'From: Tom <tom@us.example>\nTo: sunny@us.example\nSubject: Fwd: Pumps\nContent-Type: text/plain; charset=utf-8',
        'FYI\n\n---------- Forwarded message ---------\nFrom: Faisal <faisal@dar-almayah.example>\nDate: Tue, 9 Apr 2024\nSubject: Pumps\n\nWe need 60 sets of AQ-4SD6-14 pumps, CFR Dammam, L/C at sight. Please send datasheet and lead time.\n',
      ),
    );
    expect(inq.body.startsWith('We need 60 sets')).toBe(true);
    expect(inq.body).not.toContain('FYI');
  });

  it('puts quoted history of a reply into quoted, not body', async () => {
    const inq = await parseOk(
      mail(
        'From: Faisal <faisal@dar-almayah.example>\nSubject: Re: Pumps\nContent-Type: text/plain; charset=utf-8',
        'Price accepted, please send PI for 60 sets.\n\nOn Tue, 9 Apr 2024 at 16:42, Sunny <sunny@us.example> wrote:\n> Our price is USD 120/set.\n',
      ),
    );
    expect(inq.body).toBe('Price accepted, please send PI for 60 sets.');
    expect(inq.quoted).toContain('USD 120/set');
  });
});

describe('parseEml: attachments', () => {
  it.skipIf(!hasCorpus('phishing'))(
    `lists the risky attachments of trade-lure phishing with names, types and sizes${hasCorpus('phishing') ? '' : ` (${missingCorpus('phishing')})`}`,
    async () => {
      const iso = await parseOk(readCorpus('phishing', 'sample-1266.eml'));
      expect(iso.attachments).toContainEqual({ name: 'quotation.iso', mimeType: 'application/octet-stream', size: 114688 });

      const zip = await parseOk(readCorpus('phishing', 'spamscope-mail_test_15.eml'));
      const zipFile = zip.attachments.find((a) => a.name.toLowerCase().endsWith('.zip'));
      expect(zipFile?.mimeType).toBe('application/zip');
      expect(zipFile?.size).toBeGreaterThan(1000);

      const html = await parseOk(readCorpus('phishing', 'sample-1258.eml'));
      expect(html.attachments).toContainEqual(expect.objectContaining({ name: 'PO#198945.html', mimeType: 'text/html' }));
      expect(html.attachments[0]?.size).toBeGreaterThan(1000);
    },
  );

  it('skips unnamed inline images but lists named files and attached messages by subject', async () => {
    const raw = mail(
      'From: a@b.example\nSubject: docs\nContent-Type: multipart/mixed; boundary="B1"',
      [
        '--B1',
        'Content-Type: multipart/related; boundary="B2"',
        '',
        '--B2',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>See attached <img src="cid:logo1"></p>',
        '--B2',
        'Content-Type: image/png',
        'Content-ID: <logo1>',
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0KGgo=',
        '--B2--',
        '--B1',
        'Content-Type: application/pdf; name="RFQ 2024-117.pdf"',
        'Content-Disposition: attachment; filename="RFQ 2024-117.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQK',
        '--B1',
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment',
        '',
        'From: x@y.example',
        'Subject: =?UTF-8?Q?Bestellung_M=C3=A4rz?=',
        '',
        'inner body',
        '--B1',
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment',
        '',
        'From: x@y.example',
        '',
        'no subject here',
        '--B1--',
        '',
      ].join('\n'),
    );
    const inq = await parseOk(raw);
    expect(inq.attachments.map((a) => a.name)).toEqual(['RFQ 2024-117.pdf', 'Bestellung März.eml', 'attached-message.eml']);
    expect(inq.attachments[0]).toEqual({ name: 'RFQ 2024-117.pdf', mimeType: 'application/pdf', size: 9 });
    expect(inq.attachments[1]?.mimeType).toBe('message/rfc822');
    expect(inq.body).toBe('See attached');
  });
});

describe('parseEml: ids, headers and limits', () => {
  const noId = mail('From: Buyer <b@acme.example>\nDate: Tue, 9 Apr 2024 10:00:00 +0000\nSubject: Pumps', 'We need 60 pumps.');

  it('gives a message without Message-ID a stable content id', async () => {
    const a = await parseOk(noId);
    const b = await parseOk(noId);
    const c = await parseOk(noId.replace('60 pumps', '70 pumps'));
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect((await parseOk(noId, { source: 'mbox', fallbackId: 'mbox#4' })).id.startsWith('mbox#4')).toBe(true);
  });

  it('accepts bytes, ArrayBuffer and strings alike', async () => {
    const bytes = new TextEncoder().encode(noId);
    const fromBytes = await parseOk(bytes);
    const fromBuffer = await parseEml(bytes.buffer.slice(0));
    expect(fromBuffer.ok && fromBuffer.inquiry.id).toBe(fromBytes.id);
    expect((await parseOk(noId)).id).toBe(fromBytes.id);
  });

  it('caps the header list and each header value', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `X-Test-${i}: v${i}`).join('\n');
    const inq = await parseOk(mail(`From: a@b.example\nSubject: s\nX-Long: ${'y'.repeat(10_000)}\n${many}`, 'body text'));
    expect(inq.headers).toHaveLength(200);
    expect(inq.headers?.find((h) => h.key === 'x-long')?.value.length).toBe(2000);
  });

  it('cuts a huge body with a warning instead of failing', async () => {
    const inq = await parseOk(mail('From: a@b.example\nSubject: s', `${'word '.repeat(600_000)}\n`));
    expect(inq.body.length).toBeLessThanOrEqual(2_000_000);
    expect(inq.warnings.some((w) => /cut/i.test(w))).toBe(true);
  });

  it('warns about a missing sender and an unreadable date but still reads the text', async () => {
    const inq = await parseOk(mail('Subject: hello\nDate: someday soon', 'text'));
    expect(inq.from).toEqual({ name: '', address: '' });
    expect(inq.date).toBeUndefined();
    expect(inq.warnings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseEml: bad input never throws', () => {
  async function errorCode(raw: string | Uint8Array | ArrayBuffer): Promise<string> {
    const r: ParseResult = await parseEml(raw);
    if (r.ok) return 'ok';
    expect(r.error.message.length).toBeGreaterThan(5);
    return r.error.code;
  }

  it('reports empty input', async () => {
    expect(await errorCode('')).toBe('empty');
    expect(await errorCode(' \r\n\t\n')).toBe('empty');
    expect(await errorCode(new Uint8Array(0))).toBe('empty');
    expect(await errorCode(new ArrayBuffer(16))).toBe('empty');
  });

  it('refuses random binary and non-mail files', async () => {
    let seed = 12345;
    const random = new Uint8Array(64 * 1024).map(() => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    expect(['not-mail', 'malformed']).toContain(await errorCode(random));
    expect(await errorCode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')).toBe('not-mail');
    expect(await errorCode('Just a note I pasted.\nNothing else here.')).toBe('not-mail');
  });

  it('refuses input over 25 MB', async () => {
    expect(await errorCode(`Subject: big\n\n${'a'.repeat(25 * 1024 * 1024)}`)).toBe('too-large');
  });

  function mimeCorpus(dir: string): string[] {
    const out: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) out.push(...mimeCorpus(p));
      else if (name.endsWith('.eml') || !name.includes('.') || name.startsWith('mail_malformed_')) out.push(p);
    }
    return out;
  }
  const torture = hasCorpus('mime') ? mimeCorpus(corpusPath('mime')) : [];

  it.skipIf(!hasCorpus('mime'))(`finds the MIME torture corpus${hasCorpus('mime') ? '' : ` (${missingCorpus('mime')})`}`, () => {
    expect(torture.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of torture) {
    it(`returns a result for ${file.slice(corpusPath('mime').length + 1)}`, async () => {
      const r = await parseEml(readFileSync(file));
      if (r.ok) {
        expect(r.inquiry.id.length).toBeGreaterThan(0);
        expect(r.inquiry.body).not.toMatch(/<\/?(?:html|body|div|table)\b/i);
      } else {
        expect(['empty', 'not-mail', 'too-large', 'malformed']).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(5);
      }
    });
  }
});
