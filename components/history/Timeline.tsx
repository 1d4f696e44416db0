import { useEffect, useState } from 'react';
import type { HistoryRecord } from '../../lib/history/record';
import type { HistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { formatNumber, t } from '../../lib/i18n';
import { formatDay, isoTime, labelOf, readable, storeMessage, subjectOf } from './text';

export interface TimelineProps {
  locale: Locale;
  store: HistoryStore;
  by: 'contact' | 'company';
  /** Sender address or company key. */
  value: string;
  title: string;
  currentKey: string;
  /** Changes when a record changed, so outcomes shown here stay current. */
  version: number;
  onOpen: (key: string) => void;
}

/** Everything one contact or one company sent, oldest first; each entry opens that inquiry. */
/** A busy contact can have hundreds of inquiries; the ones around this one come first. */
const NEARBY = 5;

export function Timeline({ locale, store, by, value, title, currentKey, version, onOpen }: TimelineProps) {
  const [records, setRecords] = useState<HistoryRecord[] | undefined>(undefined);
  const [error, setError] = useState('');
  const [all, setAll] = useState(false);
  useEffect(() => setAll(false), [value]);
  useEffect(() => {
    let live = true;
    setError('');
    store.timeline(by, value).then(
      (r) => live && setRecords(r.map(readable).filter((x): x is HistoryRecord => Boolean(x))),
      (err: unknown) => live && setError(storeMessage(locale, err)),
    );
    return () => {
      live = false;
    };
  }, [store, by, value, version, locale]);

  const others = records?.filter((r) => r.key !== currentKey).length ?? 0;
  const here = Math.max(0, records?.findIndex((r) => r.key === currentKey) ?? 0);
  const start = all ? 0 : Math.max(0, here - NEARBY);
  const shown = records ? (all ? records : records.slice(start, here + NEARBY + 1)) : [];
  const cut = (records?.length ?? 0) > shown.length;
  return (
    <section className="il-history-timeline" aria-label={title}>
      <h3>{title}</h3>
      {error ? (
        <p className="il-error" role="alert">
          {error}
        </p>
      ) : !records ? (
        <p className="il-history-muted">{t(locale, 'history.loading')}</p>
      ) : others === 0 ? (
        <p className="il-history-muted">{t(locale, 'history.timelineNone')}</p>
      ) : (
        <>
          <ol start={start + 1}>
            {shown.map((r) =>
              r.key === currentKey ? (
                <li key={r.key} aria-current="true" className="il-history-tl-current">
                  <time dateTime={isoTime(r.firstSeen)}>{formatDay(r.firstSeen, locale)}</time> {subjectOf(r, locale)}{' '}
                  <span className="il-history-muted">{t(locale, 'history.thisOne')}</span>
                </li>
              ) : (
                <li key={r.key}>
                  <button type="button" className="il-history-link" onClick={() => onOpen(r.key)}>
                    <time dateTime={isoTime(r.firstSeen)}>{formatDay(r.firstSeen, locale)}</time> {subjectOf(r, locale)}
                  </button>{' '}
                  <span className="il-history-muted">
                    {r.verdict.score} · {labelOf(locale, 'record', r.outcome)}
                  </span>
                </li>
              ),
            )}
          </ol>
          {cut || all ? (
            <button type="button" className="il-history-link" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t(locale, 'history.timelineNearby') : t(locale, 'history.timelineAll', { count: formatNumber(records.length, locale) })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
