import type { HistoryRecord } from './record';
import { isTime } from './record';

export type Band = HistoryRecord['verdict']['band'];
export const BANDS: readonly Band[] = ['high', 'medium', 'low'];

export interface WeekRow {
  /** Monday of the week, UTC, as YYYY-MM-DD. */
  week: string;
  high: number;
  medium: number;
  low: number;
}
export interface CountRow {
  key: string;
  count: number;
}
export interface ConversionRow {
  band: Band;
  total: number;
  /** Replied, quoted, sample sent or won. */
  engaged: number;
  won: number;
  /** won / total, 0–1. */
  rate: number;
}
export interface CustomerTier {
  companyKey: string;
  /** What the rep sees: the company name, else the domain or address. */
  label: string;
  wonValue: number;
  orders: number;
  tier: 'A' | 'B' | 'C';
}
export interface HistoryStats {
  total: number;
  weeks: WeekRow[];
  byRegion: CountRow[];
  bySource: CountRow[];
  conversion: ConversionRow[];
  tiers: CustomerTier[];
}

/** The fields statistics need, so a caller can stream them without whole records. */
export type StatsInput = Pick<HistoryRecord, 'analyzedAt' | 'firstSeen' | 'outcome' | 'companyKey' | 'senderAddress'> & {
  wonValue?: number | undefined;
  verdict: Pick<HistoryRecord['verdict'], 'band' | 'region' | 'company'>;
  inquiry: Pick<HistoryRecord['inquiry'], 'source'>;
};

const ENGAGED = new Set(['replied', 'quoted', 'sample-sent', 'won']);
const DAY = 86_400_000;

export function weekOf(ms: number): string {
  const d = new Date(ms);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

function counts(map: Map<string, number>): CountRow[] {
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * A/B/C tiers of customers with won orders, ranked by won value: the top ~10 % are A, the next ~25 % B,
 * the rest C, so a rep serves the few who bring most of the value first. With few customers the first is always A.
 */
export function tierCustomers(rows: ReadonlyArray<{ companyKey: string; label: string; wonValue: number; orders: number }>): CustomerTier[] {
  const ranked = [...rows].sort((a, b) => b.wonValue - a.wonValue || b.orders - a.orders || a.label.localeCompare(b.label));
  const n = ranked.length;
  const aCount = Math.max(1, Math.round(n * 0.1));
  const bCount = Math.round(n * 0.35) - aCount > 0 ? Math.round(n * 0.35) - aCount : n > 1 ? 1 : 0;
  return ranked.map((r, i) => ({ ...r, tier: i < aCount ? 'A' : i < aCount + bCount ? 'B' : 'C' }));
}

/** Inquiries per week by band, by region and by source; conversion by band; customer tiers. */
export function computeStats(records: Iterable<StatsInput>, range: { from?: number; to?: number } = {}): HistoryStats {
  const weeks = new Map<string, WeekRow>();
  const regions = new Map<string, number>();
  const sources = new Map<string, number>();
  const conv = new Map<Band, ConversionRow>(BANDS.map((band) => [band, { band, total: 0, engaged: 0, won: 0, rate: 0 }]));
  const customers = new Map<string, { companyKey: string; label: string; wonValue: number; orders: number }>();
  let total = 0;
  for (const r of records) {
    // An inquiry belongs to the week it first arrived, however often it was re-opened later.
    const at = r.firstSeen || r.analyzedAt;
    // The digest copies a damaged record's time as it is; a number that is no date has no week.
    if (!isTime(at)) continue;
    if ((range.from !== undefined && at < range.from) || (range.to !== undefined && at > range.to)) continue;
    const band = r.verdict.band;
    // A damaged stored record (kept as is, and listed as unreadable) must not take the whole page down.
    if (!conv.has(band)) continue;
    total++;
    const w = weekOf(at);
    const row = weeks.get(w) ?? { week: w, high: 0, medium: 0, low: 0 };
    row[band]++;
    weeks.set(w, row);
    regions.set(r.verdict.region, (regions.get(r.verdict.region) ?? 0) + 1);
    sources.set(r.inquiry.source, (sources.get(r.inquiry.source) ?? 0) + 1);
    const c = conv.get(band)!;
    c.total++;
    if (ENGAGED.has(r.outcome)) c.engaged++;
    if (r.outcome === 'won') {
      c.won++;
      const key = r.companyKey || r.senderAddress;
      const cust = customers.get(key) ?? { companyKey: key, label: r.verdict.company || key.replace(/^(?:name|domain|address):/, ''), wonValue: 0, orders: 0 };
      cust.wonValue += r.wonValue ?? 0;
      cust.orders++;
      customers.set(key, cust);
    }
  }
  for (const c of conv.values()) c.rate = c.total ? c.won / c.total : 0;
  return {
    total,
    weeks: fillWeeks([...weeks.values()].sort((a, b) => a.week.localeCompare(b.week))),
    byRegion: counts(regions),
    bySource: counts(sources),
    conversion: [...conv.values()],
    tiers: tierCustomers([...customers.values()]),
  };
}

/** Weeks without inquiries still show, as zero, so the chart's time axis is honest. */
function fillWeeks(rows: WeekRow[]): WeekRow[] {
  if (rows.length < 2) return rows;
  const out: WeekRow[] = [];
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  const first = Date.parse(rows[0]!.week);
  const last = Date.parse(rows[rows.length - 1]!.week);
  // Bounded: a stray timestamp decades away must not make a million empty weeks. Past the bound, keep
  // only the weeks with inquiries: cutting the filled series short would drop the newest weeks' counts.
  if ((last - first) / (7 * DAY) >= 530) return rows;
  for (let t = first; t <= last; t += 7 * DAY) {
    const w = new Date(t).toISOString().slice(0, 10);
    out.push(byWeek.get(w) ?? { week: w, high: 0, medium: 0, low: 0 });
  }
  return out;
}
