import { useId, useRef, useState } from 'react';
import type { HistoryQuery } from '../../lib/history/query';
import type { HistoryStore } from '../../lib/history/store';
import type { MergeRule } from '../../lib/history/merge-rule';
import { MERGE_RULES } from '../../lib/history/merge-rule';
import type { ImportPreview, ImportResult } from '../../lib/history/transfer';
import type { Locale } from '../../lib/i18n';
import { formatNumber, t } from '../../lib/i18n';
import { csvLabels, downloadText, storeMessage, subjectOf } from './text';

export interface ExportImportProps {
  locale: Locale;
  store: HistoryStore;
  /** The list's current search and filters: an export holds what the rep is looking at. */
  query: HistoryQuery;
  /** After an import changed the history. */
  onImported: () => void;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'done'; result: ImportResult & { learnedAdopted?: boolean } };

/** Export of the current list as CSV or JSON, and import of a JSON backup with a preview first. */
export function ExportImport({ locale, store, query, onImported }: ExportImportProps) {
  const [exportStatus, setExportStatus] = useState('');
  const [exporting, setExporting] = useState(false);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [rule, setRule] = useState<MergeRule>('newer-wins');
  const [error, setError] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), rule: useId() };
  const n = (count: number) => formatNumber(count, locale);

  const exportAs = async (format: 'csv' | 'json') => {
    setExporting(true);
    setExportStatus('');
    setError('');
    try {
      const file = await store.exportFile(format, query, format === 'csv' ? csvLabels(locale) : undefined);
      downloadText(file.filename, file.mime, file.text);
      setExportStatus(t(locale, 'history.exportDone', { file: file.filename }));
    } catch (err) {
      setError(storeMessage(locale, err));
    } finally {
      setExporting(false);
    }
  };

  const readFile = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const preview = await store.previewImport(await file.text());
      setState({ step: 'preview', preview });
    } catch (err) {
      setState({ step: 'idle' });
      setError(storeMessage(locale, err));
    } finally {
      // The same file can be chosen again after a cancel.
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const apply = async (preview: ImportPreview) => {
    setState({ step: 'importing', preview });
    try {
      const result = await store.applyImport(preview, rule);
      setState({ step: 'done', result });
      onImported();
    } catch (err) {
      setState({ step: 'preview', preview });
      setError(storeMessage(locale, err));
    }
  };

  const preview = state.step === 'preview' || state.step === 'importing' ? state.preview : undefined;
  return (
    <div className="il-history-transfer">
      <section aria-labelledby={`${ids.file}-export`}>
        <h3 id={`${ids.file}-export`}>{t(locale, 'history.export')}</h3>
        <p className="il-history-muted">{t(locale, 'history.exportHelp')}</p>
        <div className="il-history-actions">
          <button type="button" disabled={exporting} onClick={() => void exportAs('csv')}>
            {t(locale, 'history.exportCsv')}
          </button>
          <button type="button" disabled={exporting} onClick={() => void exportAs('json')}>
            {t(locale, 'history.exportJson')}
          </button>
        </div>
        <p role="status" className="il-saved">
          {exportStatus}
        </p>
      </section>

      <section aria-labelledby={`${ids.file}-import`}>
        <h3 id={`${ids.file}-import`}>{t(locale, 'history.import')}</h3>
        <div className="il-history-field">
          <label htmlFor={ids.file}>{t(locale, 'history.importFile')}</label>
          <input
            id={ids.file}
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            disabled={state.step === 'reading' || state.step === 'importing'}
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
          <span className="il-history-muted">{t(locale, 'history.importHelp')}</span>
        </div>
        {error ? (
          <p className="il-error" role="alert">
            {error}
          </p>
        ) : null}
        {state.step === 'reading' ? <p role="status">{t(locale, 'history.reading')}</p> : null}
        {preview ? (
          <div className="il-history-preview" role="region" aria-label={t(locale, 'history.previewTitle')}>
            <h4>{t(locale, 'history.previewTitle')}</h4>
            <ul>
              <li>{t(locale, 'history.previewAdded', { count: n(preview.added) })}</li>
              <li>{t(locale, 'history.previewNewer', { count: n(preview.newer) })}</li>
              <li>{t(locale, 'history.previewOlder', { count: n(preview.older) })}</li>
            </ul>
            {preview.parsed.skipped.length ? (
              <>
                <p>{t(locale, 'history.previewSkipped', { count: n(preview.parsed.skipped.length) })}</p>
                <ul className="il-history-skipped">
                  {preview.parsed.skipped.slice(0, 20).map((s) => (
                    <li key={s.index}>
                      {t(locale, 'history.skippedRow', {
                        index: s.index + 1,
                        key: s.key ? ` (${s.key})` : '',
                        reason: t(locale, `store.skip.${s.code}`, { reason: s.reason }),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {preview.sample.length ? (
              <>
                <p>{t(locale, 'history.previewSample')}</p>
                <ul>
                  {preview.sample.map((r) => (
                    <li key={r.key}>{subjectOf(r, locale)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <fieldset className="il-history-rules">
              <legend>{t(locale, 'history.mergeRule')}</legend>
              {MERGE_RULES.map((m) => (
                <label key={m}>
                  <input type="radio" name={ids.rule} value={m} checked={rule === m} onChange={() => setRule(m)} aria-describedby={`${ids.rule}-${m}`} />
                  <span>
                    <strong>{t(locale, `history.merge.${m}`)}</strong>
                    <span id={`${ids.rule}-${m}`} className="il-history-muted">
                      {' '}
                      {t(locale, `history.mergeHelp.${m}`)}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="il-history-actions">
              <button type="button" disabled={state.step === 'importing'} onClick={() => void apply(preview)}>
                {state.step === 'importing' ? t(locale, 'history.importing') : t(locale, 'history.applyImport')}
              </button>
              <button type="button" disabled={state.step === 'importing'} onClick={() => setState({ step: 'idle' })}>
                {t(locale, 'history.cancel')}
              </button>
            </div>
          </div>
        ) : null}
        {state.step === 'done' ? (
          <p role="status" className="il-saved">
            {t(locale, 'history.imported', {
              added: n(state.result.added),
              updated: n(state.result.updated),
              unchanged: n(state.result.unchanged),
              skipped: n(state.result.skipped),
            })}
            {state.result.learnedAdopted ? ` ${t(locale, 'history.learnedAdopted')}` : ''}
          </p>
        ) : null}
      </section>
    </div>
  );
}
