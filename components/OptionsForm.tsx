import { useState } from 'react';
import { z } from 'zod';
import { parseCsvRecords } from '../lib/csv';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { Settings as SettingsSchema } from '../lib/settings';
import type { OutcomeExample } from '../lib/fit/recalibrate';
import { SIGNAL_IDS, WEIGHTS } from '../lib/weights';
import { RecalibrationSection } from './RecalibrationSection';

export interface OptionsFormProps {
  initial: Settings;
  locale: Locale;
  /** Stored settings failed validation and defaults are shown. */
  storedInvalid?: boolean;
  onSave: (s: Settings) => Promise<void>;
  /** The rep's recorded outcomes, for recalibration (the options page reads them from the history). */
  loadOutcomes?: () => Promise<OutcomeExample[]>;
}

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** Catalog import: a CSV with a "model" column (and optionally "name"). */
export function catalogFromCsv(text: string): Settings['catalog'] {
  return parseCsvRecords(text)
    .map((r) => ({ model: (r.model ?? r['型号'] ?? '').trim(), name: (r.name ?? r['名称'] ?? '').trim() }))
    .filter((r) => r.model)
    .slice(0, 50000);
}

export function OptionsForm({ initial, locale, storedInvalid, onSave, loadOutcomes }: OptionsFormProps) {
  const [s, setS] = useState<Settings>(initial);
  const [overrides, setOverrides] = useState<Record<string, string>>(Object.fromEntries(Object.entries(initial.weightOverrides).map(([k, v]) => [k, String(v)])));
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(storedInvalid ? { kind: 'error', text: t(locale, 'options.storedInvalid') } : null);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS((p) => ({ ...p, [k]: v }));

  const importCatalog = async (file: File | undefined) => {
    if (!file) return;
    const catalog = catalogFromCsv(await file.text());
    if (!catalog.length) {
      setStatus({ kind: 'error', text: t(locale, 'options.catalogBad') });
      return;
    }
    set('catalog', catalog);
    setStatus({ kind: 'ok', text: t(locale, 'options.catalogImported', { count: catalog.length }) });
  };

  const save = async () => {
    const weightOverrides = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, Number(v)]));
    const parsed = SettingsSchema.safeParse({ ...s, weightOverrides });
    if (!parsed.success) {
      setStatus({ kind: 'error', text: t(locale, 'options.invalid', { errors: z.prettifyError(parsed.error) }) });
      return;
    }
    await onSave(parsed.data);
    setStatus({ kind: 'ok', text: t(locale, 'options.saved') });
  };

  return (
    <form
      className="il-options"
      // Our own validation gives a translated message naming the field; the browser's would not.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1>{t(locale, 'options.title')}</h1>
      <fieldset>
        <legend>{t(locale, 'options.company')}</legend>
        <label>
          {t(locale, 'options.companyName')}
          <input value={s.companyName} onChange={(e) => set('companyName', e.target.value)} />
        </label>
        <label>
          {t(locale, 'options.ownDomains')}
          <textarea rows={3} value={s.ownDomains.join('\n')} onChange={(e) => set('ownDomains', lines(e.target.value))} />
        </label>
        <label>
          {t(locale, 'options.industryWords')}
          <textarea rows={3} value={s.industryWords.join('\n')} onChange={(e) => set('industryWords', lines(e.target.value))} />
        </label>
        <label>
          {t(locale, 'options.capacity')}
          <input type="number" min={0} value={s.monthlyCapacity} onChange={(e) => set('monthlyCapacity', Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'options.catalog')}</legend>
        <p>
          {t(locale, 'options.catalogHelp')} {t(locale, 'options.catalogCount', { count: s.catalog.length })}
        </p>
        <input type="file" accept=".csv,text/csv" aria-label={t(locale, 'options.catalog')} onChange={(e) => void importCatalog(e.target.files?.[0])} />
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'options.samplePolicy')}</legend>
        <label>
          {t(locale, 'options.existingCustomer')}
          <select value={s.samplePolicy.existingCustomer} onChange={(e) => set('samplePolicy', { ...s.samplePolicy, existingCustomer: e.target.value as 'send-free' | 'send-paid' })}>
            <option value="send-free">{t(locale, 'sample.send-free')}</option>
            <option value="send-paid">{t(locale, 'sample.send-paid')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={s.samplePolicy.freeForCheapItems} onChange={(e) => set('samplePolicy', { ...s.samplePolicy, freeForCheapItems: e.target.checked })} />
          {t(locale, 'options.freeForCheap')}
        </label>
        <label>
          <input type="checkbox" checked={s.samplePolicy.neverFreeToNewBuyers} onChange={(e) => set('samplePolicy', { ...s.samplePolicy, neverFreeToNewBuyers: e.target.checked })} />
          {t(locale, 'options.neverFree')}
        </label>
      </fieldset>
      <fieldset>
        <label>
          {t(locale, 'options.signature')}
          <textarea rows={4} value={s.signature} onChange={(e) => set('signature', e.target.value)} />
        </label>
        <label>
          {t(locale, 'options.replyLanguage')}
          <select value={s.replyLanguage} onChange={(e) => set('replyLanguage', e.target.value as Settings['replyLanguage'])}>
            <option value="auto">{t(locale, 'options.replyAuto')}</option>
            {(['en', 'es', 'pt', 'ru', 'fr', 'de'] as const).map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames([locale], { type: 'language' }).of(l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(locale, 'options.uiLanguage')}
          <select value={s.uiLanguage} onChange={(e) => set('uiLanguage', e.target.value as Settings['uiLanguage'])}>
            <option value="auto">{t(locale, 'options.uiAuto')}</option>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
      </fieldset>
      <RecalibrationSection value={s.recalibration} locale={locale} onChange={(r) => set('recalibration', r)} {...(loadOutcomes ? { loadOutcomes } : {})} />
      <fieldset>
        <legend>{t(locale, 'options.weights')}</legend>
        <p>{t(locale, 'options.weightsHelp')}</p>
        <button type="button" onClick={() => setOverrides({})}>
          {t(locale, 'options.reset')}
        </button>
        <table>
          <tbody>
            {SIGNAL_IDS.filter((id) => WEIGHTS[id].kind !== 'info').map((id) => (
              <tr key={id}>
                <td>
                  <label htmlFor={`w-${id}`}>{signalWhy(locale, id)}</label>
                </td>
                <td>
                  <input id={`w-${id}`} type="number" min={-100} max={100} placeholder={String(WEIGHTS[id].weight)} value={overrides[id] ?? ''} onChange={(e) => setOverrides((o) => ({ ...o, [id]: e.target.value }))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <button type="submit">{t(locale, 'options.save')}</button>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'il-error' : 'il-saved'}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
