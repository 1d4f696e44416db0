import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { gmailThread } from '../fixtures/demo/pages';
import { SAMPLES } from '../fixtures/demo/samples';
import { censorPage } from '../../lib/sites/censor';
import { captureUrl, formatTrySite, trySite } from '../../cli/try-site';
import { REPO_ROOT } from '../corpus';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(TSX, ['cli/index.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
const GENUINE = SAMPLES[0]!;
const URL_ = `https://mail.google.com/mail/u/0/#inbox/FMfcgz${GENUINE.id}`;

function saved(name: string, html: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'il-try-')), name);
  writeFileSync(file, html);
  return file;
}

describe('try-site', () => {
  it('prints what the Gmail reader found on a saved page, and that the other readers found nothing', () => {
    const r = cli('try-site', saved('gmail.html', gmailThread(GENUINE)), '--url', URL_);
    expect(r.status).toBe(0);
    // The selector set's name changes as Gmail does; that it is named is what matters.
    expect(r.stdout).toMatch(/gmail {2}<- the reader for this address\n {2}ok: via gmail\S* ?\S+/);
    expect(r.stdout).toContain('sender:  "Laura Bianchi" <l.bianchi@arcotherm-impianti.example>');
    expect(r.stdout).toContain(`subject: "${GENUINE.subject}"`);
    expect(r.stdout).toMatch(/body: +\d+ chars, starting "Dear Sir or Madam,/);
    expect(r.stdout).toContain('links 1, attachments 1, partial no');
    expect(r.stdout).toContain('outlook\n  no-message');
    // The generic reader reports too, with the way it found the message or why it did not.
    expect(r.stdout).toMatch(/page \(generic reader\)\n {2}(ok: via \S+|no-message|unrecognised: \S+)/);
  });

  it('reads a censored page shape at the address its header records', async () => {
    const win = new Window({ url: URL_ });
    const page = new win.DOMParser().parseFromString(gmailThread(GENUINE), 'text/html') as unknown as Document;
    const shape = censorPage(page, { url: URL_ }).html;
    const url = captureUrl(shape);
    expect(url).toMatch(/^https:\/\/mail\.google\.com\/xxxx\/x\/0\/#xxxxx\//);
    const report = await trySite(shape, url!);
    expect(report.censored).toBe(true);
    const gmail = report.readers.find((x) => x.reader === 'gmail');
    expect(gmail).toMatchObject({
      selected: true,
      status: 'ok',
      via: expect.stringMatching(/^gmail/),
      sender: { address: 'x.xxxxxxx@xxxxxxxxx-xxxxxxxx.xxxxxxx' },
    });
    expect(gmail?.bodyStart).toMatch(/^Xxxx Xxx xx Xxxxx,/);
    expect(formatTrySite(report, 'shape.html')).not.toContain('Bianchi');
  });

  it('says why the reader for the address found nothing on a page it does not recognise', async () => {
    const report = await trySite('<html><body><div role="main"><p>Loading…</p></div></body></html>', 'https://outlook.office.com/mail/inbox/id/AAQkADAw');
    const text = formatTrySite(report, 'outlook.html');
    expect(text).toMatch(/outlook {2}<- the reader for this address\n {2}unrecognised: \S+/);
    expect(report.readers.find((x) => x.reader === 'outlook')?.status).toBe('unrecognised');
  });

  it('asks for --url when the capture does not say where it came from', () => {
    const r = cli('try-site', saved('x.html', '<html><body></body></html>'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('try-site needs --url');
  });
});
