import type { SampleAdvice as Advice } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { CATALOGS } from '../lib/i18n';

/** Whether to send samples, and why. Reasons are translated by id; unknown ids fall back to the English text. */
export function SampleAdvice({ sample, locale }: { sample: Advice; locale: Locale }) {
  const reasons = CATALOGS[locale].sampleReason as Record<string, string>;
  return (
    <section className={`il-sample il-advice-${sample.advice}`} aria-labelledby="il-sample-h">
      <h2 id="il-sample-h">{t(locale, 'section.sample')}</h2>
      <p className="il-advice">
        <strong>{t(locale, `sample.${sample.advice}`)}</strong>
      </p>
      <p className="il-requested">{t(locale, sample.requested ? 'sample.requested' : 'sample.notRequested')}</p>
      <ul>
        {sample.reasons.map((r) => (
          <li key={r.id}>{reasons[r.id] ?? r.text}</li>
        ))}
      </ul>
    </section>
  );
}
