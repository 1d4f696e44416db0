import type { CSSProperties, KeyboardEvent } from 'react';
import { memo } from 'react';
import type { HistoryRecord } from '../../lib/history/record';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { formatDay, isoTime, labelOf, senderOf, starsText, subjectOf } from './text';

export interface HistoryRowProps {
  record: HistoryRecord;
  index: number;
  count: number;
  locale: Locale;
  selected: boolean;
  open: boolean;
  style: CSSProperties;
  /** The keyboard hint, read once the row's button has focus. */
  describedBy: string;
  onToggle: (key: string, on: boolean) => void;
  onOpen: (key: string) => void;
  onNavigate: (index: number, e: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One inquiry in the list: everything a rep scans for, in a fixed height the virtual list relies on. */
export const HistoryRow = memo(function HistoryRow({
  record: r,
  index,
  count,
  locale,
  selected,
  open,
  style,
  describedBy,
  onToggle,
  onOpen,
  onNavigate,
}: HistoryRowProps) {
  const subject = subjectOf(r, locale);
  const v = r.verdict;
  // A flagged mail is a risk, not merely an unlikely buyer: the list says so as the panel does.
  const band = v.risk ? t(locale, 'band.risk') : labelOf(locale, 'band', v.band);
  const outcome = labelOf(locale, 'record', r.outcome);
  const starsLabel = t(locale, 'history.starsLabel', { label: t(locale, `record.star${r.stars}`) });
  return (
    <div
      className={`il-history-row${open ? ' il-history-row-open' : ''}${selected ? ' il-history-row-selected' : ''}`}
      data-key={r.key}
      data-index={index}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
      style={style}
    >
      <input
        type="checkbox"
        className="il-history-check"
        checked={selected}
        aria-label={t(locale, 'history.selectRow', { subject })}
        onChange={(e) => onToggle(r.key, e.target.checked)}
      />
      <button
        type="button"
        className="il-history-open"
        aria-current={open ? 'true' : undefined}
        aria-describedby={describedBy}
        onClick={() => onOpen(r.key)}
        onKeyDown={(e) => onNavigate(index, e)}
      >
        <span className="il-history-line il-history-line1">
          <span className="il-history-subject">{subject}</span>
          <time className="il-history-date" dateTime={isoTime(r.analyzedAt)}>
            {formatDay(r.analyzedAt, locale)}
          </time>
        </span>
        <span className="il-history-line il-history-muted">
          {senderOf(r, locale)}
          {v.company ? ` · ${v.company}` : ''}
        </span>
        <span className="il-history-line">
          <span className={`il-history-score il-history-band-${v.band}`}>{t(locale, 'history.scoreBand', { score: v.score, band })}</span>
          {v.risk ? <span className="il-history-risk">{`\u26a0 ${t(locale, 'history.riskMarker')}`}</span> : null}
        </span>
        {/* The rep's own fields first: on a phone the advice is the part that gets cut off. */}
        <span className="il-history-line il-history-muted">
          <span className={`il-history-outcome il-history-outcome-${r.outcome}`}>{outcome}</span>
          <span className="il-history-stars" title={starsLabel}>
            <span aria-hidden="true">{starsText(r.stars)}</span>
            <span className="il-sr">{starsLabel}</span>
          </span>
          <span>{labelOf(locale, 'sample', v.advice)}</span>
        </span>
      </button>
    </div>
  );
});

export function PlaceholderRow({ index, count, style, label }: { index: number; count: number; style: CSSProperties; label: string }) {
  return (
    <div
      className="il-history-row il-history-placeholder"
      data-index={index}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
      aria-busy="true"
      style={style}
    >
      <span className="il-history-muted">{label}</span>
    </div>
  );
}

export interface DamagedRowProps {
  recordKey: string;
  index: number;
  count: number;
  style: CSSProperties;
  label: string;
  locale: Locale;
  /** Deletes the record; absent when it has no key to delete it by. */
  onRemove?: ((key: string) => void) | undefined;
}

/**
 * A record that cannot be shown (damaged on disk, or holding values the row cannot draw): listed, so
 * the count adds up, with nothing to open but a way to delete it, since nothing else can reach it.
 */
export function DamagedRow({ recordKey, index, count, style, label, locale, onRemove }: DamagedRowProps) {
  return (
    <div
      className="il-history-row il-history-damaged"
      data-key={recordKey}
      data-index={index}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
      style={style}
    >
      <span className="il-history-muted">{label}</span>
      {onRemove && recordKey ? (
        <button
          type="button"
          className="il-history-danger"
          aria-label={t(locale, 'history.removeBrokenLabel', { key: recordKey })}
          onClick={() => onRemove(recordKey)}
        >
          {t(locale, 'history.removeBroken')}
        </button>
      ) : null}
    </div>
  );
}
