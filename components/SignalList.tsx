import type { ScoredHit } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import type { SignalKind } from '../lib/weights';

const ORDER: SignalKind[] = ['scam', 'positive', 'negative', 'info'];

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0';
}

/** Every signal with its weight, the exact evidence and a one-line why: the score explained point by point. */
export function SignalList({ signals, baseline, locale }: { signals: readonly ScoredHit[]; baseline: number; locale: Locale }) {
  return (
    <section className="il-signals" aria-labelledby="il-signals-h">
      <h2 id="il-signals-h">{t(locale, 'section.signals')}</h2>
      <p className="il-baseline">
        {t(locale, 'score.baseline')}: <strong>{baseline}</strong>
      </p>
      {ORDER.map((kind) => {
        const list = signals.filter((s) => s.kind === kind && (kind !== 'info' || s.id !== 'meta.language'));
        if (!list.length) return null;
        return (
          <div key={kind} className={`il-signal-group il-kind-${kind}`}>
            <h3>{t(locale, `signalGroup.${kind}`)}</h3>
            <ul>
              {list.map((s, i) => (
                <li key={`${s.id}-${i}`} data-signal={s.id}>
                  <span className="il-weight" aria-label={`${signed(s.counted)}`}>
                    {signed(s.counted)}
                  </span>
                  <span className="il-why">{signalWhy(locale, s.id)}</span>
                  {s.counted !== s.weight ? <span className="il-capped">{t(locale, 'score.counted', { counted: signed(s.counted), weight: signed(s.weight) })}</span> : null}
                  <q className="il-evidence">{s.evidence}</q>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
