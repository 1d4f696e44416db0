import { useEffect, useState } from 'react';
import type { Reply, ReplyKind } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';

export interface ReplyTemplatesProps {
  replies: readonly Reply[];
  locale: Locale;
  /** Fallback when the Clipboard API is unavailable (e.g. an extension page without focus). */
  onCopy?: (text: string) => void;
  /** Only offered where the site allows inserting into its reply box safely. */
  onInsert?: (reply: Reply) => void;
  /** The id of a heading the page already shows for the replies (the history detail's h3): then no h2 of its own. */
  labelledBy?: string;
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or no focus: fall back below.
  }
  return false;
}

/** The Chinese gloss composed with the reply (lib/templates/compose.ts); replies stored before it have none. */
function glossOf(r: Reply): { subject: string; body: string } | undefined {
  const g = (r as Reply & { gloss?: unknown }).gloss;
  if (!g || typeof g !== 'object') return undefined;
  const { subject, body } = g as { subject?: unknown; body?: unknown };
  return typeof subject === 'string' && typeof body === 'string' ? { subject, body } : undefined;
}

/** Reply templates, recommended first, shown as plain text with copy (and insert where allowed). */
export function ReplyTemplates({ replies, locale, onCopy, onInsert, labelledBy }: ReplyTemplatesProps) {
  const ordered = [...replies].sort((a, b) => Number(b.recommended) - Number(a.recommended));
  const [kind, setKind] = useState<ReplyKind | undefined>(ordered[0]?.kind);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setKind(ordered[0]?.kind);
    // A new inquiry brings a new recommendation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replies]);
  const current = ordered.find((r) => r.kind === kind) ?? ordered[0];
  if (!current) return null;
  const text = `${current.subject}\n\n${current.body}`;

  const copy = async () => {
    const ok = await writeClipboard(text);
    if (!ok) onCopy?.(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <section className="il-replies" aria-labelledby={labelledBy ?? 'il-replies-h'}>
      {labelledBy ? null : <h2 id="il-replies-h">{t(locale, 'section.replies')}</h2>}
      <label className="il-reply-choose">
        {t(locale, 'reply.choose')}
        <select value={current.kind} onChange={(e) => setKind(e.target.value as ReplyKind)}>
          {ordered.map((r) => (
            <option key={r.kind} value={r.kind}>
              {t(locale, `reply.${r.kind}`)}
              {r.recommended ? ` \u2605 ${t(locale, 'reply.recommended')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="il-reply-subject">{current.subject}</p>
      <textarea className="il-reply-body" readOnly value={current.body} rows={12} aria-label={t(locale, `reply.${current.kind}`)} />
      {current.body.includes('[[') ? <p className="il-fill-hint">{t(locale, 'reply.fillIn')}</p> : null}
      {/* For a rep who reads Chinese better: what the reply says, collapsed, outside what Copy and Insert take. */}
      {locale === 'zh-CN' && glossOf(current) ? (
        <details className="il-gloss" lang="zh-CN">
          <summary>{t(locale, 'reply.gloss')}</summary>
          <p className="il-gloss-subject">{glossOf(current)!.subject}</p>
          <p className="il-gloss-body">{glossOf(current)!.body}</p>
        </details>
      ) : null}
      <div className="il-reply-actions">
        <button type="button" onClick={() => void copy()}>
          {copied ? t(locale, 'reply.copied') : t(locale, 'reply.copy')}
        </button>
        {onInsert ? (
          <button type="button" onClick={() => onInsert(current)}>
            {t(locale, 'reply.insert')}
          </button>
        ) : null}
      </div>
      <span className="il-sr" role="status" aria-live="polite">
        {copied ? t(locale, 'reply.copied') : ''}
      </span>
    </section>
  );
}
