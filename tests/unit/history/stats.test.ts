import { describe, expect, it } from 'vitest';
import type { StatsInput } from '../../../lib/history/stats';
import { computeStats, tierCustomers, weekOf } from '../../../lib/history/stats';

const at = (iso: string): number => Date.parse(iso);

let n = 0;
function rec(over: {
  at: number;
  band?: 'high' | 'medium' | 'low';
  outcome?: StatsInput['outcome'];
  wonValue?: number;
  company?: string;
  companyKey?: string;
  sender?: string;
  region?: string;
  source?: StatsInput['inquiry']['source'];
  analyzedAt?: number;
}): StatsInput {
  n++;
  return {
    firstSeen: over.at,
    analyzedAt: over.analyzedAt ?? over.at,
    outcome: over.outcome ?? 'none',
    companyKey: over.companyKey ?? '',
    senderAddress: over.sender ?? `buyer${n}@example.com`,
    ...(over.wonValue !== undefined ? { wonValue: over.wonValue } : {}),
    verdict: { band: over.band ?? 'medium', region: over.region ?? 'unknown', company: over.company ?? '' },
    inquiry: { source: over.source ?? 'gmail' },
  };
}

describe('weekOf', () => {
  it('starts weeks on Monday 00:00 UTC', () => {
    expect(weekOf(at('2026-03-16T00:00:00.000Z'))).toBe('2026-03-16'); // Monday
    expect(weekOf(at('2026-03-15T23:59:59.999Z'))).toBe('2026-03-09'); // Sunday, last millisecond
    expect(weekOf(at('2026-03-18T12:00:00Z'))).toBe('2026-03-16');
    expect(weekOf(at('2026-03-22T23:59:59Z'))).toBe('2026-03-16');
  });

  it('uses UTC, not the time where the rep sits', () => {
    // Monday 07:30 in Shanghai is still Sunday in UTC.
    expect(weekOf(at('2026-03-16T07:30:00+08:00'))).toBe('2026-03-09');
    // Sunday 20:00 in New York is already Monday in UTC.
    expect(weekOf(at('2026-03-15T20:00:00-04:00'))).toBe('2026-03-16');
  });

  it('crosses month and year ends', () => {
    expect(weekOf(at('2026-01-01T10:00:00Z'))).toBe('2025-12-29');
    expect(weekOf(at('2024-03-01T10:00:00Z'))).toBe('2024-02-26');
  });
});

describe('computeStats', () => {
  it('fills weeks without inquiries as zero, between the first and the last', () => {
    const s = computeStats([
      rec({ at: at('2026-02-02T10:00:00Z'), band: 'high' }),
      rec({ at: at('2026-02-23T10:00:00Z'), band: 'low' }),
      rec({ at: at('2026-02-26T10:00:00Z'), band: 'low' }),
    ]);
    expect(s.weeks).toEqual([
      { week: '2026-02-02', high: 1, medium: 0, low: 0 },
      { week: '2026-02-09', high: 0, medium: 0, low: 0 },
      { week: '2026-02-16', high: 0, medium: 0, low: 0 },
      { week: '2026-02-23', high: 0, medium: 0, low: 2 },
    ]);
    expect(s.total).toBe(3);
  });

  it('puts an inquiry in the week it first arrived, not the week it was re-opened', () => {
    const s = computeStats([rec({ at: at('2026-02-02T10:00:00Z'), analyzedAt: at('2026-03-02T10:00:00Z'), band: 'high' })]);
    expect(s.weeks).toEqual([{ week: '2026-02-02', high: 1, medium: 0, low: 0 }]);
  });

  it('counts both ends of the range and nothing outside it', () => {
    const from = at('2026-03-09T00:00:00Z');
    const to = at('2026-03-15T23:59:59.999Z');
    const s = computeStats([rec({ at: from - 1 }), rec({ at: from }), rec({ at: to }), rec({ at: to + 1 })], { from, to });
    expect(s.total).toBe(2);
    expect(s.weeks).toEqual([{ week: '2026-03-09', high: 0, medium: 2, low: 0 }]);
  });

  it('keeps every week with inquiries when the span is too long to fill', () => {
    const s = computeStats([rec({ at: at('2012-01-02T10:00:00Z'), band: 'low' }), rec({ at: at('2026-03-16T10:00:00Z'), band: 'high' })]);
    expect(s.weeks).toEqual([
      { week: '2012-01-02', high: 0, medium: 0, low: 1 },
      { week: '2026-03-16', high: 1, medium: 0, low: 0 },
    ]);
  });

  it('counts regions and sources, largest first', () => {
    const s = computeStats([
      rec({ at: 1, region: 'mena', source: 'alibaba' }),
      rec({ at: 2, region: 'mena', source: 'gmail' }),
      rec({ at: 3, region: 'oceania', source: 'alibaba' }),
      rec({ at: 4, region: 'mena', source: 'alibaba' }),
    ]);
    expect(s.byRegion).toEqual([
      { key: 'mena', count: 3 },
      { key: 'oceania', count: 1 },
    ]);
    expect(s.bySource).toEqual([
      { key: 'alibaba', count: 3 },
      { key: 'gmail', count: 1 },
    ]);
  });

  it('counts replied, quoted, sample sent and won as engaged, and the won rate per band', () => {
    const s = computeStats([
      rec({ at: 1, band: 'high', outcome: 'won', wonValue: 10 }),
      rec({ at: 2, band: 'high', outcome: 'sample-sent' }),
      rec({ at: 3, band: 'high', outcome: 'no-reply' }),
      rec({ at: 4, band: 'high', outcome: 'none' }),
      rec({ at: 5, band: 'low', outcome: 'replied' }),
      rec({ at: 6, band: 'low', outcome: 'confirmed-scam' }),
    ]);
    expect(s.conversion).toEqual([
      { band: 'high', total: 4, engaged: 2, won: 1, rate: 0.25 },
      { band: 'medium', total: 0, engaged: 0, won: 0, rate: 0 },
      { band: 'low', total: 2, engaged: 1, won: 0, rate: 0 },
    ]);
  });

  it('adds up a customer’s orders under its company, and labels it by name or address', () => {
    const s = computeStats([
      rec({ at: 1, outcome: 'won', wonValue: 100, companyKey: 'name:acme', company: 'ACME Ltd' }),
      rec({ at: 2, outcome: 'won', wonValue: 50, companyKey: 'name:acme', company: 'ACME Ltd' }),
      rec({ at: 3, outcome: 'won', wonValue: 70, companyKey: '', sender: 'solo@gmail.com' }),
      rec({ at: 4, outcome: 'quoted', wonValue: 999, companyKey: 'name:other', company: 'Other' }),
    ]);
    expect(s.tiers).toEqual([
      { companyKey: 'name:acme', label: 'ACME Ltd', wonValue: 150, orders: 2, tier: 'A' },
      { companyKey: 'solo@gmail.com', label: 'solo@gmail.com', wonValue: 70, orders: 1, tier: 'B' },
    ]);
  });

  it('skips a damaged record instead of failing', () => {
    const damaged = rec({ at: 1 });
    (damaged.verdict as { band: unknown }).band = undefined;
    const s = computeStats([damaged, rec({ at: 2, band: 'high' })]);
    expect(s.total).toBe(1);
    expect(s.conversion.find((c) => c.band === 'high')?.total).toBe(1);
  });

  it('is empty for no records', () => {
    const s = computeStats([]);
    expect(s).toMatchObject({ total: 0, weeks: [], byRegion: [], bySource: [], tiers: [] });
    expect(s.conversion.map((c) => c.total)).toEqual([0, 0, 0]);
  });
});

describe('tierCustomers', () => {
  const customers = (values: number[]) => values.map((v, i) => ({ companyKey: `k${i}`, label: `Customer ${i}`, wonValue: v, orders: 1 }));

  it('makes a single customer A', () => {
    expect(tierCustomers(customers([500])).map((c) => c.tier)).toEqual(['A']);
  });

  it('gives three customers one tier each, ranked by won value', () => {
    const tiers = tierCustomers(customers([10, 300, 20]));
    expect(tiers.map((c) => [c.label, c.tier])).toEqual([
      ['Customer 1', 'A'],
      ['Customer 2', 'B'],
      ['Customer 0', 'C'],
    ]);
  });

  it('splits twenty customers 10 % / 25 % / 65 %', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 1000);
    const tiers = tierCustomers(customers(values));
    expect(tiers.filter((c) => c.tier === 'A').map((c) => c.wonValue)).toEqual([20000, 19000]);
    expect(tiers.filter((c) => c.tier === 'B').map((c) => c.wonValue)).toEqual([18000, 17000, 16000, 15000, 14000]);
    expect(tiers.filter((c) => c.tier === 'C')).toHaveLength(13);
    expect(Math.max(...tiers.filter((c) => c.tier === 'C').map((c) => c.wonValue))).toBe(13000);
  });

  it('ranks equal values by number of orders', () => {
    const tiers = tierCustomers([
      { companyKey: 'a', label: 'A co', wonValue: 0, orders: 1 },
      { companyKey: 'b', label: 'B co', wonValue: 0, orders: 3 },
    ]);
    expect(tiers.map((c) => [c.label, c.tier])).toEqual([
      ['B co', 'A'],
      ['A co', 'B'],
    ]);
  });

  it('returns nothing for no customers', () => {
    expect(tierCustomers([])).toEqual([]);
  });
});
