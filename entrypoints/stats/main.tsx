import '../../lib/browser/setup';
import { localeOf } from '../../lib/browser/locale';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OpenGate } from '../../components/OpenGate';
import { StatsPage, StoreProblem } from '../../components/stats';
import '../../components/panel.css';
import '../../components/stats/stats.css';
import { loadSettings, watchSettings } from '../../lib/browser/settings-store';
import { HistoryDb } from '../../lib/history/db';
import { HistoryError } from '../../lib/history/errors';
import type { HistoryStore } from '../../lib/history/store';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';

const root = createRoot(document.getElementById('root')!);

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = t(locale, 'stats.pageTitle');
}

/** Follows a language change made in the options page while this tab is open. */
function Page({ initial, store }: { initial: Locale; store: Pick<HistoryStore, 'stats'> }) {
  const [locale, setLocale] = useState(initial);
  useEffect(() => watchSettings((s) => setLocale(localeOf(s))), []);
  useEffect(() => applyLocale(locale), [locale]);
  return <StatsPage store={store} locale={locale} />;
}

async function start(): Promise<void> {
  // Unreadable settings must not leave a blank page: fall back to the browser's language.
  const locale = await loadSettings().then(
    ({ settings }) => localeOf(settings),
    () => localeOf({ uiLanguage: 'auto' }),
  );
  applyLocale(locale);
  // Extension pages share the extension's origin, so the page reads the history database directly.
  const db = new HistoryDb();
  root.render(
    <OpenGate
      db={db}
      waiting={(s) =>
        s.status === 'opening' ? (
          <main className="il-app il-stats" aria-busy="true">
            <p className="il-stats-status" role="status">
              {t(locale, 'stats.loading')}
            </p>
          </main>
        ) : (
          <StoreProblem locale={locale} error={s.status === 'blocked' ? new HistoryError('blocked') : new HistoryError(s.problem, s.detail)} />
        )
      }
    >
      <Page initial={locale} store={localHistoryStore(db)} />
    </OpenGate>,
  );
}

void start();
