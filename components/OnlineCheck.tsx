import { useEffect, useRef, useState } from 'react';
import type { ScoredHit } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import { evidenceZh } from '../lib/i18n/signals-zh';
import type { OnlineCheckResult, OnlinePlan } from '../lib/online/messages';
import type { OnlineApi } from '../lib/online/panel-api';

export interface OnlineCheckProps extends OnlineApi {
  locale: Locale;
  /** The verdict's signals: the online ones are listed here with their evidence and when they were checked. */
  signals: readonly ScoredHit[];
  /** Changes with every new verdict, so the plan is asked again. */
  verdictAt: number;
}

const wrap = { overflowWrap: 'anywhere' as const };

/** "https://rdap.verisign.com/*" → "rdap.verisign.com". */
function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

function failureLines(locale: Locale, r: OnlineCheckResult): string[] {
  return r.failures.map((f) =>
    t(locale, 'online.couldNot', { check: t(locale, `online.check.${f.check}`), domain: f.domain, reason: t(locale, `online.reason.${f.reason}`) }),
  );
}

/**
 * "Check online" for the message on screen, shown only when the rep turned the option on. It says what
 * would leave the browser before anything does; the browser's host permission is asked inside the click.
 */
export function OnlineCheck({ locale, signals, verdictAt, loadPlan, requestHosts, check }: OnlineCheckProps) {
  const [plan, setPlan] = useState<OnlinePlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'denied' | 'failed' | 'nothing' } | { kind: 'done'; r: OnlineCheckResult } | null>(null);

  // The panel passes new functions on every render; the plan is asked again only with a new verdict.
  const load = useRef(loadPlan);
  load.current = loadPlan;
  useEffect(() => {
    let live = true;
    const refresh = () => void load.current().then((p) => live && setPlan(p));
    refresh();
    // The switch lives on the options page: coming back to the panel after turning it on shows the button.
    window.addEventListener('focus', refresh);
    return () => {
      live = false;
      window.removeEventListener('focus', refresh);
    };
  }, [verdictAt]);

  if (!plan?.enabled) return null;
  const found = signals.filter((s) => s.id.startsWith('online.'));

  const press = () => {
    // First thing in the click, before any await: the browser grants hosts only during the gesture.
    const granted = requestHosts(plan.origins);
    setBusy(true);
    setResult(null);
    void granted
      .then(async (ok) => {
        if (!ok) return setResult({ kind: 'denied' });
        const r = await check();
        if (!r) return setResult({ kind: 'failed' });
        setResult(r.status === 'nothing-to-check' ? { kind: 'nothing' } : r.status === 'checked' ? { kind: 'done', r } : { kind: 'failed' });
      })
      .finally(() => setBusy(false));
  };

  const time = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  return (
    <section className="il-online" aria-labelledby="il-online-title" data-checking={busy ? 'true' : 'false'}>
      <h2 id="il-online-title">{t(locale, 'online.title')}</h2>
      {plan.domains.length ? (
        <>
          <p className="il-online-sends" style={wrap}>
            {t(locale, 'online.sends', { domains: plan.domains.join(', '), hosts: plan.origins.map(hostOf).join(', ') })}
          </p>
          <button type="button" onClick={press} disabled={busy}>
            {busy ? t(locale, 'online.checking') : found.length ? t(locale, 'online.again') : t(locale, 'online.button')}
          </button>
        </>
      ) : (
        <p className="il-hint">{t(locale, 'online.nothing')}</p>
      )}
      <div role="status" aria-live="polite" style={wrap}>
        {result?.kind === 'denied' ? <p>{t(locale, 'online.denied')}</p> : null}
        {result?.kind === 'failed' ? <p>{t(locale, 'online.failed')}</p> : null}
        {result?.kind === 'nothing' ? <p>{t(locale, 'online.nothing')}</p> : null}
        {result?.kind === 'done' ? (
          <>
            {result.r.checkedAt !== undefined ? <p>{t(locale, 'online.checkedAt', { time: time(result.r.checkedAt) })}</p> : null}
            {result.r.cached.length ? <p>{t(locale, 'online.fromCache', { domains: result.r.cached.join(', ') })}</p> : null}
            {failureLines(locale, result.r).map((line) => (
              <p key={line} className="il-online-failure">
                {line}
              </p>
            ))}
          </>
        ) : null}
      </div>
      {found.length ? (
        <ul className="il-online-findings" aria-label={t(locale, 'online.findings')}>
          {found.map((s, i) => (
            <li key={`${s.id}-${i}`} data-signal={s.id} data-counted={s.counted}>
              <strong>{s.counted > 0 ? `+${s.counted}` : s.counted < 0 ? String(s.counted) : '·'}</strong>{' '}
              <span style={wrap}>{locale === 'zh-CN' ? evidenceZh(s.evidence) : s.evidence}</span>
              <br />
              <small>{signalWhy(locale, s.id)}</small>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
