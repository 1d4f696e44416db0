import type { Band } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { formatNumber, t } from '../lib/i18n';
import { RISK_CAP } from '../lib/weights';

export interface ScoreGaugeProps {
  score: number;
  band: Band;
  risk: boolean;
  locale: Locale;
}

/**
 * The 0–100 validity score. Colour is never the only cue: the verdict is also written out. A risky mail
 * is a different verdict from a vague one, not merely a low score, so it is named as such.
 */
export function ScoreGauge({ score, band, risk, locale }: ScoreGaugeProps) {
  const label = t(locale, risk ? 'band.risk' : `band.${band}`);
  return (
    <div className={`il-gauge il-band-${band}${risk ? ' il-gauge-risk' : ''}`} data-verdict={risk ? 'risk' : band}>
      <div
        className="il-gauge-meter"
        role="meter"
        aria-label={t(locale, 'score.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={`${score} – ${label}`}
      >
        <div className="il-gauge-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      <div className="il-gauge-text">
        <span className="il-gauge-score">{formatNumber(score, locale)}</span>
        <span className="il-gauge-of">{t(locale, 'score.outOf')}</span>
        <strong className="il-gauge-band">{label}</strong>
      </div>
      {risk ? <p className="il-gauge-cap">{t(locale, 'score.capped', { cap: RISK_CAP })}</p> : null}
    </div>
  );
}
