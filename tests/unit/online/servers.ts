import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  url: string;
  port: number;
  /** Every path asked for, in order: what left the machine. */
  requests: string[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 on a free port; the tests never touch the internet. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const DAY = 86_400_000;
export const NOW = Date.parse('2026-11-20T12:00:00Z');

/** Front pages by host, as the local server plays them under /site/<host>/. */
export const PAGES: Record<string, string> = {
  'www.ferreterianorte.com.mx':
    '<!doctype html><html><head><meta charset="utf-8"><title>Ferretería Norte &mdash; herramientas</title><meta name="description" content="Distribuidor de herramientas en Monterrey"></head><body><h1>Ferretería Norte</h1><p>Taladros DR-550 y más.</p><script>document.title="hacked"</script></body></html>',
  'www.acme-tools.example': '<html><head><title>Welcome</title></head><body>We make things.</body></html>',
  'www.parked.example':
    '<html><head><title>parked.example</title></head><body><p>This domain is for sale! Buy this domain today.</p><p>Related searches</p></body></html>',
  'www.moved.example': '',
  'www.elsewhere.example': '<html><head><title>Other Group</title></head><body>Other Group companies</body></html>',
  'www.hostile.example':
    '<html><head><title>Ha<!-- x --><script>alert(1)</script>&#0;&#x202e;rd&#x10FFFF;&#99999999; Tools</title><!-- unclosed <title>fake</title></head><body>never read</body></html>',
};

export function siteHandler(opts: { slowMs?: number } = {}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/site\/([^/]+)\//.exec(req.url ?? '');
    const host = m?.[1] ?? '';
    if (host === 'www.moved.example') {
      res.writeHead(301, { location: '/site/www.elsewhere.example/' });
      return res.end();
    }
    if (host === 'www.slow.example') {
      const t = setTimeout(() => res.end('<title>Slow</title>'), opts.slowMs ?? 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (host === 'www.huge.example') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Huge Ltd</title></head><body>');
      // 50 MB if nobody stops reading; the checker stops at its cap.
      let sent = 0;
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      const pump = () => {
        while (sent < 800) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end('</body></html>');
      };
      res.on('close', () => (sent = 1e9));
      return pump();
    }
    const page = PAGES[host];
    if (page === undefined) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  };
}

/** An RDAP registry with a young domain, an old one and nothing else. */
export const REGISTERED: Record<string, string> = {
  'young.example': new Date(NOW - 23 * DAY).toISOString(),
  'ferreterianorte.com.mx': '2004-03-15T00:00:00Z',
  'mid.example': '2022-01-10T00:00:00Z',
};

export function rdapHandler(req: IncomingMessage, res: ServerResponse): void {
  const m = /^\/rdap\/domain\/([^/?]+)$/.exec(req.url ?? '');
  const domain = decodeURIComponent(m?.[1] ?? '');
  if (domain === 'garbage.example') {
    res.writeHead(200, { 'content-type': 'application/rdap+json' });
    return void res.end('<html>not json</html>');
  }
  const at = REGISTERED[domain];
  if (!at) {
    res.writeHead(404, { 'content-type': 'application/rdap+json' });
    return void res.end('{"errorCode":404}');
  }
  res.writeHead(200, { 'content-type': 'application/rdap+json' });
  res.end(
    JSON.stringify({
      objectClassName: 'domain',
      ldhName: domain,
      events: [
        { eventAction: 'last changed', eventDate: '2025-01-01T00:00:00Z' },
        { eventAction: 'registration', eventDate: at },
      ],
    }),
  );
}

/** A DNS-over-HTTPS JSON resolver: mail for some domains, none for others, NXDOMAIN for the rest. */
export const ZONES: Record<string, { MX?: string[]; TXT?: string[] }> = {
  'ferreterianorte.com.mx': { MX: ['10 mx1.ferreterianorte.com.mx.'], TXT: ['"v=spf1 include:_spf.example ~all"'] },
  '_dmarc.ferreterianorte.com.mx': { TXT: ['"v=DMARC1; p=none"'] },
  'nomx.example': { TXT: ['"google-site-verification=abc"'] },
  'young.example': { MX: ['0 .'] },
  'bare.example': { MX: ['5 mail.bare.example.'] },
};

export function dohHandler(req: IncomingMessage, res: ServerResponse): void {
  const u = new URL(req.url ?? '/', 'http://x');
  const name = u.searchParams.get('name') ?? '';
  const type = u.searchParams.get('type') as 'MX' | 'TXT';
  const zone = ZONES[name];
  const apex = name.replace(/^_dmarc\./, '');
  const exists = Boolean(zone || ZONES[apex]);
  const code = type === 'MX' ? 15 : 16;
  res.writeHead(200, { 'content-type': 'application/dns-json' });
  res.end(JSON.stringify({ Status: exists ? 0 : 3, Answer: (zone?.[type] ?? []).map((data) => ({ name, type: code, TTL: 300, data })) }));
}
