import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../corpus';
import { FERRETERIA_BODY } from './fixtures';
import type { LocalServer } from './servers';
import { dohHandler, rdapHandler, serve, siteHandler } from './servers';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

let site: LocalServer;
let rdap: LocalServer;
let doh: LocalServer;
let dir: string;
beforeAll(async () => {
  [site, rdap, doh] = await Promise.all([serve(siteHandler()), serve(rdapHandler), serve(dohHandler)]);
  dir = mkdtempSync(join(tmpdir(), 'il-online-cli-'));
  const eml = (from: string, subject: string, body: string) =>
    `From: ${from}\r\nTo: sales@lumora-lighting.example\r\nSubject: ${subject}\r\nDate: Thu, 19 Nov 2026 15:00:00 +0000\r\nMessage-ID: <${subject.length}@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  writeFileSync(join(dir, 'a-ferreteria.eml'), eml('Luis Garza <compras@ferreterianorte.com.mx>', 'Cotizacion taladros DR-550', FERRETERIA_BODY));
  writeFileSync(
    join(dir, 'b-young.eml'),
    eml('Tom Baker <tom@young.example>', 'Order', 'Hello, please send price for 500 pcs of model KX-200 and your catalogue.\n\nTom Baker'),
  );
});
afterAll(async () => {
  await Promise.all([site.close(), rdap.close(), doh.close()]);
  rmSync(dir, { recursive: true, force: true });
});

type Line = { file: string; score: number; signals: Array<{ id: string; counted: number; evidence: string }> };
async function analyzeJson(...extra: string[]): Promise<Line[]> {
  const env = {
    ...process.env,
    INQUIRYLENS_ONLINE_ENDPOINTS: JSON.stringify({ site: `${site.url}/site/{host}/`, rdap: `${rdap.url}/rdap/`, doh: `${doh.url}/dns-query` }),
  };
  // Asynchronous: the local servers answer from this process while the command line runs.
  const { stdout } = await run(TSX, ['cli/index.ts', 'analyze', dir, '--json', ...extra], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

describe('analyze --online', () => {
  it('adds the website, domain-age and mail-server evidence; without the flag nothing is sent', async () => {
    const plain = await analyzeJson();
    expect(site.requests.length + rdap.requests.length + doh.requests.length).toBe(0);
    expect(plain.flatMap((l) => l.signals).some((s) => s.id.startsWith('online.'))).toBe(false);

    const online = await analyzeJson('--online');
    const [ferreteria, young] = online;
    const evidence = (l: Line) => l.signals.filter((s) => s.id.startsWith('online.')).map((s) => s.evidence);
    expect(evidence(ferreteria!)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^www\.ferreterianorte\.com\.mx is live, titled ‘Ferretería Norte — herramientas’, names the company/),
        expect.stringMatching(/^ferreterianorte\.com\.mx was registered 2004/),
      ]),
    );
    expect(evidence(young!)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^young\.example was registered \d+ days ago/),
        expect.stringMatching(/^young\.example has no mail server \(no MX record\) · checked \d{4}-\d\d-\d\d$/),
      ]),
    );
    // A young domain without mail lowers the score of the same mail.
    expect(young!.score).toBeLessThan(plain[1]!.score);
  }, 60_000);
});
