import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { OptionsForm } from '../../components';
import '../../components/panel.css';
import { loadSettings, saveSettings } from '../../lib/browser/settings-store';
import { resolveLocale } from '../../lib/i18n';

z.config({ jitless: true });

void loadSettings().then(({ settings, invalid }) => {
  const locale = resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <main className="il-app">
      <OptionsForm initial={settings} locale={locale} storedInvalid={invalid} onSave={saveSettings} />
    </main>,
  );
});
