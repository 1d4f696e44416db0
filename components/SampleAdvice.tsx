import type { SampleAdvice as Advice } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { CATALOGS } from '../lib/i18n';

/** A reason may carry the evidence it quotes (lib/sample.ts), so the translated reason quotes it too. */
type QuotingReason = Advice['reasons'][number] & { params?: Record<string, string> };

/**
 * Whether to send samples, and what the advice rests on. Reasons are translated by id, with the evidence
 * they quote; unknown ids fall back to the English text.
 */
export function SampleAdvice({ sample, locale }: { sample: Advice; locale: Locale }) {
  const reasons = CATALOGS[locale].sampleReason as Record<string, string>;
  const text = (r: QuotingReason) => (reasons[r.id] ? t(locale, `sampleReason.${r.id}`, r.params ?? {}) : r.text);
  return (
    <section className={`il-sample il-advice-${sample.advice}`} aria-labelledby="il-sample-h">
      <h2 id="il-sample-h">{t(locale, 'section.sample')}</h2>
      <p className="il-advice">
        <strong>{t(locale, `sample.${sample.advice}`)}</strong>
      </p>
      <p className="il-requested">{t(locale, sample.requested ? 'sample.requested' : 'sample.notRequested')}</p>
      <ul>
        {sample.reasons.map((r: QuotingReason) => (
          <li key={r.id}>{text(r)}</li>
        ))}
      </ul>
    </section>
  );
}
