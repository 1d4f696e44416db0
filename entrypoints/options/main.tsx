import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { OptionsForm } from '../../components';
import '../../components/panel.css';
import { loadSettings, saveSettings } from '../../lib/browser/settings-store';
import { outcomesFromHistory } from '../../lib/fit/outcomes';
import { HistoryDb } from '../../lib/history/db';
import { resolveLocale } from '../../lib/i18n';

z.config({ jitless: true });

/** One connection per read, closed after, so the page never holds the history open against an upgrade. */
async function readOutcomes() {
  const db = new HistoryDb();
  try {
    return await outcomesFromHistory(db);
  } finally {
    db.close();
  }
}

void loadSettings().then(({ settings, invalid }) => {
  const locale = resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <main className="il-app">
      <OptionsForm initial={settings} locale={locale} storedInvalid={invalid} onSave={saveSettings} loadOutcomes={readOutcomes} />
    </main>,
  );
});
