import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { parseCsvRecords } from '../lib/csv';
import type { Locale } from '../lib/i18n';
import { signalWhy, t } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { Settings as SettingsSchema } from '../lib/settings';
import type { OutcomeExample } from '../lib/fit/recalibrate';
import { SIGNAL_IDS, WEIGHTS } from '../lib/weights';
import { RecalibrationSection } from './RecalibrationSection';
import { OnlineChecksSection } from './OnlineChecksSection';

export interface OptionsFormProps {
  initial: Settings;
  locale: Locale;
  /** Stored settings failed validation and defaults are shown. */
  storedInvalid?: boolean;
  /**
   * Stores the settings; `changed` names the fields of the section saved, so the page can write just those
   * over what is stored now (the worker writes learned weights by itself).
   */
  onSave: (s: Settings, changed: readonly (keyof Settings)[]) => Promise<void>;
  /** The rep's recorded outcomes, for recalibration (the options page reads them from the history). */
  loadOutcomes?: () => Promise<OutcomeExample[]>;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** Catalog import: a CSV with a "model" column (and optionally "name"). */
export function catalogFromCsv(text: string): Settings['catalog'] {
  return parseCsvRecords(text)
    .map((r) => {
      const item = { model: (r.model ?? r['型号'] ?? '').trim(), name: (r.name ?? r['名称'] ?? '').trim() };
      const written = (r.price ?? r['单价'] ?? r['价格'] ?? '').trim();
      const price = Number(written.replace(/[^\d.]/g, ''));
      return written && Number.isFinite(price) ? { ...item, price } : item;
    })
    .filter((r) => r.model)
    .slice(0, 50000);
}

type SectionId = 'company' | 'catalog' | 'samples' | 'replies' | 'recalibration' | 'weights';
type Status = { kind: 'ok' | 'error'; text: string };

const SECTION_KEYS: Record<SectionId, readonly (keyof Settings)[]> = {
  company: ['companyName', 'ownDomains', 'industryWords', 'monthlyCapacity'],
  catalog: ['catalog'],
  samples: ['samplePolicy'],
  replies: ['signature', 'replyLanguage', 'uiLanguage'],
  recalibration: ['recalibration'],
  weights: ['weightOverrides'],
};
const SECTIONS = Object.keys(SECTION_KEYS) as SectionId[];

const pick = (s: Partial<Settings>, keys: readonly (keyof Settings)[]) => Object.fromEntries(keys.map((k) => [k, s[k]])) as Partial<Settings>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rep's settings, saved section by section where they are edited: a page several screens tall with one
 * Save at the bottom lost edits (a catalog import most of all) to a closed tab. A catalog import is saved at
 * once; other sections show Save beside them while they differ from what is stored, and leaving the page
 * with unsaved changes asks first.
 */
export function OptionsForm({ initial, locale, storedInvalid, onSave, loadOutcomes }: OptionsFormProps) {
  const [saved, setSaved] = useState<Settings>(initial);
  const [s, setS] = useState<Settings>(initial);
  // Textareas keep what the rep types (a trailing newline included) and become lists when saved.
  const [texts, setTexts] = useState({ ownDomains: initial.ownDomains.join('\n'), industryWords: initial.industryWords.join('\n') });
  const [overrides, setOverrides] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(initial.weightOverrides).map(([k, v]) => [k, String(v)])),
  );
  const [statuses, setStatuses] = useState<Partial<Record<SectionId | 'page', Status>>>(
    storedInvalid ? { page: { kind: 'error', text: t(locale, 'options.storedInvalid') } } : {},
  );
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS((p) => ({ ...p, [k]: v }));
  const say = (id: SectionId, status: Status | undefined) => setStatuses((p) => ({ ...p, [id]: status }));

  const draft = (id: SectionId): Partial<Settings> => {
    if (id === 'company') return { ...pick(s, SECTION_KEYS.company), ownDomains: lines(texts.ownDomains), industryWords: lines(texts.industryWords) };
    if (id === 'weights')
      return {
        weightOverrides: Object.fromEntries(
          Object.entries(overrides)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => [k, Number(v)]),
        ),
      };
    return pick(s, SECTION_KEYS[id]);
  };
  const dirty = (id: SectionId) => !same(draft(id), pick(saved, SECTION_KEYS[id]));
  const anyDirty = SECTIONS.some(dirty);

  useEffect(() => {
    if (!anyDirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      e.returnValue = t(locale, 'settingsUi.leaveWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty, locale]);

  /** Validates the section over what was saved and stores it; the message goes beside the section. */
  const saveSection = async (id: SectionId, patch: Partial<Settings> = draft(id), okText = t(locale, 'options.saved')): Promise<boolean> => {
    const keys = SECTION_KEYS[id];
    const parsed = SettingsSchema.safeParse({ ...saved, ...patch });
    if (!parsed.success) {
      say(id, { kind: 'error', text: t(locale, 'options.invalid', { errors: z.prettifyError(parsed.error) }) });
      return false;
    }
    try {
      await onSave(parsed.data, keys);
    } catch (err) {
      say(id, { kind: 'error', text: t(locale, 'settingsUi.saveFailed', { error: err instanceof Error ? err.message : String(err) }) });
      return false;
    }
    setSaved((p) => ({ ...p, ...pick(parsed.data, keys) }));
    say(id, { kind: 'ok', text: okText });
    return true;
  };

  const importCatalog = async (file: File | undefined) => {
    if (!file) return;
    const catalog = catalogFromCsv(await file.text());
    if (!catalog.length) {
      say('catalog', { kind: 'error', text: t(locale, 'options.catalogBad') });
      return;
    }
    // Saved at once: an import is an action, not an edit waiting for a button.
    set('catalog', catalog);
    await saveSection(
      'catalog',
      { catalog },
      t(locale, catalog.length === 1 ? 'settingsUi.catalogSavedOne' : 'settingsUi.catalogSaved', { count: catalog.length }),
    );
  };

  const saveAll = async () => {
    for (const id of SECTIONS) if (dirty(id)) await saveSection(id);
  };

  /** Save beside the section while it differs from what is stored, and what the last save said. */
  const saveRow = (id: SectionId, showButton = true): ReactNode => {
    const status = statuses[id];
    const changed = showButton && dirty(id);
    if (!changed && !status) return null;
    return (
      <p className="il-section-save" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' }}>
        {changed ? (
          <>
            <button type="button" onClick={() => void saveSection(id)}>
              {t(locale, 'options.save')}
            </button>
            <span className="il-unsaved">{t(locale, 'settingsUi.unsaved')}</span>
          </>
        ) : null}
        {status && !changed ? (
          <span role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'il-error' : 'il-saved'}>
            {status.text}
          </span>
        ) : null}
        {status && changed && status.kind === 'error' ? (
          <span role="alert" className="il-error">
            {status.text}
          </span>
        ) : null}
      </p>
    );
  };

  return (
    <form
      className="il-options"
      // Our own validation gives a translated message naming the field; the browser's would not.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void saveAll();
      }}
    >
      <h1>{t(locale, 'options.title')}</h1>
      {statuses.page ? (
        <p role="alert" className="il-error">
          {statuses.page.text}
        </p>
      ) : null}
      <fieldset>
        <legend>{t(locale, 'options.company')}</legend>
        <label>
          {t(locale, 'options.companyName')}
          <input value={s.companyName} onChange={(e) => set('companyName', e.target.value)} />
        </label>
        <label>
          {t(locale, 'options.ownDomains')}
          <textarea rows={3} value={texts.ownDomains} onChange={(e) => setTexts((p) => ({ ...p, ownDomains: e.target.value }))} />
        </label>
        <label>
          {t(locale, 'options.industryWords')}
          <textarea rows={3} value={texts.industryWords} onChange={(e) => setTexts((p) => ({ ...p, industryWords: e.target.value }))} />
        </label>
        <label>
          {t(locale, 'options.capacity')}
          <input
            type="number"
            min={0}
            value={s.monthlyCapacity}
            onChange={(e) => set('monthlyCapacity', Math.max(0, Math.floor(Number(e.target.value) || 0)))}
          />
        </label>
        {saveRow('company')}
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'options.catalog')}</legend>
        <p>
          {t(locale, 'options.catalogHelp')} {t(locale, 'options.catalogCount', { count: saved.catalog.length })}
        </p>
        <input type="file" accept=".csv,text/csv" aria-label={t(locale, 'options.catalog')} onChange={(e) => void importCatalog(e.target.files?.[0])} />
        {saveRow('catalog', false)}
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'options.samplePolicy')}</legend>
        <label>
          {t(locale, 'options.existingCustomer')}
          <select
            value={s.samplePolicy.existingCustomer}
            onChange={(e) => set('samplePolicy', { ...s.samplePolicy, existingCustomer: e.target.value as 'send-free' | 'send-paid' })}
          >
            <option value="send-free">{t(locale, 'sample.send-free')}</option>
            <option value="send-paid">{t(locale, 'sample.send-paid')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.samplePolicy.freeForCheapItems}
            onChange={(e) => set('samplePolicy', { ...s.samplePolicy, freeForCheapItems: e.target.checked })}
          />
          {t(locale, 'options.freeForCheap')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.samplePolicy.neverFreeToNewBuyers}
            onChange={(e) => set('samplePolicy', { ...s.samplePolicy, neverFreeToNewBuyers: e.target.checked })}
          />
          {t(locale, 'options.neverFree')}
        </label>
        <label>
          {t(locale, 'options.cheapUpTo')}
          <input
            type="number"
            min={0}
            step="any"
            value={s.samplePolicy.cheapUpTo || ''}
            onChange={(e) => set('samplePolicy', { ...s.samplePolicy, cheapUpTo: Math.max(0, Number(e.target.value) || 0) })}
          />
        </label>
        {saveRow('samples')}
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'settingsUi.replies')}</legend>
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
        {saveRow('replies')}
      </fieldset>
      <RecalibrationSection value={s.recalibration} locale={locale} onChange={(r) => set('recalibration', r)} {...(loadOutcomes ? { loadOutcomes } : {})}>
        {saveRow('recalibration')}
      </RecalibrationSection>
      <OnlineChecksSection value={saved.onlineChecks} locale={locale} onSave={(on) => onSave({ ...saved, onlineChecks: on }, ['onlineChecks'])} />
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
                  <input
                    id={`w-${id}`}
                    type="number"
                    min={-100}
                    max={100}
                    placeholder={String(WEIGHTS[id].weight)}
                    value={overrides[id] ?? ''}
                    onChange={(e) => setOverrides((o) => ({ ...o, [id]: e.target.value }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {saveRow('weights')}
      </fieldset>
    </form>
  );
}
