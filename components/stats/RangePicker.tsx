import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { Range, RangePreset } from './format';
import { customRange, PRESETS } from './format';

interface Props {
  locale: Locale;
  preset: RangePreset;
  onPreset: (preset: RangePreset) => void;
  /** Dates the custom fields start with (YYYY-MM-DD or empty): the period shown when "custom" was chosen. */
  initialFrom: string;
  initialTo: string;
  onCustom: (range: Range) => void;
}

/** The period the statistics cover: a preset, or two dates applied with a button. */
export function RangePicker({ locale, preset, onPreset, initialFrom, initialTo, onCustom }: Props) {
  const selectId = useId();
  return (
    <div className="il-stats-range">
      <label htmlFor={selectId}>{t(locale, 'stats.period')}</label>
      <select id={selectId} value={preset} onChange={(e) => onPreset(e.target.value as RangePreset)}>
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(locale, `stats.range.${p}`)}
          </option>
        ))}
      </select>
      {preset === 'custom' && <CustomDates locale={locale} initialFrom={initialFrom} initialTo={initialTo} onApply={onCustom} />}
    </div>
  );
}

/**
 * Applied with a button rather than on every change: a date field fires a change for each part typed,
 * and half-typed years would re-query the whole history each time.
 */
function CustomDates({ locale, initialFrom, initialTo, onApply }: { locale: Locale; initialFrom: string; initialTo: string; onApply: (r: Range) => void }) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    const range = customRange(from, to);
    setInvalid(!range);
    if (range) onApply(range);
  }
  return (
    <form className="il-stats-custom" onSubmit={submit} noValidate>
      <label>
        {t(locale, 'stats.from')}
        <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} aria-describedby={invalid ? errorId : undefined} />
      </label>
      <label>
        {t(locale, 'stats.to')}
        <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} aria-describedby={invalid ? errorId : undefined} />
      </label>
      <button type="submit">{t(locale, 'stats.apply')}</button>
      {invalid && (
        <p id={errorId} className="il-error" role="alert">
          {t(locale, 'stats.badRange')}
        </p>
      )}
    </form>
  );
}
