import '../../lib/browser/setup';
import { localeOf } from '../../lib/browser/locale';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OpenGate } from '../../components/OpenGate';
import { HistoryPage, HistoryUnavailable } from '../../components/history';
import '../../components/panel.css';
import '../../components/history/history.css';
import { loadSettings, saveSettings, watchSettings } from '../../lib/browser/settings-store';
import { HistoryDb } from '../../lib/history/db';
import { localHistoryStore } from '../../lib/history/store';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

const root = createRoot(document.getElementById('root')!);

/** The learned weights travel with a JSON export and come back with an import. */
const learnedWeights = {
  get: async () => (await loadSettings()).settings.recalibration,
  set: async (recalibration: Settings['recalibration']) => {
    const { settings } = await loadSettings();
    await saveSettings({ ...settings, recalibration });
  },
};

/** Saves one field on top of the latest stored settings, so an edit made meanwhile in the options page survives. */
async function saveRetention(days: number): Promise<void> {
  const { settings } = await loadSettings();
  await saveSettings({ ...settings, historyRetentionDays: days });
}

function Page({ initial, db }: { initial: Settings; db: HistoryDb }) {
  const [settings, setSettings] = useState(initial);
  const [store] = useState(() => localHistoryStore(db, undefined, learnedWeights));
  useEffect(() => watchSettings(setSettings), []);
  const locale = localeOf(settings);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <HistoryPage store={store} locale={locale} settings={settings} retentionDays={settings.historyRetentionDays} onSaveRetention={saveRetention} />;
}

async function start(): Promise<void> {
  const { settings } = await loadSettings();
  const locale = localeOf(settings);
  document.documentElement.lang = locale;
  document.title = t(locale, 'history.title');
  // Extension pages share the extension's origin, so the page reads the same database as the service worker.
  const db = new HistoryDb();
  root.render(
    <OpenGate
      db={db}
      waiting={(s) =>
        s.status === 'opening' ? (
          <HistoryUnavailable locale={locale} message={t(locale, 'history.loadingPage')} busy />
        ) : (
          <HistoryUnavailable
            locale={locale}
            message={s.status === 'blocked' ? t(locale, 'store.blocked') : t(locale, `store.${s.problem}`, { detail: s.detail })}
          />
        )
      }
    >
      <Page initial={settings} db={db} />
    </OpenGate>,
  );
}

void start();
