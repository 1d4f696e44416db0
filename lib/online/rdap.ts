import type { Endpoints } from './endpoints';
import { rdapBaseFor } from './endpoints';
import { fetchLimited } from './fetch-limited';
import type { AgeResult, Fetch } from './types';

export interface CheckDeps {
  fetch: Fetch;
  endpoints: Endpoints;
  timeoutMs: number;
}

/** RDAP answers are small; a registry that sends megabytes is not answering the question. */
const MAX_RDAP_BYTES = 256 * 1024;

interface RdapEvent {
  eventAction?: unknown;
  eventDate?: unknown;
}

/** The registration date from an RDAP domain object (RFC 9083 §4.5 events), or '' when it has none. */
export function registrationOf(json: unknown): string {
  const events = (json as { events?: unknown })?.events;
  if (!Array.isArray(events)) return '';
  for (const ev of events as RdapEvent[]) {
    if (ev?.eventAction !== 'registration' || typeof ev.eventDate !== 'string') continue;
    const t = Date.parse(ev.eventDate);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return '';
}

/** When the domain was registered, asked of its own registry's RDAP server. */
export async function checkAge(domain: string, deps: CheckDeps): Promise<AgeResult> {
  const base = rdapBaseFor(deps.endpoints, domain);
  if (!base) return { ok: false, reason: 'unsupported', detail: `no RDAP server known for .${domain.split('.').pop() ?? ''}` };
  const url = `${base}domain/${encodeURIComponent(domain)}`;
  const res = await fetchLimited(deps.fetch, url, { timeoutMs: deps.timeoutMs, maxBytes: MAX_RDAP_BYTES, accept: 'application/rdap+json, application/json' });
  if (!res.ok) return res;
  if (res.status === 404) return { ok: false, reason: 'not-found', detail: 'the registry has no record of it' };
  if (res.status !== 200) return { ok: false, reason: 'http', detail: `HTTP ${res.status}` };
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    return { ok: false, reason: 'bad-answer', detail: res.truncated ? 'answer too large' : 'not JSON' };
  }
  const registered = registrationOf(json);
  if (!registered) return { ok: false, reason: 'bad-answer', detail: 'no registration date' };
  return { ok: true, registered, server: new URL(base).hostname };
}
