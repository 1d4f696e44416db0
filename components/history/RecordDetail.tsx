import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { OutcomeBar } from '../OutcomeBar';
import type { RecordFields } from '../OutcomeBar';
import type { HistoryRecord } from '../../lib/history/record';
import type { HistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { isSignalId, WEIGHTS } from '../../lib/weights';
import { EvidenceLine } from '../SignalList';
import { ConfirmBox } from './ConfirmBox';
import { RecordReplies } from './RecordReplies';
import { Timeline } from './Timeline';
import { formatDateTime, labelOf, readable, senderOf, storeMessage, subjectOf } from './text';

export interface RecordDetailProps {
  locale: Locale;
  store: HistoryStore;
  recordKey: string;
  /** For the replies written again on demand. */
  settings: Settings;
  /** Bumps when any record changed (here, in bulk, by import), so this view re-reads its record. */
  version: number;
  onBack: () => void;
  onOpen: (key: string) => void;
  onChanged: () => void;
  onDeleted: (key: string) => void;
}

function fieldsOf(r: HistoryRecord): RecordFields {
  return { outcome: r.outcome, status: r.status, stars: r.stars, ...(r.wonValue !== undefined ? { wonValue: r.wonValue } : {}) };
}

/** Company keys built from a sender address repeat the contact timeline; only real companies get one. */
function hasCompanyTimeline(r: HistoryRecord): boolean {
  return Boolean(r.companyKey) && !r.companyKey.startsWith('address:');
}

/** One inquiry: the stored verdict, the message as plain text, the rep's follow-up, and its timelines. */
export function RecordDetail({ locale, store, recordKey, settings, version, onBack, onOpen, onChanged, onDeleted }: RecordDetailProps) {
  const [record, setRecord] = useState<HistoryRecord | null | undefined>(undefined);
  /** Stored, but not as a record the page can show (damaged on disk, or from a hostile backup). */
  const [damaged, setDamaged] = useState(false);
  const [error, setError] = useState('');
  const [note, setNote] = useState<{ key: string; text: string } | undefined>(undefined);
  const [noteStatus, setNoteStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), note: useId() };

  useEffect(() => {
    let live = true;
    store.get(recordKey).then(
      (stored) => {
        if (!live) return;
        const r = readable(stored);
        setRecord(r ?? null);
        setDamaged(Boolean(stored) && !r);
        if (r) setNote((n) => (n?.key === r.key ? n : { key: r.key, text: r.note }));
      },
      (err: unknown) => live && setError(storeMessage(locale, err)),
    );
    return () => {
      live = false;
    };
  }, [store, recordKey, version, locale]);

  useEffect(() => {
    setNoteStatus('');
    setConfirming(false);
  }, [recordKey]);

  // Opening an inquiry (from the list or a timeline) takes the reader to its heading.
  const loadedKey = record?.key;
  useEffect(() => {
    if (loadedKey) headingRef.current?.focus();
  }, [loadedKey]);

  const current = useMemo(() => (record ? fieldsOf(record) : record), [record]);
  const update = useCallback(
    async (u: Partial<RecordFields>): Promise<RecordFields | null> => {
      try {
        const saved = await store.update(recordKey, u);
        setError('');
        onChanged();
        return saved ? fieldsOf(saved) : null;
      } catch (err) {
        setError(storeMessage(locale, err));
        return null;
      }
    },
    [store, recordKey, onChanged, locale],
  );

  const saveNote = async () => {
    if (!note) return;
    try {
      await store.update(recordKey, { note: note.text });
      setNoteStatus(t(locale, 'history.noteSaved'));
      setError('');
      onChanged();
    } catch (err) {
      setError(storeMessage(locale, err));
    }
  };

  const remove = async () => {
    setConfirming(false);
    try {
      await store.remove([recordKey]);
      onDeleted(recordKey);
    } catch (err) {
      setError(storeMessage(locale, err));
    }
  };

  const back = (
    <button type="button" className="il-history-back" onClick={onBack}>
      {`\u2190 ${t(locale, 'history.back')}`}
    </button>
  );
  const errorBox = error ? (
    <p className="il-error" role="alert">
      {error}
    </p>
  ) : null;

  // One confirmation for deleting this record, whether it could be read or only its damage shown.
  const confirmDelete = confirming ? (
    <ConfirmBox
      locale={locale}
      message={t(locale, 'history.confirmDeleteOne')}
      confirmLabel={t(locale, 'history.delete')}
      onConfirm={() => void remove()}
      onCancel={() => setConfirming(false)}
    />
  ) : null;
  if (record === undefined)
    return (
      <article className="il-history-detail" aria-busy="true">
        {back}
        {errorBox ?? <p className="il-history-muted">{t(locale, 'history.loading')}</p>}
      </article>
    );
  if (record === null && damaged)
    return (
      <article className="il-history-detail">
        {back}
        {errorBox}
        <div className="il-note" role="alert">
          <p>{t(locale, 'history.detailFailed')}</p>
          <button
            type="button"
            className="il-history-danger"
            aria-label={t(locale, 'history.removeBrokenLabel', { key: recordKey })}
            onClick={() => setConfirming(true)}
          >
            {t(locale, 'history.removeBroken')}
          </button>
        </div>
        {confirmDelete}
      </article>
    );
  if (record === null)
    return (
      <article className="il-history-detail">
        {back}
        <p>{t(locale, 'history.notFound')}</p>
      </article>
    );

  const v = record.verdict;
  const facts: Array<[string, string]> = [
    [t(locale, 'history.fromLabel'), senderOf(record, locale)],
    [t(locale, 'history.analyzedAt'), formatDateTime(record.analyzedAt, locale)],
    [t(locale, 'history.firstSeen'), formatDateTime(record.firstSeen, locale)],
    [t(locale, 'history.source'), labelOf(locale, 'source', record.inquiry.source)],
    [t(locale, 'history.company'), v.company],
    [t(locale, 'history.country'), v.country ?? ''],
  ];
  const profile: Array<[string, string]> = [
    [t(locale, 'history.advice'), labelOf(locale, 'sample', v.advice)],
    [t(locale, 'history.role'), labelOf(locale, 'role', v.role)],
    [t(locale, 'history.region'), labelOf(locale, 'region', v.region)],
    [t(locale, 'history.channel'), labelOf(locale, 'channel', v.channel)],
    [t(locale, 'history.products'), v.products.join(', ')],
  ];
  const rows = (list: Array<[string, string]>) =>
    list
      .filter(([, value]) => value)
      .map(([label, value]) => (
        <div key={label} className="il-profile-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ));

  return (
    <article className="il-history-detail" aria-labelledby={ids.heading}>
      {back}
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1} className="il-history-detail-title">
        {subjectOf(record, locale)}
      </h2>
      {errorBox}
      <dl className="il-profile">{rows(facts)}</dl>

      <section aria-label={t(locale, 'history.verdict')}>
        <h3>{t(locale, 'history.verdict')}</h3>
        <p className={`il-history-verdict il-history-band-${v.band}`}>
          <strong>{t(locale, 'history.scoreOf', { score: v.score })}</strong> · {v.risk ? t(locale, 'band.risk') : labelOf(locale, 'band', v.band)}
        </p>
        {v.risk ? (
          <div className="il-risk" role="note">
            <strong>{t(locale, 'risk.title')}</strong>
            <p>{t(locale, 'risk.advice')}</p>
          </div>
        ) : null}
        <dl className="il-profile">{rows(profile)}</dl>
      </section>

      <section aria-label={t(locale, 'section.signals')}>
        <h3>{t(locale, 'section.signals')}</h3>
        {/* The evidence as it was when the mail was judged, so a later change of weights does not rewrite it. */}
        <ul className="il-history-evidence">
          {v.signals.map((s, i) =>
            s.id !== 'meta.language' && isSignalId(s.id) ? (
              <EvidenceLine key={`${s.id}-${i}`} id={s.id} counted={s.counted} evidence={s.evidence} kind={WEIGHTS[s.id].kind} locale={locale} />
            ) : null,
          )}
        </ul>
      </section>

      <section aria-label={t(locale, 'history.openQuestions')}>
        <h3>{t(locale, 'history.openQuestions')}</h3>
        {v.openQuestions.length ? (
          <ul>
            {v.openQuestions.map((q) => (
              <li key={q}>{labelOf(locale, 'question', q)}</li>
            ))}
          </ul>
        ) : (
          <p>{t(locale, 'history.allAnswered')}</p>
        )}
      </section>

      <RecordReplies key={`replies:${record.key}`} record={record} settings={settings} locale={locale} />

      <OutcomeBar key={record.key} locale={locale} current={current} onUpdate={update} level={3} />

      <div className="il-history-field il-history-note">
        <label htmlFor={ids.note}>{t(locale, 'history.note')}</label>
        <textarea
          id={ids.note}
          rows={3}
          maxLength={5000}
          value={note?.text ?? ''}
          onChange={(e) => {
            setNote({ key: record.key, text: e.target.value });
            setNoteStatus('');
          }}
        />
        <span className="il-history-inline">
          <button type="button" onClick={() => void saveNote()} disabled={(note?.text ?? '') === record.note}>
            {t(locale, 'history.saveNote')}
          </button>
          <span role="status" className="il-saved">
            {noteStatus}
          </span>
        </span>
      </div>

      <section aria-label={t(locale, 'history.message')}>
        <h3>{t(locale, 'history.message')}</h3>
        {/* Plain text on purpose: a mail body is untrusted and must never become markup. */}
        <pre className="il-history-body">{record.inquiry.body}</pre>
        {record.inquiry.quoted ? (
          <details>
            <summary>{t(locale, 'history.quoted')}</summary>
            <pre className="il-history-body">{record.inquiry.quoted}</pre>
          </details>
        ) : null}
      </section>

      <section className="il-history-timelines" aria-label={t(locale, 'history.timeline')}>
        <h3>{t(locale, 'history.timeline')}</h3>
        {record.senderAddress ? (
          <Timeline
            locale={locale}
            store={store}
            by="contact"
            value={record.senderAddress}
            title={t(locale, 'history.timelineContact', { who: record.senderAddress })}
            currentKey={record.key}
            version={version}
            onOpen={onOpen}
          />
        ) : null}
        {hasCompanyTimeline(record) ? (
          <Timeline
            locale={locale}
            store={store}
            by="company"
            value={record.companyKey}
            title={v.company ? `${t(locale, 'history.timelineCompany')}: ${v.company}` : t(locale, 'history.timelineCompany')}
            currentKey={record.key}
            version={version}
            onOpen={onOpen}
          />
        ) : null}
      </section>

      <div className="il-history-actions">
        <button type="button" className="il-history-danger" onClick={() => setConfirming(true)}>
          {t(locale, 'history.deleteOne')}
        </button>
      </div>
      {confirmDelete}
    </article>
  );
}
