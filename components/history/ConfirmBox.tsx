import { useEffect, useId, useRef } from 'react';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';

export interface ConfirmBoxProps {
  locale: Locale;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An in-page confirmation (no window.confirm: it blocks the page and cannot be styled or translated). */
export function ConfirmBox({ locale, message, confirmLabel, onConfirm, onCancel }: ConfirmBoxProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  // The safe choice has focus, so an absent-minded Enter does not delete anything.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="il-history-confirm"
      role="alertdialog"
      aria-label={confirmLabel}
      aria-describedby={messageId}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id={messageId}>{message}</p>
      <div className="il-history-actions">
        <button type="button" className="il-history-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t(locale, 'history.cancel')}
        </button>
      </div>
    </div>
  );
}
