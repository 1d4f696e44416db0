import type { Band } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { formatNumber, t } from '../lib/i18n';

export interface ScoreGaugeProps {
  score: number;
  band: Band;
  risk: boolean;
  locale: Locale;
}

/** The 0–100 validity score. Colour is never the only cue: the band is also written out. */
export function ScoreGauge({ score, band, risk, locale }: ScoreGaugeProps) {
  const label = t(locale, `band.${band}`);
  return (
    <div className={`il-gauge il-band-${band}`}>
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
      {risk ? <p className="il-gauge-cap">{t(locale, 'score.capped', { cap: 25 })}</p> : null}
    </div>
  );
}
