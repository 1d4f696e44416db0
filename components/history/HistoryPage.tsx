import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FollowUp, Outcome } from '../../lib/history/record';
import type { UnreadableRecord } from '../../lib/history/edit';
import type { HistoryQuery } from '../../lib/history/query';
import type { HistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { formatNumber, t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { ErrorBoundary } from '../ErrorBoundary';
import { BulkBar } from './BulkBar';
import { ExportImport } from './ExportImport';
import { HistoryList } from './HistoryList';
import { RecordDetail } from './RecordDetail';
import { RetentionSetting } from './RetentionSetting';
import type { HistoryFilters } from './SearchFilters';
import { activeFilterCount, SearchFilters } from './SearchFilters';
import { UnreadableBanner } from './UnreadableBanner';
import { storeMessage } from './text';
import { useHistoryPages } from './useHistoryPages';

export interface HistoryPageProps {
  store: HistoryStore;
  locale: Locale;
  /** The saved retention setting in days; 0 keeps everything. */
  retentionDays: number;
  /** Saves a new retention setting (the page then applies it to the store itself). */
  onSaveRetention: (days: number) => Promise<void>;
  /** The rep's settings, for the replies an inquiry's detail writes again (name, signature, language); the defaults without. */
  settings?: Settings;
  /** Where the statistics and settings pages live; extension-root paths by default. */
  statsUrl?: string;
  settingsUrl?: string;
}

function focusRowButton(key: string): void {
  for (const row of document.querySelectorAll<HTMLElement>('.il-history-row[data-key]')) {
    if (row.dataset.key === key) {
      row.querySelector<HTMLButtonElement>('.il-history-open')?.focus();
      return;
    }
  }
}

/**
 * The history page. Whatever a stored record holds, the page stays usable: a row or a detail that
 * cannot be drawn is replaced by a note with a delete button, and anything else that fails leaves a
 * translated message with a way to try again instead of a blank tab.
 */
export function HistoryPage(props: HistoryPageProps) {
  const { locale } = props;
  return (
    <ErrorBoundary
      fallback={(_error, retry) => (
        <main className="il-app il-history" lang={locale}>
          <header className="il-history-header">
            <h1>{t(locale, 'history.title')}</h1>
          </header>
          <div className="il-error" role="alert">
            <p>{t(locale, 'history.pageFailed')}</p>
            <button type="button" onClick={retry}>
              {t(locale, 'history.tryAgain')}
            </button>
          </div>
        </main>
      )}
    >
      <HistoryPageContent {...props} />
    </ErrorBoundary>
  );
}

/** Search and filters, the virtual list with bulk actions, one inquiry's detail, and the tools. */
function HistoryPageContent({
  store,
  locale,
  retentionDays,
  onSaveRetention,
  settings = DEFAULT_SETTINGS,
  statsUrl = '/stats.html',
  settingsUrl = '/options.html',
}: HistoryPageProps) {
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<HistoryFilters>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openKey, setOpenKey] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [unreadable, setUnreadable] = useState<UnreadableRecord[]>([]);

  const query = useMemo<HistoryQuery>(() => (search.trim() ? { ...filters, search: search.trim() } : filters), [filters, search]);
  const pages = useHistoryPages(store, query);
  const { refresh } = pages;

  useEffect(() => {
    document.title = t(locale, 'history.title');
  }, [locale]);

  // A selection the rep can no longer see would be acted on blindly.
  const queryKey = JSON.stringify(query);
  useEffect(() => setSelected(new Set()), [queryKey]);

  const checkUnreadable = useCallback(() => {
    store.findUnreadable().then(
      (r) => setUnreadable(r.unreadable),
      (err: unknown) => setError(storeMessage(locale, err)),
    );
  }, [store, locale]);
  useEffect(checkUnreadable, [checkUnreadable]);

  const changed = useCallback(() => {
    refresh();
    setVersion((v) => v + 1);
  }, [refresh]);

  const toggle = useCallback((key: string, on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const open = useCallback((key: string) => setOpenKey(key), []);
  const back = useCallback(() => {
    const key = openKey;
    setOpenKey(undefined);
    // Back where the rep was: on the row they opened, when it is still on screen.
    if (key) requestAnimationFrame(() => focusRowButton(key));
  }, [openKey]);

  const bulk = async (work: () => Promise<number>, done: (count: number) => string, after?: () => void) => {
    setBusy(true);
    setMessage('');
    setError('');
    try {
      const count = await work();
      setMessage(done(count));
      after?.();
      changed();
    } catch (err) {
      setError(storeMessage(locale, err));
    } finally {
      setBusy(false);
    }
  };
  const keys = [...selected];
  const setStatus = (status: FollowUp) =>
    void bulk(
      () => store.updateMany(keys, { status }),
      (count) => t(locale, 'history.updated', { count: formatNumber(count, locale) }),
    );
  const setOutcome = (outcome: Outcome) =>
    void bulk(
      () => store.updateMany(keys, { outcome }),
      (count) => t(locale, 'history.updated', { count: formatNumber(count, locale) }),
    );
  const remove = () =>
    void bulk(
      () => store.remove(keys),
      (count) => t(locale, 'history.deleted', { count: formatNumber(count, locale) }),
      () => {
        setSelected(new Set());
        if (openKey && keys.includes(openKey)) setOpenKey(undefined);
      },
    );

  // A record the page cannot show is reachable only from its note: delete it from there, no selection needed.
  const removeBroken = (key: string) =>
    void bulk(
      () => store.remove([key]),
      () => t(locale, 'history.removedBroken'),
      () => {
        setSelected((s) => {
          const next = new Set(s);
          next.delete(key);
          return next;
        });
        setOpenKey((k) => (k === key ? undefined : k));
      },
    );

  const total = pages.total;
  const { loaded: loadedNow, version: pagesVersion } = pages;
  // The page cache is a ref: it changes exactly when its version does, so the version is the dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useMemo(() => (total === undefined ? [] : loadedNow().filter((r) => typeof r.key === 'string')), [loadedNow, pagesVersion, total]);
  const loadedSelected = loaded.filter((r) => selected.has(r.key)).length;
  const selectAll = (on: boolean) => setSelected(on ? new Set([...selected, ...loaded.map((r) => r.key)]) : new Set());
  const filtered = Boolean(query.search) || activeFilterCount(filters) > 0;
  const listError = pages.error ? storeMessage(locale, pages.error) : '';

  let list;
  if (total === undefined) list = listError ? null : <p className="il-history-muted">{t(locale, 'history.loading')}</p>;
  else if (total === 0 && !filtered) list = <p className="il-state il-history-empty">{t(locale, 'history.empty')}</p>;
  else if (total === 0)
    list = (
      <div className="il-state il-history-empty">
        <p>{t(locale, 'history.noResults')}</p>
        <button
          type="button"
          onClick={() => {
            setSearch('');
            setFilters(filters.sort ? { sort: filters.sort } : {});
          }}
        >
          {t(locale, 'history.clearFilters')}
        </button>
      </div>
    );
  else list = <HistoryList locale={locale} pages={pages} selected={selected} openKey={openKey} onToggle={toggle} onOpen={open} onRemove={removeBroken} />;

  return (
    <main className={`il-app il-history${openKey ? ' il-history-detail-open' : ''}`} lang={locale}>
      <header className="il-history-header">
        <h1>{t(locale, 'history.title')}</h1>
        <nav className="il-history-nav" aria-label={t(locale, 'history.title')}>
          <a href={statsUrl}>{t(locale, 'history.statsLink')}</a>
          <a href={settingsUrl}>{t(locale, 'history.settingsLink')}</a>
        </nav>
      </header>
      <UnreadableBanner
        locale={locale}
        records={unreadable}
        onDelete={(keys) =>
          void bulk(
            () => store.remove(keys),
            (count) => t(locale, 'history.deleted', { count: formatNumber(count, locale) }),
            checkUnreadable,
          )
        }
      />
      {error || listError ? (
        <p className="il-error" role="alert">
          {error || listError}
        </p>
      ) : null}
      <SearchFilters locale={locale} search={search} filters={filters} onSearch={setSearch} onFilters={setFilters} />
      <div className={`il-history-main${openKey ? ' il-history-has-detail' : ''}`}>
        <section className="il-history-listpane" aria-label={t(locale, 'history.list')}>
          <div className="il-history-listhead">
            <p className="il-history-total" role="status">
              {total === undefined ? '' : total === 1 ? t(locale, 'history.totalOne') : t(locale, 'history.total', { count: formatNumber(total, locale) })}
            </p>
            {total ? (
              <label className="il-history-selectall">
                <input
                  type="checkbox"
                  checked={loaded.length > 0 && loadedSelected === loaded.length}
                  ref={(el) => {
                    if (el) el.indeterminate = loadedSelected > 0 && loadedSelected < loaded.length;
                  }}
                  onChange={(e) => selectAll(e.target.checked)}
                />
                {t(locale, 'history.selectLoaded', { count: formatNumber(loaded.length, locale) })}
              </label>
            ) : null}
          </div>
          {selected.size ? (
            <BulkBar
              locale={locale}
              count={selected.size}
              busy={busy}
              onStatus={setStatus}
              onOutcome={setOutcome}
              onDelete={remove}
              onClear={() => setSelected(new Set())}
            />
          ) : null}
          <p role="status" className="il-saved">
            {message}
          </p>
          {list}
        </section>
        {openKey ? (
          <section className="il-history-detailpane" aria-label={t(locale, 'history.detail')}>
            <ErrorBoundary
              resetKeys={[openKey, version]}
              fallback={() => (
                <article className="il-history-detail">
                  <button type="button" className="il-history-back" onClick={back}>
                    {`\u2190 ${t(locale, 'history.back')}`}
                  </button>
                  <div className="il-error" role="alert">
                    <p>{t(locale, 'history.detailFailed')}</p>
                    <button
                      type="button"
                      className="il-history-danger"
                      aria-label={t(locale, 'history.removeBrokenLabel', { key: openKey })}
                      onClick={() => removeBroken(openKey)}
                    >
                      {t(locale, 'history.removeBroken')}
                    </button>
                  </div>
                </article>
              )}
            >
              <RecordDetail
                locale={locale}
                store={store}
                recordKey={openKey}
                settings={settings}
                version={version}
                onBack={back}
                onOpen={open}
                onChanged={changed}
                onDeleted={() => {
                  setOpenKey(undefined);
                  setSelected(new Set());
                  changed();
                }}
              />
            </ErrorBoundary>
          </section>
        ) : null}
      </div>
      <section className="il-history-tools" aria-labelledby="il-history-tools-h">
        <h2 id="il-history-tools-h">{t(locale, 'history.tools')}</h2>
        <ExportImport
          locale={locale}
          store={store}
          query={query}
          onImported={() => {
            changed();
            checkUnreadable();
          }}
        />
        <RetentionSetting locale={locale} store={store} days={retentionDays} onSave={onSaveRetention} onApplied={(removed) => removed && changed()} />
      </section>
    </main>
  );
}

/** What the page shows when the history cannot be opened at all (blocked upgrade, broken storage). */
export function HistoryUnavailable({ locale, message, busy = false }: { locale: Locale; message: string; busy?: boolean }) {
  return (
    <main className="il-app il-history" lang={locale}>
      <header className="il-history-header">
        <h1>{t(locale, 'history.title')}</h1>
      </header>
      {busy ? (
        <p className="il-history-muted" role="status">
          {message}
        </p>
      ) : (
        <p className="il-note" role="alert">
          {message}
        </p>
      )}
    </main>
  );
}
