import '../../lib/browser/setup';
import { localeOf } from '../../lib/browser/locale';
import { createRoot } from 'react-dom/client';
import { OptionsForm } from '../../components';
import '../../components/panel.css';
import { loadSettings, updateSettings } from '../../lib/browser/settings-store';
import { outcomesFromHistory } from '../../lib/fit/outcomes';
import { HistoryDb } from '../../lib/history/db';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

/** One connection per read, closed after, so the page never holds the history open against an upgrade. */
async function readOutcomes() {
  const db = new HistoryDb();
  try {
    return await outcomesFromHistory(db);
  } finally {
    db.close();
  }
}

/** Only the section saved goes over what is stored now: the worker may have written learned weights meanwhile. */
async function saveSection(next: Settings, changed: readonly (keyof Settings)[]): Promise<void> {
  await updateSettings(Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<Settings>);
}

void loadSettings().then(({ settings, invalid }) => {
  const locale = localeOf(settings);
  document.documentElement.lang = locale;
  document.title = t(locale, 'settingsUi.pageTitle');
  createRoot(document.getElementById('root')!).render(
    <main className="il-app">
      <OptionsForm initial={settings} locale={locale} storedInvalid={invalid} onSave={saveSection} loadOutcomes={readOutcomes} />
    </main>,
  );
});
