import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { HistoryPage, HistoryUnavailable } from '../../components/history';
import '../../components/panel.css';
import '../../components/history/history.css';
import { loadSettings, saveSettings, watchSettings } from '../../lib/browser/settings-store';
import { HistoryDb } from '../../lib/history/db';
import { openHistory } from '../../lib/history/open';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { resolveLocale, t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
const localeOf = (s: Settings): Locale => resolveLocale(s.uiLanguage, browser.i18n.getUILanguage());

/** Saves one field on top of the latest stored settings, so an edit made meanwhile in the options page survives. */
async function saveRetention(days: number): Promise<void> {
  const { settings } = await loadSettings();
  await saveSettings({ ...settings, historyRetentionDays: days });
}

function Page({ initial, db }: { initial: Settings; db: HistoryDb }) {
  const [settings, setSettings] = useState(initial);
  const [store] = useState(() => localHistoryStore(db));
  useEffect(() => watchSettings(setSettings), []);
  const locale = localeOf(settings);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <HistoryPage store={store} locale={locale} retentionDays={settings.historyRetentionDays} onSaveRetention={saveRetention} />;
}

async function start(): Promise<void> {
  const { settings } = await loadSettings();
  const locale = localeOf(settings);
  document.documentElement.lang = locale;
  document.title = t(locale, 'history.title');
  const problem = (message: string) => root.render(<HistoryUnavailable locale={locale} message={message} />);

  // Extension pages share the extension's origin, so the page reads the same database as the service worker.
  const db = new HistoryDb();
  root.render(<HistoryUnavailable locale={locale} message={t(locale, 'history.loadingPage')} busy />);
  // An older tab holding the database makes the upgrade wait: say so rather than show a blank page.
  // The open completes by itself once that tab lets go, and the page then replaces this message.
  const opened = await openHistory(db, () => problem(t(locale, 'store.blocked')));
  if (!opened.ok) {
    problem(t(locale, `store.${opened.problem}`, { detail: opened.detail }));
    return;
  }
  root.render(<Page initial={settings} db={db} />);
}

void start();
