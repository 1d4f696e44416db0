import { useState } from 'react';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { catalogFromCsv } from './OptionsForm';

export interface FirstRunSetupProps {
  locale: Locale;
  /** Stores what the rep filled in (only those fields); skipping stores nothing but the defaults. */
  onSave: (patch: Partial<Settings>) => Promise<void>;
  onSkip: () => Promise<void>;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
const LANGUAGES = ['en', 'es', 'pt', 'ru', 'fr', 'de'] as const;

/**
 * The five settings that change verdicts and replies most, asked once in the panel before any settings
 * exist: own domains (a colleague is not an inquiry), company name and reply language (replies), industry
 * words and catalog (product evidence). Everything else waits in Settings; Skip is as easy as Save.
 */
export function FirstRunSetup({ locale, onSave, onSkip }: FirstRunSetupProps) {
  const [companyName, setCompanyName] = useState('');
  const [domains, setDomains] = useState('');
  const [industry, setIndustry] = useState('');
  const [replyLanguage, setReplyLanguage] = useState<Settings['replyLanguage']>('auto');
  const [catalog, setCatalog] = useState<Settings['catalog']>([]);
  const [catalogNote, setCatalogNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const readCatalog = async (file: File | undefined) => {
    if (!file) return;
    const items = catalogFromCsv(await file.text());
    setCatalog(items);
    setCatalogNote(
      items.length
        ? { kind: 'ok', text: t(locale, 'options.catalogCount', { count: items.length }) }
        : { kind: 'error', text: t(locale, 'options.catalogBad') },
    );
  };

  const finish = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (err) {
      setError(t(locale, 'settingsUi.saveFailed', { error: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  const save = () =>
    finish(() =>
      onSave({
        companyName: companyName.trim(),
        ownDomains: lines(domains).map((d) => d.toLowerCase().replace(/^@/, '')),
        industryWords: lines(industry),
        replyLanguage,
        ...(catalog.length ? { catalog } : {}),
      }),
    );

  return (
    <section className="il-state il-first-run" aria-labelledby="il-first-run-title" style={{ display: 'flex', flexDirection: 'column', gap: '6px' }}>
      <h2 id="il-first-run-title">{t(locale, 'settingsUi.setupTitle')}</h2>
      <p className="il-hint">{t(locale, 'settingsUi.setupIntro')}</p>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t(locale, 'options.companyName')}
        <input value={companyName} onChange={(e) => setCompanyName(e.target.value)} autoComplete="organization" />
      </label>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t(locale, 'settingsUi.setupDomains')}
        <textarea rows={2} value={domains} onChange={(e) => setDomains(e.target.value)} placeholder="example.com" />
      </label>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t(locale, 'settingsUi.setupIndustry')}
        <textarea rows={2} value={industry} onChange={(e) => setIndustry(e.target.value)} />
      </label>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t(locale, 'settingsUi.setupCatalog')}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void readCatalog(e.target.files?.[0])} />
      </label>
      {catalogNote ? (
        <p role={catalogNote.kind === 'error' ? 'alert' : 'status'} className={catalogNote.kind === 'error' ? 'il-error' : 'il-saved'}>
          {catalogNote.text}
        </p>
      ) : null}
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t(locale, 'options.replyLanguage')}
        <select value={replyLanguage} onChange={(e) => setReplyLanguage(e.target.value as Settings['replyLanguage'])}>
          <option value="auto">{t(locale, 'options.replyAuto')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {new Intl.DisplayNames([locale], { type: 'language' }).of(l)}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p role="alert" className="il-error">
          {error}
        </p>
      ) : null}
      <p style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
        <button type="button" disabled={busy} onClick={() => void save()}>
          {busy ? t(locale, 'settingsUi.setupSaving') : t(locale, 'settingsUi.setupSave')}
        </button>
        <button type="button" disabled={busy} onClick={() => void finish(onSkip)}>
          {t(locale, 'settingsUi.setupSkip')}
        </button>
      </p>
    </section>
  );
}
