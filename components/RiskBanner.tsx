import type { ScoredHit } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import { Evidence, shownEvidence } from './SignalList';

/** Shown whenever a scam or phishing signal fired: what was found, and what not to do. */
export function RiskBanner({ signals, locale }: { signals: readonly ScoredHit[]; locale: Locale }) {
  const scam = signals.filter((s) => s.kind === 'scam');
  if (!scam.length) return null;
  return (
    <section className="il-risk" role="alert">
      <h2>{t(locale, 'risk.title')}</h2>
      <ul>
        {scam.map((s, i) => (
          <li key={`${s.id}-${i}`}>
            <span>{signalWhy(locale, s.id)}</span> <Evidence text={shownEvidence(s.evidence, s.kind, locale)} />
          </li>
        ))}
      </ul>
      <p>{t(locale, 'risk.advice')}</p>
    </section>
  );
}
