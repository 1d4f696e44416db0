import type { Analysis } from '../analysis';
import type { Inquiry } from '../inquiry';
import { companyKeyOf } from './company';
import { fingerprint } from './fingerprint';
import { senderOf } from './sender';
import type { HistoryRecord } from './record';
import { MAX_STORED_BODY, MAX_STORED_QUOTED, recordKey } from './record';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}._-]{1,38}/gu;

/** "acme.", "lx-t8-" → "acme", "lx-t8": a loop, since `/[._-]+$/` retries from every dot of a run. */
function dropTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && '._-'.includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}

export function searchWords(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(WORD)) if (out.size < 400) out.add(dropTrailingPunctuation(m[0]));
  return [...out];
}

/** The message as a record keeps it: texts past the caps are cut, and the record says it holds part of the message. */
export function storedInquiry(inquiry: Inquiry): Inquiry {
  if (inquiry.body.length <= MAX_STORED_BODY && inquiry.quoted.length <= MAX_STORED_QUOTED) return inquiry;
  return { ...inquiry, body: inquiry.body.slice(0, MAX_STORED_BODY), quoted: inquiry.quoted.slice(0, MAX_STORED_QUOTED), partial: true };
}

/** A record for this analysis; the rep's own fields (outcome, status, stars, note) survive re-analysis. */
export function recordFrom(inquiry: Inquiry, a: Analysis, now: number, previous?: HistoryRecord): HistoryRecord {
  const sender = senderOf(inquiry);
  const fp = fingerprint(inquiry.body);
  const company = a.facts.company;
  return {
    key: recordKey(inquiry),
    inquiry: storedInquiry(inquiry),
    verdict: {
      analyzerVersion: a.analyzerVersion,
      score: a.score,
      band: a.band,
      risk: a.risk,
      advice: a.sample.advice,
      role: a.profile.role,
      region: a.profile.region,
      ...(a.profile.country ? { country: a.profile.country } : {}),
      channel: a.profile.channel,
      language: a.language,
      company: company.slice(0, 300),
      products: a.facts.products.slice(0, 10).map((p) => p.slice(0, 100)),
      signals: a.signals.slice(0, 200).map((s) => ({ id: s.id, counted: s.counted, evidence: s.evidence.slice(0, 200) })),
      openQuestions: a.questions.filter((q) => !q.answered).map((q) => q.id),
    },
    senderAddress: sender.address.slice(0, 320),
    senderDomain: sender.domain.slice(0, 253),
    simhash: fp.simhash,
    bands: fp.usable ? fp.bands : [],
    words: searchWords(inquiry.subject, inquiry.from.name, sender.address, company, a.facts.products.join(' ')),
    companyKey: companyKeyOf(company, sender.domain, sender.address),
    firstSeen: Math.min(previous?.firstSeen ?? now, now),
    analyzedAt: now,
    updatedAt: now,
    outcome: previous?.outcome ?? 'none',
    ...(previous?.wonValue !== undefined ? { wonValue: previous.wonValue } : {}),
    status: previous?.status ?? 'to-develop',
    stars: previous?.stars ?? 0,
    note: previous?.note ?? '',
  };
}
