import type { ReactNode } from 'react';
import { useState } from 'react';
import type { OutcomeExample } from '../lib/fit/recalibrate';
import { refitRecalibration } from '../lib/fit/auto';
import { MIN_OUTCOMES } from '../lib/fit/recalibrate';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import type { Recalibration } from '../lib/settings';
import { DEFAULT_RECALIBRATION } from '../lib/settings';
import type { SignalId } from '../lib/weights';
import { BASELINE, isSignalId } from '../lib/weights';

export interface RecalibrationSectionProps {
  value: Recalibration;
  locale: Locale;
  onChange: (r: Recalibration) => void;
  /** Reads the rep's outcomes from the history; absent where there is no history (tests, previews). */
  loadOutcomes?: () => Promise<OutcomeExample[]>;
  now?: () => Date;
  /** The options page's Save for this section, inside its frame. */
  children?: ReactNode;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Which weights the rep's outcomes moved, by how much and why, with a switch and a reset. The refit
 * changes the form's settings like any other field; the section's Save stores them.
 */
export function RecalibrationSection({ value, locale, onChange, loadOutcomes, now = () => new Date(), children }: RecalibrationSectionProps) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!loadOutcomes) return;
    setBusy(true);
    setStatus({ kind: 'ok', text: t(locale, 'recal.working') });
    try {
      const outcomes = await loadOutcomes();
      const next = refitRecalibration(outcomes, value, now());
      if (!next) {
        setStatus({ kind: 'error', text: t(locale, 'recal.tooFew', { min: MIN_OUTCOMES, count: outcomes.filter((o) => o.outcome !== 'none').length }) });
        return;
      }
      onChange(next);
      setStatus({ kind: 'ok', text: t(locale, 'recal.done', { used: next.used }) });
    } catch (err) {
      setStatus({ kind: 'error', text: t(locale, 'recal.failed', { error: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  const fitted = value.fittedAt !== '';
  const moves = value.moves.filter((m) => isSignalId(m.id));
  return (
    <fieldset>
      <legend>{t(locale, 'recal.title')}</legend>
      <p>{t(locale, 'recal.help', { min: MIN_OUTCOMES })}</p>
      <label>
        <input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />
        {t(locale, 'recal.enabled')}
      </label>
      <p>
        {!value.enabled
          ? t(locale, 'recal.off')
          : fitted
            ? t(locale, 'recal.summary', { used: value.used, real: value.realBuyers, date: value.fittedAt.slice(0, 10) })
            : t(locale, 'recal.never')}
      </p>
      {loadOutcomes ? (
        <button type="button" disabled={busy} onClick={() => void run()}>
          {t(locale, 'recal.now')}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => {
          onChange({ ...DEFAULT_RECALIBRATION, enabled: value.enabled });
          setStatus({ kind: 'ok', text: t(locale, 'recal.resetDone') });
        }}
      >
        {t(locale, 'recal.reset')}
      </button>
      {fitted && !moves.length && value.baseline === BASELINE ? <p>{t(locale, 'recal.nothingMoved')}</p> : null}
      {fitted && (moves.length || value.baseline !== undefined) ? (
        <table aria-label={t(locale, 'recal.moved')}>
          <caption>{t(locale, 'recal.moved')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'recal.signal')}</th>
              <th scope="col">{t(locale, 'recal.change')}</th>
              <th scope="col">{t(locale, 'recal.why')}</th>
            </tr>
          </thead>
          <tbody>
            {value.baseline !== undefined && value.baseline !== BASELINE ? (
              <tr>
                <td>{t(locale, 'recal.baseline')}</td>
                <td>
                  {BASELINE} → {value.baseline}
                </td>
                <td>{t(locale, 'recal.baselineReason', { real: value.realBuyers, used: value.used })}</td>
              </tr>
            ) : null}
            {moves.map((m) => (
              <tr key={m.id}>
                <td>{signalWhy(locale, m.id as SignalId)}</td>
                <td>
                  {signed(m.from)} → {signed(m.to)}
                </td>
                <td>{t(locale, 'recal.reason', { real: m.real, fired: m.fired })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'il-error' : 'il-saved'}>
          {status.text}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
