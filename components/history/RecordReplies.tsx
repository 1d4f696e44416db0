import { useEffect, useId, useRef, useState } from 'react';
import type { Reply } from '../../lib/analysis';
import type { HistoryRecord } from '../../lib/history/record';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { ReplyTemplates } from '../ReplyTemplates';

type State = { status: 'closed' | 'writing' | 'failed' } | { status: 'ready'; replies: Reply[] };

export interface RecordRepliesProps {
  record: HistoryRecord;
  /** The rep's settings now: name, signature and reply language go into the replies. */
  settings: Settings;
  locale: Locale;
}

/**
 * The reply templates of a stored inquiry, as the panel offers them (choose, copy, the Chinese gloss).
 * A record keeps the verdict, not the replies: they are written again when the rep asks, by code loaded
 * only then (lib/history/replies.ts brings the whole analyzer, which the page needs for nothing else).
 * The component is keyed by the record, so another inquiry starts closed again.
 */
export function RecordReplies({ record, settings, locale }: RecordRepliesProps) {
  const [state, setState] = useState<State>({ status: 'closed' });
  const heading = useId();
  const box = useRef<HTMLDivElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // The button that asked is gone once the replies show: the choice of reply takes the focus.
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) box.current?.querySelector('select')?.focus();
  }, [ready]);

  const write = async () => {
    if (state.status === 'writing') return;
    setState({ status: 'writing' });
    try {
      const { repliesFor } = await import('../../lib/history/replies');
      const replies = repliesFor(record, settings);
      if (live.current) setState({ status: 'ready', replies });
    } catch {
      if (live.current) setState({ status: 'failed' });
    }
  };

  return (
    <div className="il-history-replies">
      <h3 id={heading}>{t(locale, 'section.replies')}</h3>
      {state.status === 'ready' ? (
        <div ref={box}>
          <ReplyTemplates replies={state.replies} locale={locale} labelledBy={heading} />
        </div>
      ) : (
        <>
          <p className="il-history-muted">{t(locale, 'history.repliesHint')}</p>
          <button type="button" aria-busy={state.status === 'writing'} onClick={() => void write()}>
            {state.status === 'writing' ? t(locale, 'history.repliesWriting') : t(locale, 'history.showReplies')}
          </button>
          {state.status === 'failed' ? (
            <p className="il-error" role="alert">
              {t(locale, 'history.repliesFailed')}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
