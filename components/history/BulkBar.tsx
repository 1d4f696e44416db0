import { useId, useState } from 'react';
import type { FollowUp, Outcome } from '../../lib/history/record';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ConfirmBox } from './ConfirmBox';

const OUTCOMES: Outcome[] = ['none', 'replied', 'quoted', 'sample-sent', 'won', 'no-reply', 'confirmed-scam'];
const STATUSES: FollowUp[] = ['to-develop', 'developing', 'following-up', 'dormant'];

export interface BulkBarProps {
  locale: Locale;
  count: number;
  busy: boolean;
  onStatus: (status: FollowUp) => void;
  onOutcome: (outcome: Outcome) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What the rep can do to every selected inquiry at once. Deleting asks first. */
export function BulkBar({ locale, count, busy, onStatus, onOutcome, onDelete, onClear }: BulkBarProps) {
  const [status, setStatus] = useState<FollowUp | ''>('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [confirming, setConfirming] = useState(false);
  const statusId = useId();
  const outcomeId = useId();
  return (
    <section className="il-history-bulk" aria-label={t(locale, 'history.bulkActions')}>
      <p className="il-history-bulkcount" role="status">
        {t(locale, 'history.selected', { count })}
      </p>
      <div className="il-history-bulkrow">
        <div className="il-history-field">
          <label htmlFor={statusId}>{t(locale, 'history.setStatus')}</label>
          <span className="il-history-inline">
            <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as FollowUp | '')}>
              <option value="">{t(locale, 'history.choose')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(locale, `record.${s}`)}
                </option>
              ))}
            </select>
            <button type="button" disabled={busy || !status} onClick={() => status && onStatus(status)}>
              {t(locale, 'history.apply')}
            </button>
          </span>
        </div>
        <div className="il-history-field">
          <label htmlFor={outcomeId}>{t(locale, 'history.setOutcome')}</label>
          <span className="il-history-inline">
            <select id={outcomeId} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
              <option value="">{t(locale, 'history.choose')}</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(locale, `record.${o}`)}
                </option>
              ))}
            </select>
            <button type="button" disabled={busy || !outcome} onClick={() => outcome && onOutcome(outcome)}>
              {t(locale, 'history.apply')}
            </button>
          </span>
        </div>
      </div>
      <div className="il-history-actions">
        <button type="button" className="il-history-danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t(locale, 'history.delete')}
        </button>
        <button type="button" onClick={onClear}>
          {t(locale, 'history.clearSelection')}
        </button>
      </div>
      {confirming ? (
        <ConfirmBox
          locale={locale}
          message={t(locale, 'history.confirmDelete', { count })}
          confirmLabel={t(locale, 'history.delete')}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
