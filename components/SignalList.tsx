import type { ReactNode } from 'react';
import type { ScoredHit } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { formatNumber, signalWhy, t } from '../lib/i18n';
import { evidenceZh } from '../lib/i18n/signals-zh';
import { evidenceAsShown } from '../lib/text/defang';
import { evidencePoints } from '../lib/score';
import type { SignalId, SignalKind } from '../lib/weights';

const ORDER: SignalKind[] = ['scam', 'positive', 'negative', 'info'];

/** A weight as the rep reads it: +12, −8 (a real minus sign), 0. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0';
}

/**
 * Evidence as the panel shows it. Links are defanged ("hxxps://") where a signal found them; only a
 * suspicious link needs that, so the buyer's own website, found by a positive signal, reads as written.
 * In Chinese, what a signal wrote itself is translated; what it quotes from the mail stays as written.
 */
export function shownEvidence(evidence: string, kind: SignalKind | undefined, locale: Locale): string {
  const text = evidenceAsShown(evidence, kind === 'scam' || kind === 'negative');
  return locale === 'zh-CN' ? evidenceZh(text) : text;
}

/** A piece of evidence; one that already quotes the mail keeps its own quotation marks, never a second pair. */
export function Evidence({ text }: { text: string }) {
  return /["“”「」]/.test(text) ? <span className="il-evidence">{text}</span> : <q className="il-evidence">{text}</q>;
}

/** One line of evidence: the points it counted, why such evidence counts, and what in the mail earned it. */
export function EvidenceLine({
  id,
  counted,
  evidence,
  kind,
  locale,
  note,
}: {
  id: SignalId;
  counted: number;
  evidence: string;
  kind: SignalKind | undefined;
  locale: Locale;
  note?: ReactNode;
}) {
  return (
    <li data-signal={id}>
      <span className="il-weight">{signed(counted)}</span> <span className="il-why">{signalWhy(locale, id)}</span>
      {note}
      {evidence ? <Evidence text={shownEvidence(evidence, kind, locale)} /> : null}
    </li>
  );
}

export interface SignalListProps {
  signals: readonly ScoredHit[];
  baseline: number;
  /** The calibrated score the points read as (lib/score.ts), and whether scam signals capped it. */
  score: number;
  risk: boolean;
  locale: Locale;
}

/**
 * Every signal with its weight, the exact evidence and a one-line why, then the sum and what the sum
 * means: the score explained point by point, summed from the very lines shown.
 */
export function SignalList({ signals, baseline, score, risk, locale }: SignalListProps) {
  const points = evidencePoints(baseline, signals);
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
                <EvidenceLine
                  key={`${s.id}-${i}`}
                  id={s.id}
                  counted={s.counted}
                  evidence={s.evidence}
                  kind={s.kind}
                  locale={locale}
                  note={
                    s.counted !== s.weight ? (
                      <span className="il-capped">
                        {' '}
                        {s.counted === 0
                          ? t(locale, 'score.countedNone')
                          : t(locale, 'score.counted', { counted: signed(s.counted), weight: signed(s.weight) })}
                      </span>
                    ) : null
                  }
                />
              ))}
            </ul>
          </div>
        );
      })}
      <p className="il-points" data-points={points}>
        {t(locale, 'score.points', { points: formatNumber(points, locale) })}
        {/* A flagged mail's score is the cap, which the gauge already explains. */}
        {risk ? null : ` ${t(locale, 'score.calibrated', { share: formatNumber(score, locale) })}`}
      </p>
    </section>
  );
}
