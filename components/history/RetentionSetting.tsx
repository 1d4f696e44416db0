import { useId, useState } from 'react';
import type { HistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { formatNumber, t } from '../../lib/i18n';
import { storeMessage } from './text';

const CHOICES = [0, 30, 90, 180, 365];

export interface RetentionSettingProps {
  locale: Locale;
  store: HistoryStore;
  /** Days; 0 keeps everything. */
  days: number;
  onSave: (days: number) => Promise<void>;
  /** After old inquiries were removed. */
  onApplied: (removed: number) => void;
}

/** How long inquiries are kept: saved to settings, then applied at once so the rep sees the effect. */
export function RetentionSetting({ locale, store, days, onSave, onApplied }: RetentionSettingProps) {
  const [value, setValue] = useState(days);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  // A value set elsewhere (another tab, an older version) is still offered rather than silently changed.
  const choices = CHOICES.includes(value) ? CHOICES : [...CHOICES, value].sort((a, b) => a - b);

  const change = async (next: number) => {
    const previous = value;
    setValue(next);
    setBusy(true);
    setStatus('');
    setError('');
    try {
      await onSave(next);
    } catch (err) {
      setValue(previous);
      setBusy(false);
      setError(t(locale, 'history.retentionSaveFailed', { detail: err instanceof Error ? err.message : String(err) }));
      return;
    }
    try {
      const removed = await store.applyRetention(next);
      setStatus(t(locale, 'history.retentionApplied', { count: formatNumber(removed, locale) }));
      onApplied(removed);
    } catch (err) {
      setError(storeMessage(locale, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="il-history-retention">
      <h3>{t(locale, 'history.retention')}</h3>
      <div className="il-history-field">
        <label htmlFor={id}>{t(locale, 'history.retention')}</label>
        <select id={id} value={value} disabled={busy} aria-describedby={`${id}-help`} onChange={(e) => void change(Number(e.target.value))}>
          {choices.map((d) => (
            <option key={d} value={d}>
              {d === 0 ? t(locale, 'history.retentionForever') : t(locale, 'history.retentionDays', { count: formatNumber(d, locale) })}
            </option>
          ))}
        </select>
        <span id={`${id}-help`} className="il-history-muted">
          {t(locale, 'history.retentionHelp')}
        </span>
      </div>
      <p role="status" className="il-saved">
        {status}
      </p>
      {error ? (
        <p className="il-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
