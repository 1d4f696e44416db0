import type { SignalId } from '../weights';
import { WEIGHTS } from '../weights';
import type { Catalog } from './en';
import { en } from './en';
import { SIGNAL_WHY_ZH } from './signals-zh';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh-CN';
export type { Catalog };

const CATALOGS: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };

/** The UI language: the rep's setting, else the browser's (any Chinese → 简体中文). */
export function resolveLocale(setting: 'auto' | Locale, browserLang: string): Locale {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLang) ? 'zh-CN' : 'en';
}

export type MessageKey = { [S in keyof Catalog & string]: `${S}.${keyof Catalog[S] & string}` }[keyof Catalog & string];

/** Keys are "section.leaf"; a leaf may itself contain dots ("sampleReason.sample.risk"). */
function lookup(catalog: Catalog, key: string): string | undefined {
  const dot = key.indexOf('.');
  const section = (catalog as unknown as Record<string, Record<string, unknown>>)[key.slice(0, dot)];
  const leaf = section?.[key.slice(dot + 1)];
  return typeof leaf === 'string' ? leaf : undefined;
}

export function t(locale: Locale, key: MessageKey | string, params: Record<string, string | number> = {}): string {
  const raw = lookup(CATALOGS[locale], key) ?? lookup(en, key) ?? key;
  return raw.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function signalWhy(locale: Locale, id: SignalId): string {
  return locale === 'zh-CN' ? SIGNAL_WHY_ZH[id] : WEIGHTS[id].why;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

export { CATALOGS };
