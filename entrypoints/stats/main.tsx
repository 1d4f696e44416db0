import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { StatsPage, StoreProblem } from '../../components/stats';
import '../../components/panel.css';
import '../../components/stats/stats.css';
import { loadSettings, watchSettings } from '../../lib/browser/settings-store';
import { HistoryDb } from '../../lib/history/db';
import { HistoryError } from '../../lib/history/errors';
import { openHistory } from '../../lib/history/open';
import type { HistoryStore } from '../../lib/history/store';
import { localHistoryStore } from '../../lib/history/store';
import type { Locale } from '../../lib/i18n';
import { resolveLocale, t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
const localeOf = (s: Pick<Settings, 'uiLanguage'>): Locale => resolveLocale(s.uiLanguage, browser.i18n.getUILanguage());

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
  const problem = (error: HistoryError) => root.render(<StoreProblem locale={locale} error={error} />);

  // Extension pages share the extension's origin, so the page reads the history database directly.
  const db = new HistoryDb();
  root.render(
    <main className="il-app il-stats" aria-busy="true">
      <p className="il-stats-status" role="status">
        {t(locale, 'stats.loading')}
      </p>
    </main>,
  );
  // While an older tab holds the database the upgrade waits: say so; the page replaces the message
  // by itself once that tab lets go and the open completes.
  const opened = await openHistory(db, () => problem(new HistoryError('blocked')));
  if (!opened.ok) {
    // On opening, "closed" or an unnamed failure means the open or upgrade itself failed.
    const code = opened.problem === 'unknown' || opened.problem === 'closed' ? 'upgrade-failed' : opened.problem;
    problem(new HistoryError(code, opened.detail));
    return;
  }
  root.render(<Page initial={locale} store={localHistoryStore(db)} />);
}

void start();
