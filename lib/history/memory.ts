import type { Inquiry } from '../inquiry';
import type { SignalHit } from '../signals/types';
import { hit } from '../signals/types';
import type { SignalId } from '../weights';
import { isSharedDomain, recordKey, senderOf } from './build';
import type { HistoryDb } from './db';
import { fingerprint, hamming, NEAR_DUPLICATE_BITS } from './fingerprint';
import type { HistoryRecord } from './record';

const MAX_CANDIDATES = 500;
const ENGAGED = new Set<HistoryRecord['outcome']>(['replied', 'quoted', 'sample-sent', 'won']);

function since(records: readonly HistoryRecord[], locale = 'en-GB'): string {
  const first = Math.min(...records.map((r) => r.firstSeen));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(first);
}

/**
 * What the rep's history says about this inquiry, as signals with evidence: an existing contact, an
 * earlier confirmed scam from the same sender or company, or a mass-mailed template.
 */
export async function memoryFor(db: HistoryDb, inquiry: Inquiry, weights: Record<SignalId, number>): Promise<SignalHit[]> {
  const ctx = { weights };
  const key = recordKey(inquiry);
  const { address, domain } = senderOf(inquiry);
  const hits: SignalHit[] = [];

  const bySender = address ? await db.inquiries.where('senderAddress').equals(address).limit(MAX_CANDIDATES).toArray() : [];
  const byDomain = domain && !isSharedDomain(domain) ? await db.inquiries.where('senderDomain').equals(domain).limit(MAX_CANDIDATES).toArray() : [];
  const earlier = [...new Map([...bySender, ...byDomain].filter((r) => r.key !== key).map((r) => [r.key, r])).values()];

  const scams = earlier.filter((r) => r.outcome === 'confirmed-scam');
  if (scams.length) {
    const same = scams.some((r) => r.senderAddress === address) ? address : domain;
    hits.push(hit(ctx, 'memory.confirmed-scam', `${same}: confirmed as a scam on ${since(scams)}`, { count: scams.length }));
  } else if (earlier.some((r) => ENGAGED.has(r.outcome))) {
    // Only business the rep actually did counts: a sender who merely wrote before is not a contact.
    const won = earlier.filter((r) => r.outcome === 'won').length;
    hits.push(
      hit(ctx, 'memory.existing-contact', `${earlier.length} earlier ${earlier.length === 1 ? 'inquiry' : 'inquiries'} from ${bySender.some((r) => r.key !== key) ? address : domain} since ${since(earlier)}${won ? `, ${won} won` : ''}`, {
        count: earlier.length,
        won,
      }),
    );
  }

  const fp = fingerprint(inquiry.body);
  if (fp.usable) {
    // A record sharing several bands comes back once per band.
    const candidates = [...new Map((await db.inquiries.where('bands').anyOf(fp.bands).limit(MAX_CANDIDATES).toArray()).map((r) => [r.key, r])).values()];
    const copies = candidates.filter((r) => r.key !== key && hamming(r.simhash, fp.simhash) <= NEAR_DUPLICATE_BITS);
    const senders = new Set(copies.map((r) => r.senderAddress).filter((s) => s && s !== address));
    if (senders.size >= 2) {
      hits.push(hit(ctx, 'memory.mass-template', `same text as ${copies.length} inquiries from ${senders.size} senders since ${since(copies)}`, { copies: copies.length, senders: senders.size }));
    }
  }
  return hits;
}
