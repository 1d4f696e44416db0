import { useEffect, useState } from 'react';
import type { StoreProblem } from '../lib/history/errors';
import type { FollowUp, Outcome } from '../lib/history/record';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';

const OUTCOMES: Outcome[] = ['none', 'replied', 'quoted', 'sample-sent', 'won', 'no-reply', 'confirmed-scam'];
const STATUSES: FollowUp[] = ['to-develop', 'developing', 'following-up', 'dormant'];

export interface RecordFields {
  outcome: Outcome;
  status: FollowUp;
  stars: number;
  wonValue?: number;
}

export interface OutcomeBarProps {
  locale: Locale;
  /** Current values from history; undefined while loading or when history is unavailable. */
  current: RecordFields | null | undefined;
  onUpdate: (update: Partial<RecordFields>) => Promise<RecordFields | null>;
  /** Why the verdict could not be saved, when the background could say. */
  problem?: StoreProblem | undefined;
  /** The section's heading level where it sits: 2 in the side panel, 3 inside the history page's detail. */
  level?: 2 | 3;
}

/** What the rep records about an inquiry: outcome (with won value), follow-up status, stars 0–3. */
export function OutcomeBar({ locale, current, onUpdate, problem, level = 2 }: OutcomeBarProps) {
  const Heading = level === 3 ? 'h3' : 'h2';
  const [fields, setFields] = useState<RecordFields | null | undefined>(current);
  const [note, setNote] = useState('');
  useEffect(() => setFields(current), [current]);
  const problemNote = problem ? (
    <p className="il-note il-store-problem" role="alert">
      {t(locale, `store.${problem}`, { detail: '' })}
    </p>
  ) : null;
  if (fields === null) return problemNote ?? <p className="il-note">{t(locale, 'record.unavailable')}</p>;
  if (!fields) return problemNote;
  const change = async (update: Partial<RecordFields>) => {
    setFields({ ...fields, ...update });
    const saved = await onUpdate(update);
    setNote(saved ? t(locale, 'record.saved') : t(locale, 'record.unavailable'));
    if (saved) setFields(saved);
  };
  return (
    <section className="il-record" aria-labelledby="il-record-h">
      <Heading id="il-record-h">{t(locale, 'record.title')}</Heading>
      {problemNote}
      <label>
        {t(locale, 'record.outcome')}
        <select value={fields.outcome} onChange={(e) => void change({ outcome: e.target.value as Outcome })}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(locale, `record.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {fields.outcome === 'won' ? (
        <label>
          {t(locale, 'record.wonValue')}
          <input
            type="number"
            min={0}
            defaultValue={fields.wonValue ?? ''}
            onBlur={(e) => void change({ wonValue: Math.max(0, Number(e.target.value) || 0) })}
          />
        </label>
      ) : null}
      <label>
        {t(locale, 'record.status')}
        <select value={fields.status} onChange={(e) => void change({ status: e.target.value as FollowUp })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(locale, `record.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="il-stars">
        <legend>{t(locale, 'record.stars')}</legend>
        {[0, 1, 2, 3].map((n) => (
          <label key={n} title={t(locale, `record.star${n}`)}>
            <input type="radio" name="il-stars" value={n} checked={fields.stars === n} onChange={() => void change({ stars: n })} />
            {n === 0 ? '0' : '\u2605'.repeat(n)} <span className="il-sr">{t(locale, `record.star${n}`)}</span>
          </label>
        ))}
      </fieldset>
      <span role="status" className="il-saved">
        {note}
      </span>
    </section>
  );
}
