import { fetchLimited } from './fetch-limited';
import type { CheckDeps } from './rdap';
import type { MailResult } from './types';

const MAX_DNS_BYTES = 64 * 1024;
const RCODE_NXDOMAIN = 3;
const TYPE = { MX: 15, TXT: 16 } as const;

interface DnsAnswer {
  Status: number;
  records: string[];
}

/** One question to the resolver's JSON API (RFC 8484 servers also speak it: Cloudflare, Google). */
async function ask(name: string, type: keyof typeof TYPE, deps: CheckDeps): Promise<DnsAnswer | { fail: MailResult & { ok: false } }> {
  const sep = deps.endpoints.doh.includes('?') ? '&' : '?';
  const url = `${deps.endpoints.doh}${sep}name=${encodeURIComponent(name)}&type=${type}`;
  const res = await fetchLimited(deps.fetch, url, { timeoutMs: deps.timeoutMs, maxBytes: MAX_DNS_BYTES, accept: 'application/dns-json' });
  if (!res.ok) return { fail: res };
  if (res.status !== 200) return { fail: { ok: false, reason: 'http', detail: `HTTP ${res.status}` } };
  try {
    const json = JSON.parse(res.text) as { Status?: unknown; Answer?: unknown };
    if (typeof json.Status !== 'number') return { fail: { ok: false, reason: 'bad-answer', detail: 'no DNS status' } };
    const answers = Array.isArray(json.Answer) ? (json.Answer as Array<{ type?: unknown; data?: unknown }>) : [];
    const records = answers.filter((a) => a?.type === TYPE[type] && typeof a.data === 'string').map((a) => String(a.data).slice(0, 2000));
    return { Status: json.Status, records };
  } catch {
    return { fail: { ok: false, reason: 'bad-answer', detail: 'not JSON' } };
  }
}

/** "10 mx1.acme.com." → "mx1.acme.com"; RFC 7505's null MX ("0 .") says the domain takes no mail. */
export function mxHost(data: string): string {
  const host = data.trim().split(/\s+/).pop() ?? '';
  return host.replace(/\.$/, '').toLowerCase();
}

const unquote = (txt: string) => txt.replace(/"\s*"/g, '').replace(/^"|"$/g, '').trim();

/** Whether the domain can receive mail (MX) and says who may send for it (SPF) and what to do with fakes (DMARC). */
export async function checkMail(domain: string, deps: CheckDeps): Promise<MailResult> {
  const [mx, txt, dmarc] = await Promise.all([ask(domain, 'MX', deps), ask(domain, 'TXT', deps), ask(`_dmarc.${domain}`, 'TXT', deps)]);
  if ('fail' in mx) return mx.fail;
  if (mx.Status === RCODE_NXDOMAIN) return { ok: true, exists: false, mx: [], spf: false, dmarc: false };
  if (mx.Status !== 0) return { ok: false, reason: 'bad-answer', detail: `DNS status ${mx.Status}` };
  const hosts = mx.records
    .map(mxHost)
    .filter((h) => h && h !== '.')
    .slice(0, 20);
  const spf = 'fail' in txt ? null : txt.records.some((r) => /^v=spf1(?:\s|$)/i.test(unquote(r)));
  const hasDmarc = 'fail' in dmarc ? null : dmarc.records.some((r) => /^v=DMARC1(?:;|\s|$)/i.test(unquote(r)));
  return { ok: true, exists: true, mx: hosts, spf, dmarc: hasDmarc };
}
