import { useState } from 'react';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';

/** Fallback that works anywhere: paste the mail text and judge it. */
export function PasteBox({ locale, onAnalyze }: { locale: Locale; onAnalyze: (text: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="il-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setError(t(locale, 'paste.empty'));
          return;
        }
        setError('');
        onAnalyze(text);
      }}
    >
      <label>
        {t(locale, 'paste.text')}
        <textarea value={text} rows={6} placeholder={t(locale, 'paste.placeholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      {error ? (
        <p className="il-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">{t(locale, 'paste.analyze')}</button>
    </form>
  );
}
