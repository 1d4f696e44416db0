import { browser } from 'wxt/browser';
import type { Locale } from '../i18n';
import { resolveLocale } from '../i18n';
import type { Settings } from '../settings';

/** The UI language of an extension page: the rep's choice, or the browser's own when set to auto. */
export function localeOf(s: Pick<Settings, 'uiLanguage'>): Locale {
  return resolveLocale(s.uiLanguage, browser.i18n.getUILanguage());
}
