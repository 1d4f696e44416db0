import { useState } from 'react';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';

export interface OnlineChecksSectionProps {
  /** The stored value. */
  value: boolean;
  locale: Locale;
  /** Stores the switch alone, at once: a switch is an action, not an edit waiting for a button. */
  onSave: (on: boolean) => Promise<void>;
}

/** The options switch for online checks, with exactly what they send and where. */
export function OnlineChecksSection({ value, locale, onSave }: OnlineChecksSectionProps) {
  const [on, setOn] = useState(value);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const change = async (next: boolean) => {
    setOn(next);
    try {
      await onSave(next);
      setStatus({ kind: 'ok', text: t(locale, 'options.saved') });
    } catch (err) {
      setOn(!next);
      setStatus({ kind: 'error', text: t(locale, 'settingsUi.saveFailed', { error: err instanceof Error ? err.message : String(err) }) });
    }
  };
  return (
    <fieldset className="il-online-options">
      <legend>{t(locale, 'online.optionsTitle')}</legend>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => void change(e.target.checked)} />
        {t(locale, 'online.optionsEnable')}
      </label>
      <p>{t(locale, 'online.optionsHelp')}</p>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'il-error' : 'il-saved'}>
          {status.text}
        </p>
      ) : null}
    </fieldset>
  );
}
