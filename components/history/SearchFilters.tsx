import { useEffect, useId, useRef, useState } from 'react';
import type { FollowUp, Outcome } from '../../lib/history/record';
import type { HistoryQuery, HistorySort } from '../../lib/history/query';
import { HISTORY_SORTS } from '../../lib/history/query';
import { InquirySource } from '../../lib/inquiry';
import type { Locale } from '../../lib/i18n';
import { CATALOGS, t } from '../../lib/i18n';

export type HistoryFilters = Omit<HistoryQuery, 'search' | 'offset' | 'limit' | 'contact' | 'companyKey'>;

const BANDS = ['high', 'medium', 'low'] as const;
const ADVICE = ['send-free', 'send-paid', 'quote-first', 'verify-first', 'decline'] as const;
const OUTCOMES: Outcome[] = ['none', 'replied', 'quoted', 'sample-sent', 'won', 'no-reply', 'confirmed-scam'];
const STATUSES: FollowUp[] = ['to-develop', 'developing', 'following-up', 'dormant'];
const ROLES = Object.keys(CATALOGS.en.role);
const REGIONS = Object.keys(CATALOGS.en.region);
const SEARCH_DELAY_MS = 250;

/** yyyy-mm-dd in the rep's own time zone, as `<input type="date">` shows it. */
function dayValue(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : undefined;
}

/** The last millisecond of that day: "until" a day includes all of it, whatever daylight saving does. */
function dayEnd(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : undefined;
}

export function activeFilterCount(f: HistoryFilters): number {
  return (['band', 'risk', 'advice', 'role', 'region', 'source', 'minStars', 'status', 'outcome', 'from', 'to'] as const).filter((k) => f[k] !== undefined)
    .length;
}

function withValue<K extends keyof HistoryFilters>(f: HistoryFilters, key: K, value: HistoryFilters[K] | undefined): HistoryFilters {
  const next = { ...f };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

interface ChoiceProps {
  label: string;
  value: string;
  anyLabel: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}

function Choice({ label, value, anyLabel, options, onChange }: ChoiceProps) {
  const id = useId();
  return (
    <div className="il-history-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface SearchFiltersProps {
  locale: Locale;
  search: string;
  filters: HistoryFilters;
  /** Called after the rep stops typing for a moment, so each keystroke does not query the store. */
  onSearch: (search: string) => void;
  onFilters: (filters: HistoryFilters) => void;
}

/** The search box, the filters (folded away on narrow screens) and the sort order. */
export function SearchFilters({ locale, search, filters, onSearch, onFilters }: SearchFiltersProps) {
  const [text, setText] = useState(search);
  const ids = { search: useId(), sort: useId(), from: useId(), to: useId() };
  const latest = useRef(onSearch);
  latest.current = onSearch;
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => latest.current(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search]);

  const any = t(locale, 'history.any');
  const set = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K] | undefined) => onFilters(withValue(filters, key, value));
  const active = activeFilterCount(filters);
  const labelled = (prefix: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: t(locale, `${prefix}.${c}`) }));

  return (
    <section className="il-history-search" aria-label={t(locale, 'history.filters')}>
      <div className="il-history-searchrow">
        <div className="il-history-field il-history-grow">
          <label htmlFor={ids.search}>{t(locale, 'history.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={text}
            placeholder={t(locale, 'history.searchPlaceholder')}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches at once instead of waiting for the pause.
              if (e.key === 'Enter') latest.current(text);
            }}
          />
        </div>
        <div className="il-history-field">
          <label htmlFor={ids.sort}>{t(locale, 'history.sort')}</label>
          <select
            id={ids.sort}
            value={filters.sort ?? 'newest'}
            onChange={(e) => set('sort', e.target.value === 'newest' ? undefined : (e.target.value as HistorySort))}
          >
            {HISTORY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(locale, `history.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="il-history-filters">
        <summary>{active ? t(locale, 'history.filtersActive', { count: active }) : t(locale, 'history.filters')}</summary>
        <div className="il-history-filtergrid">
          <Choice
            label={t(locale, 'history.band')}
            anyLabel={any}
            value={filters.band ?? ''}
            options={labelled('band', BANDS)}
            onChange={(v) => set('band', v as HistoryFilters['band'])}
          />
          <Choice
            label={t(locale, 'history.risk')}
            anyLabel={any}
            value={filters.risk === undefined ? '' : filters.risk ? 'yes' : 'no'}
            options={[
              { value: 'yes', label: t(locale, 'history.riskYes') },
              { value: 'no', label: t(locale, 'history.riskNo') },
            ]}
            onChange={(v) => set('risk', v === undefined ? undefined : v === 'yes')}
          />
          <Choice
            label={t(locale, 'history.advice')}
            anyLabel={any}
            value={filters.advice ?? ''}
            options={labelled('sample', ADVICE)}
            onChange={(v) => set('advice', v as HistoryFilters['advice'])}
          />
          <Choice
            label={t(locale, 'history.role')}
            anyLabel={any}
            value={filters.role ?? ''}
            options={labelled('role', ROLES)}
            onChange={(v) => set('role', v)}
          />
          <Choice
            label={t(locale, 'history.region')}
            anyLabel={any}
            value={filters.region ?? ''}
            options={labelled('region', REGIONS)}
            onChange={(v) => set('region', v)}
          />
          <Choice
            label={t(locale, 'history.source')}
            anyLabel={any}
            value={filters.source ?? ''}
            options={labelled('source', InquirySource.options)}
            onChange={(v) => set('source', v)}
          />
          <Choice
            label={t(locale, 'history.minStars')}
            anyLabel={any}
            value={filters.minStars === undefined ? '' : String(filters.minStars)}
            options={[1, 2, 3].map((n) => ({ value: String(n), label: t(locale, 'history.starsAtLeast', { count: n }) }))}
            onChange={(v) => set('minStars', v === undefined ? undefined : Number(v))}
          />
          <Choice
            label={t(locale, 'history.status')}
            anyLabel={any}
            value={filters.status ?? ''}
            options={labelled('record', STATUSES)}
            onChange={(v) => set('status', v as FollowUp | undefined)}
          />
          <Choice
            label={t(locale, 'history.outcome')}
            anyLabel={any}
            value={filters.outcome ?? ''}
            options={labelled('record', OUTCOMES)}
            onChange={(v) => set('outcome', v as Outcome | undefined)}
          />
          <div className="il-history-field">
            <label htmlFor={ids.from}>{t(locale, 'history.from')}</label>
            <input id={ids.from} type="date" value={dayValue(filters.from)} onChange={(e) => set('from', dayStart(e.target.value))} />
          </div>
          <div className="il-history-field">
            <label htmlFor={ids.to}>{t(locale, 'history.to')}</label>
            <input id={ids.to} type="date" value={dayValue(filters.to)} onChange={(e) => set('to', dayEnd(e.target.value))} />
          </div>
        </div>
        {active ? (
          <button type="button" onClick={() => onFilters(filters.sort ? { sort: filters.sort } : {})}>
            {t(locale, 'history.clearFilters')}
          </button>
        ) : null}
      </details>
    </section>
  );
}
