import type { WeekRow } from '../../lib/history/stats';
import { weekOf } from '../../lib/history/stats';
import type { Locale } from '../../lib/i18n';
import { CATALOGS, formatNumber, t } from '../../lib/i18n';

export const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Same bound as the statistics module: about ten years of weeks. */
const MAX_WEEKS = 530;

export type RangePreset = '4w' | '13w' | '52w' | 'all' | 'custom';
export const PRESETS: readonly RangePreset[] = ['4w', '13w', '52w', 'all', 'custom'];

export interface Range {
  from?: number;
  to?: number;
}

/**
 * "Last N weeks" is the current week and the N−1 before it, from Monday 00:00 UTC: the weekly chart
 * buckets by UTC Monday, so a range that starts mid-week would show a first bar that looks like a slump.
 * No upper bound, so an inquiry saved a moment after the page opened still counts.
 */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now: Date): Range {
  if (preset === 'all') return {};
  const weeks = preset === '4w' ? 4 : preset === '13w' ? 13 : 52;
  return { from: Date.parse(weekOf(now.getTime())) - (weeks - 1) * WEEK };
}

/**
 * Dates from `<input type="date">` ("YYYY-MM-DD", either may be empty) as whole UTC days, the same
 * days the weekly chart counts in. Undefined when the start is after the end.
 */
export function customRange(from: string, to: string): Range | undefined {
  const start = from ? Date.parse(from) : undefined;
  const end = to ? Date.parse(to) + DAY - 1 : undefined;
  if ((start !== undefined && Number.isNaN(start)) || (end !== undefined && Number.isNaN(end))) return undefined;
  if (start !== undefined && end !== undefined && start > end) return undefined;
  return { ...(start !== undefined ? { from: start } : {}), ...(end !== undefined ? { to: end } : {}) };
}

/** "YYYY-MM-DD" of a UTC time, the value a date input takes. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The weeks of the chosen period, with empty weeks as zero at both ends too: the statistics only fill
 * gaps between the first and last inquiry, and a period whose first weeks were quiet should look quiet.
 */
export function periodWeeks(weeks: readonly WeekRow[], range: Range, now: Date): WeekRow[] {
  const dataFirst = weeks[0]?.week;
  const dataLast = weeks[weeks.length - 1]?.week;
  const rangeFirst = range.from !== undefined ? weekOf(range.from) : dataFirst;
  const rangeLast = weekOf(range.to ?? now.getTime());
  if (!rangeFirst) return [];
  // ISO dates compare as strings; the data may reach outside the range (clock changes, imports).
  const first = dataFirst && dataFirst < rangeFirst ? dataFirst : rangeFirst;
  const last = dataLast && dataLast > rangeLast ? dataLast : rangeLast;
  const start = Date.parse(first);
  const end = Date.parse(last);
  // Too long to draw week by week: show the weeks that have inquiries rather than drop any.
  if ((end - start) / WEEK >= MAX_WEEKS) return [...weeks];
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  const out: WeekRow[] = [];
  for (let ms = start; ms <= end; ms += WEEK) {
    const week = isoDay(ms);
    out.push(byWeek.get(week) ?? { week, high: 0, medium: 0, low: 0 });
  }
  return out;
}

export function formatWeek(week: string, locale: Locale, style: 'short' | 'long'): string {
  const ms = Date.parse(week);
  if (Number.isNaN(ms)) return week;
  // UTC, so Monday stays Monday west of Greenwich.
  const opts: Intl.DateTimeFormatOptions = style === 'short' ? { month: 'short', day: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(ms);
}

export function formatDay(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function formatCount(n: number, locale: Locale): string {
  return formatNumber(n, locale);
}

export function formatValue(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

function hasKey(locale: Locale, key: string): boolean {
  const [section, ...rest] = key.split('.');
  const leaf = (CATALOGS[locale] as unknown as Record<string, Record<string, unknown> | undefined>)[section!]?.[rest.join('.')];
  return typeof leaf === 'string';
}

/** A translated label when one exists; otherwise the stored value itself, so a new source or region still shows. */
export function labelOr(locale: Locale, key: string, raw: string): string {
  return hasKey(locale, key) || hasKey('en', key) ? t(locale, key) : raw;
}

export const regionLabel = (locale: Locale, region: string): string => labelOr(locale, `region.${region}`, region);
export const sourceLabel = (locale: Locale, source: string): string => labelOr(locale, `source.${source}`, source);
