import type { ReactNode } from 'react';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';

export type PanelStatus = 'no-inquiry' | 'unsupported' | 'unrecognised' | 'unreadable' | 'analyzing' | 'error';

export interface PanelStateProps {
  status: PanelStatus;
  locale: Locale;
  /** Error or site-failure code (translated when known) and raw detail (e.g. the selector that failed) for the collapsible section. */
  code?: string;
  detail?: string;
  onAnalyzePage?: () => void;
  children?: ReactNode;
}

const MESSAGE: Record<PanelStatus, Parameters<typeof t>[1]> = {
  'no-inquiry': 'state.noInquiry',
  unsupported: 'state.unsupported',
  unrecognised: 'state.unrecognised',
  unreadable: 'reading.unreadable',
  analyzing: 'state.analyzing',
  error: 'state.error',
};

/** Every state that is not a verdict says so plainly, and offers the fallbacks where reading failed. */
export function PanelState({ status, locale, code, detail, onAnalyzePage, children }: PanelStateProps) {
  const showFallbacks = status !== 'analyzing';
  return (
    <section className={`il-state il-state-${status}`} aria-busy={status === 'analyzing'}>
      <p role={status === 'error' || status === 'unreadable' ? 'alert' : 'status'}>{t(locale, MESSAGE[status])}</p>
      {status === 'error' && code ? <p className="il-error-code">{t(locale, `error.${code}`)}</p> : null}
      {status === 'unrecognised' && code ? <p className="il-failure-code">{t(locale, `siteFailure.${code}`)}</p> : null}
      {detail ? (
        <details>
          <summary>{t(locale, 'state.details')}</summary>
          <pre>{detail}</pre>
        </details>
      ) : null}
      {showFallbacks ? <p className="il-fallbacks">{t(locale, 'state.fallbacks')}</p> : null}
      {showFallbacks && onAnalyzePage ? (
        <button type="button" onClick={onAnalyzePage}>
          {t(locale, 'state.analyzePage')}
        </button>
      ) : null}
      {children}
    </section>
  );
}
