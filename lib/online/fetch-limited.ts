import type { Failure, Fetch } from './types';

export interface LimitedOptions {
  timeoutMs: number;
  maxBytes: number;
  accept?: string;
  /** Follow at most this many redirects (each hop is read by us, so each is checked). */
  maxRedirects?: number;
}

export interface LimitedAnswer {
  ok: true;
  status: number;
  /** Where the answer came from after redirects. */
  url: string;
  /** The redirect chain left the first host and the browser would not follow it there (no permission). */
  blockedRedirect: boolean;
  contentType: string;
  text: string;
  truncated: boolean;
}
export type LimitedResult = LimitedAnswer | { ok: false; reason: Failure; detail: string };

function charsetOf(contentType: string): string {
  const m = /charset=["']?([\w-]{1,40})/i.exec(contentType);
  return m?.[1] ?? 'utf-8';
}

function decoder(contentType: string): TextDecoder {
  try {
    return new TextDecoder(charsetOf(contentType));
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Reads at most maxBytes, then cancels the rest: a 1 GB page costs what its first maxBytes cost. */
async function readCapped(res: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const dec = decoder(res.headers.get('content-type') ?? '');
  if (!res.body) return { text: '', truncated: false };
  const reader = res.body.getReader();
  let got = 0;
  let text = '';
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - got;
    const chunk = value.byteLength > room ? value.subarray(0, room) : value;
    got += chunk.byteLength;
    text += dec.decode(chunk, { stream: true });
    if (got >= maxBytes) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return { text: text + dec.decode(), truncated };
}

function failureOf(err: unknown, timedOut: boolean): { ok: false; reason: Failure; detail: string } {
  if (timedOut) return { ok: false, reason: 'timeout', detail: '' };
  const msg = err instanceof Error ? `${err.message}${err.cause instanceof Error ? `: ${err.cause.message}` : ''}` : String(err);
  return { ok: false, reason: 'unreachable', detail: msg.slice(0, 200) };
}

/**
 * GET with no cookies, no referrer, a deadline for the whole exchange (redirects and body included) and
 * a size cap. Redirects are followed by hand where the runtime shows them (Node), so every hop is seen;
 * a browser hides cross-site redirects from extensions ("opaqueredirect"), so there the browser follows
 * them and a failure after an opaque redirect is reported as a redirect away from the host.
 */
export async function fetchLimited(doFetch: Fetch, url: string, opts: LimitedOptions): Promise<LimitedResult> {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, opts.timeoutMs);
  const init: RequestInit = {
    method: 'GET',
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal: ctl.signal,
    headers: { accept: opts.accept ?? '*/*' },
  };
  try {
    let current = url;
    for (let hop = 0; hop <= (opts.maxRedirects ?? 5); hop++) {
      const res = await doFetch(current, { ...init, redirect: 'manual' });
      if (res.type === 'opaqueredirect') {
        // The browser knows where it goes but will not tell: let it follow, within our permissions.
        try {
          const followed = await doFetch(current, { ...init, redirect: 'follow' });
          const body = await readCapped(followed, opts.maxBytes);
          return {
            ok: true,
            status: followed.status,
            url: followed.url || current,
            blockedRedirect: false,
            contentType: followed.headers.get('content-type') ?? '',
            ...body,
          };
        } catch (err) {
          if (timedOut) return failureOf(err, true);
          return { ok: true, status: 0, url: current, blockedRedirect: true, contentType: '', text: '', truncated: false };
        }
      }
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (location) {
        await res.body?.cancel().catch(() => undefined);
        current = new URL(location, current).toString();
        if (!/^https?:/i.test(current)) return { ok: false, reason: 'bad-answer', detail: 'redirect to a non-web address' };
        continue;
      }
      const body = await readCapped(res, opts.maxBytes);
      return { ok: true, status: res.status, url: res.url || current, blockedRedirect: false, contentType: res.headers.get('content-type') ?? '', ...body };
    }
    return { ok: false, reason: 'bad-answer', detail: 'too many redirects' };
  } catch (err) {
    return failureOf(err, timedOut);
  } finally {
    clearTimeout(timer);
  }
}
