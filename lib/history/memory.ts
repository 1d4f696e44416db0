import type { Inquiry } from '../inquiry';
import type { SignalHit } from '../signals/types';
import { hit } from '../signals/types';
import type { SignalId } from '../weights';
import { isSharedDomain, senderOf } from './sender';
import { recordKey } from './record';
import type { HistoryDb } from './db';
import type { DigestRow } from './digest';
import { digestView } from './digest-store';
import { fingerprint, hamming, NEAR_DUPLICATE_BITS } from './fingerprint';
import type { HistoryRecord } from './record';

const ENGAGED = new Set<HistoryRecord['outcome']>(['replied', 'quoted', 'sample-sent', 'won']);

function since(rows: readonly DigestRow[], locale = 'en-GB'): string {
  let first = Infinity;
  for (const r of rows) first = Math.min(first, r.first);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(first);
}

/**
 * What the rep's history says about this inquiry, as signals with evidence: an existing contact, an
 * earlier confirmed scam from the same sender or company, or a mass-mailed template, answered from the
 * in-memory digest's sender, domain and fingerprint buckets.
 */
export async function memoryFor(db: HistoryDb, inquiry: Inquiry, weights: Record<SignalId, number>): Promise<SignalHit[]> {
  const ctx = { weights };
  const key = recordKey(inquiry);
  const { address, domain } = senderOf(inquiry);
  const ownDomain = domain && !isSharedDomain(domain) ? domain : '';
  const fp = fingerprint(inquiry.body);
  const bands = fp.usable ? fp.bands : undefined;

  const view = await digestView(db);
  const near = new Map<string, DigestRow>();
  for (const r of address ? (view.bySender.get(address) ?? []) : []) near.set(r.key, r);
  for (const r of ownDomain ? (view.byDomain.get(ownDomain) ?? []) : []) near.set(r.key, r);
  near.delete(key);
  const earlier = [...near.values()];
  const fromSender = earlier.some((r) => r.sender === address);

  // A shared band makes a candidate; the full fingerprint decides.
  const copies = new Map<string, DigestRow>();
  for (const b of bands ?? [])
    for (const r of view.byBand.get(b) ?? [])
      if (r.key !== key && !copies.has(r.key) && hamming(r.simhash, fp.simhash) <= NEAR_DUPLICATE_BITS) copies.set(r.key, r);

  const hits: SignalHit[] = [];
  const scams = earlier.filter((r) => r.outcome === 'confirmed-scam');
  if (scams.length) {
    const same = scams.some((r) => r.sender === address) ? address : domain;
    hits.push(hit(ctx, 'memory.confirmed-scam', `${same}: confirmed as a scam on ${since(scams)}`, { count: scams.length }));
  } else if (earlier.some((r) => ENGAGED.has(r.outcome))) {
    // Only business the rep actually did counts: a sender who merely wrote before is not a contact.
    const won = earlier.filter((r) => r.outcome === 'won').length;
    hits.push(
      hit(
        ctx,
        'memory.existing-contact',
        `${earlier.length} earlier ${earlier.length === 1 ? 'inquiry' : 'inquiries'} from ${fromSender ? address : domain} since ${since(earlier)}${won ? `, ${won} won` : ''}`,
        {
          count: earlier.length,
          won,
        },
      ),
    );
  }

  const senders = new Set([...copies.values()].map((r) => r.sender).filter((s) => s && s !== address));
  if (senders.size >= 2) {
    hits.push(
      hit(ctx, 'memory.mass-template', `same text as ${copies.size} inquiries from ${senders.size} senders since ${since([...copies.values()])}`, {
        copies: copies.size,
        senders: senders.size,
      }),
    );
  }
  return hits;
}
