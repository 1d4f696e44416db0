import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { INQUIRIES_PAGE } from '../../lib/extension/pages';
import { toHistoryError } from '../../lib/history/errors';
import type { HistoryStats } from '../../lib/history/stats';
import type { HistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ErrorBoundary } from '../ErrorBoundary';
import { ConversionChart } from './ConversionChart';
import { RegionChart, SourceChart } from './CountChart';
import type { Range, RangePreset } from './format';
import { formatCount, formatDay, isoDay, periodWeeks, presetRange } from './format';
import { RangePicker } from './RangePicker';
import { TierTable } from './TierTable';
import { WeeklyChart } from './WeeklyChart';

export interface StatsPageProps {
  store: Pick<HistoryStore, 'stats'>;
  locale: Locale;
  /** The moment "last N weeks" counts back from; tests pin it. */
  now?: Date;
}

/** Re-exported for the stats entrypoint; the address itself lives in lib/extension/pages.ts. */
export const HISTORY_PAGE = INQUIRIES_PAGE;
const DEFAULT_PRESET: Exclude<RangePreset, 'custom'> = '13w';

interface Loaded {
  stats: HistoryStats;
  /** The period these statistics cover (the picker may already show the next one while it loads). */
  range: Range;
  /** False when the whole history is empty, not just this period. */
  anyAtAll: boolean;
}

/** The translated text for a failed history operation. */
export function storeMessage(err: unknown, locale: Locale): string {
  const e = toHistoryError(err);
  return t(locale, `store.${e.problem}`, { detail: e.detail || e.message });
}

/** The page shown instead of the statistics when the history database cannot be opened at all. */
export function StoreProblem({ locale, error }: { locale: Locale; error: unknown }) {
  return (
    <main className="il-app il-stats">
      <StatsHeader locale={locale} />
      <p className="il-error il-stats-problem" role="alert">
        {storeMessage(error, locale)}
      </p>
    </main>
  );
}

function StatsHeader({ locale }: { locale: Locale }) {
  return (
    <header className="il-stats-header">
      <a className="il-stats-back" href={HISTORY_PAGE}>
        <span aria-hidden="true">← </span>
        {t(locale, 'stats.backToHistory')}
      </a>
      <h1>{t(locale, 'stats.title')}</h1>
    </header>
  );
}

function periodText(range: Range, now: Date, locale: Locale): string {
  const day = (ms: number): string => formatDay(ms, locale);
  if (range.from !== undefined) return t(locale, 'stats.periodDates', { from: day(range.from), to: day(range.to ?? now.getTime()) });
  if (range.to !== undefined) return t(locale, 'stats.periodUntil', { to: day(range.to) });
  return t(locale, 'stats.periodAll');
}

/**
 * Statistics of the stored inquiries for a chosen period. A chart that cannot be drawn (a damaged
 * record's values reach it through the statistics) is replaced by a note and the others still show;
 * anything else leaves a translated message instead of a blank tab.
 */
export function StatsPage(props: StatsPageProps) {
  const { locale } = props;
  return (
    <ErrorBoundary
      fallback={(_error, retry) => (
        <main className="il-app il-stats">
          <StatsHeader locale={locale} />
          <div className="il-error il-stats-problem" role="alert">
            <p>{t(locale, 'stats.pageFailed')}</p>
            <button type="button" onClick={retry}>
              {t(locale, 'stats.tryAgain')}
            </button>
          </div>
        </main>
      )}
    >
      <StatsContent {...props} />
    </ErrorBoundary>
  );
}

function Guarded({ locale, resetKey, children }: { locale: Locale; resetKey: unknown; children: ReactNode }) {
  return (
    <ErrorBoundary
      resetKeys={[resetKey]}
      fallback={() => (
        <p className="il-error il-stats-problem" role="alert">
          {t(locale, 'stats.chartFailed')}
        </p>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** Weekly volume, regions, sources, conversion, customer tiers. */
function StatsContent({ store, locale, now }: StatsPageProps) {
  const [today] = useState(() => now ?? new Date());
  const [preset, setPreset] = useState<RangePreset>(DEFAULT_PRESET);
  const [range, setRange] = useState<Range>(() => presetRange(DEFAULT_PRESET, today));
  const [customStart, setCustomStart] = useState({ from: '', to: '' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  const { from, to } = range;
  useEffect(() => {
    // A slow answer for a period the rep has already left must not overwrite the newer one.
    let current = true;
    setLoading(true);
    const wanted: Range = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    void (async () => {
      try {
        const stats = await store.stats(wanted);
        const bounded = from !== undefined || to !== undefined;
        // An empty period and an empty history need different advice; ask only when the period is empty.
        const anyAtAll = stats.total > 0 || (bounded && (await store.stats({})).total > 0);
        if (!current) return;
        setLoaded({ stats, range: wanted, anyAtAll });
        setError(null);
      } catch (err) {
        if (current) setError(err);
      } finally {
        if (current) setLoading(false);
      }
    })();
    return () => {
      current = false;
    };
  }, [store, from, to]);

  function choosePreset(next: RangePreset) {
    setPreset(next);
    if (next === 'custom') {
      setCustomStart({ from: from !== undefined ? isoDay(from) : '', to: isoDay(to ?? today.getTime()) });
      return;
    }
    setRange(presetRange(next, today));
  }

  const stats = loaded?.stats;
  return (
    <main className="il-app il-stats" aria-busy={loading}>
      <StatsHeader locale={locale} />
      <RangePicker locale={locale} preset={preset} onPreset={choosePreset} initialFrom={customStart.from} initialTo={customStart.to} onCustom={setRange} />
      <p className="il-stats-status" role="status">
        {loading
          ? t(locale, 'stats.loading')
          : stats && !error
            ? `${t(locale, 'stats.summary', { count: formatCount(stats.total, locale) })} · ${periodText(loaded.range, today, locale)}`
            : ''}
      </p>
      {error !== null && (
        <p className="il-error il-stats-problem" role="alert">
          {storeMessage(error, locale)}
        </p>
      )}
      {stats && error === null && stats.total === 0 && (
        <p className="il-state il-stats-empty">{t(locale, loaded.anyAtAll ? 'stats.emptyRange' : 'stats.empty')}</p>
      )}
      {stats && error === null && stats.total > 0 && (
        <div className="il-stats-grid">
          <Guarded locale={locale} resetKey={stats}>
            <WeeklyChart weeks={periodWeeks(stats.weeks, loaded.range, today)} locale={locale} />
          </Guarded>
          <Guarded locale={locale} resetKey={stats}>
            <RegionChart rows={stats.byRegion} locale={locale} />
          </Guarded>
          <Guarded locale={locale} resetKey={stats}>
            <SourceChart rows={stats.bySource} locale={locale} />
          </Guarded>
          <Guarded locale={locale} resetKey={stats}>
            <ConversionChart rows={stats.conversion} locale={locale} />
          </Guarded>
          <Guarded locale={locale} resetKey={stats}>
            <TierTable tiers={stats.tiers} locale={locale} />
          </Guarded>
        </div>
      )}
    </main>
  );
}
