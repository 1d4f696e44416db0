import { parse } from 'tldts';
import { hostOfAddress } from '../extract/urls';
import { senderView } from './domain';
import type { Signal, SignalHit } from './types';
import { hit } from './types';

/**
 * Where a mail really came from, as the receiving servers wrote it in their Received headers. A mail kit
 * on a rented server greets the receiving server with the sender's bare domain ("HELO stemco.com.tw")
 * while the machine has no name of its own or another company's (hwsrv-714897.hostwindsdns.com). Real
 * mail servers greet with their own host name (mail.acme.com, mail-yb1-f198.google.com), and a hosted
 * server that greets with the bare domain still has a reverse name in that domain. Page readers see no
 * headers: only imported mail (.eml) carries them.
 */
export interface Hop {
  /** The name the connecting machine gave itself (HELO/EHLO), lower case. */
  helo: string;
  /** The machine's reverse DNS name as the receiving server looked it up; null when it had none. */
  host: string | null;
  ip: string;
}

const IP = String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]+)`;
// Postfix and Sendmail: "from HELO (HOST [IP])", "from HELO (unknown [IP])", "from HELO ([IP])".
const POSTFIX = new RegExp(String.raw`^\s*from\s+(\S{1,255})\s+\((?:(\S{1,255})\s+)?\[(?:ipv6:)?(${IP})\](?::\d{1,5})?`, 'i');
// Exim: "from HOST ([IP]:port helo=HELO)", "from [IP] (port=123 helo=HELO)".
const EXIM = new RegExp(String.raw`^\s*from\s+(\S{1,255})\s+\((?:\[(?:ipv6:)?(${IP})\](?::\d{1,5})?\s+)?(?:port=\d{1,5}\s+)?helo=([^)\s]{1,255})\)`, 'i');
// qmail: "from unknown (HELO name) (IP)".
const QMAIL = new RegExp(String.raw`^\s*from\s+(\S{1,255})\s+\(HELO\s+([^)\s]{1,255})\)\s+\((?:[^)@\s]{0,255}@)?\[?(${IP})\]?\)`, 'i');
// Microsoft and bare relays: "from HELO (IP)"; no reverse name was recorded.
const BARE = new RegExp(String.raw`^\s*from\s+(\S{1,255})\s+\((${IP})\)`, 'i');

const clean = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
const nameless = (host: string | undefined): boolean => !host || /^unknown$/i.test(host) || parse(host).isIp === true || /^\[/.test(host);

/** One hop of a Received header, or undefined for formats that say nothing about the greeting. */
export function hopOf(received: string): Hop | undefined {
  const value = received.slice(0, 1200).replace(/\s+/g, ' ').slice(0, 600);
  let m = EXIM.exec(value);
  if (m) {
    const host = clean(m[1]!);
    return { helo: clean(m[3]!), host: nameless(host) ? null : host, ip: m[2] ?? (parse(host).isIp ? host : '') };
  }
  m = QMAIL.exec(value);
  if (m) return { helo: clean(m[2]!), host: nameless(m[1]) ? null : clean(m[1]!), ip: m[3]! };
  m = POSTFIX.exec(value);
  if (m) return { helo: clean(m[1]!), host: nameless(m[2]) ? null : clean(m[2]!), ip: m[3]! };
  m = BARE.exec(value);
  if (m) return { helo: clean(m[1]!), host: null, ip: m[2]! };
  return undefined;
}

/** Private, loopback and link-local addresses: a company's own internal hops, which may greet as they like. */
function isInternal(ip: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\./.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  const v6 = ip.toLowerCase();
  return v6 === '::1' || /^f[cd]/.test(v6) || v6.startsWith('fe80') || v6 === '';
}

/**
 * The first hop whose machine greeted as the sender's bare domain (the domain itself, not a host in it)
 * without being in that domain: its evidence, or undefined.
 */
export function forgedGreeting(senderHost: string, hops: readonly Hop[]): string | undefined {
  const domain = parse(senderHost).domain;
  if (!domain || senderHost !== domain) return undefined;
  for (const h of hops) {
    if (h.helo !== domain || isInternal(h.ip)) continue;
    if (h.host && parse(h.host).domain === domain) continue;
    return `greeted as ${domain} from ${h.host ?? 'a machine with no name'} [${h.ip}]`;
  }
  return undefined;
}

export const originSignal: Signal = {
  name: 'origin',
  run(ctx) {
    const hits: SignalHit[] = [];
    const received = (ctx.inquiry.headers ?? []).filter((h) => h.key.toLowerCase() === 'received');
    // The rep's own mail server is the rep's to fix, not a stranger's kit.
    if (!received.length || senderView(ctx).ownMail) return hits;
    const host = hostOfAddress(ctx.inquiry.from.address);
    const hops = received
      .slice(0, 30)
      .map((h) => hopOf(h.value))
      .filter((h): h is Hop => h !== undefined);
    const forged = host ? forgedGreeting(host, hops) : undefined;
    if (forged) hits.push(hit(ctx, 'scam.forged-origin', `${ctx.inquiry.from.address}: ${forged}`));
    return hits;
  },
};
