import type { UnreadableRecord } from '../../lib/history/edit';
import type { Locale } from '../../lib/i18n';
import { formatNumber, t } from '../../lib/i18n';
import { downloadText } from './text';

export interface UnreadableBannerProps {
  locale: Locale;
  records: readonly UnreadableRecord[];
  /** Deletes them, once the rep asks: nothing else in the page can reach a record it cannot read. */
  onDelete?: (keys: string[]) => void;
}

/** Damaged records are never deleted behind the rep's back: say so, and offer them as they are. */
export function UnreadableBanner({ locale, records, onDelete }: UnreadableBannerProps) {
  if (!records.length) return null;
  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    const text = JSON.stringify({ exportedAt: new Date().toISOString(), records: records.map((r) => ({ key: r.key, reason: r.reason, raw: r.raw })) }, null, 1);
    downloadText(`inquirylens-unreadable-${day}.json`, 'application/json', text);
  };
  return (
    <div className="il-note il-history-banner" role="alert">
      <p>{t(locale, 'store.unreadable', { count: formatNumber(records.length, locale) })}</p>
      <button type="button" onClick={download}>
        {t(locale, 'store.downloadUnreadable')}
      </button>
      {onDelete ? (
        <button type="button" className="il-history-danger" onClick={() => onDelete(records.map((r) => r.key).filter(Boolean))}>
          {t(locale, 'store.deleteUnreadable')}
        </button>
      ) : null}
    </div>
  );
}
