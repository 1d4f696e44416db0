/**
 * Browser adapter: the rep's settings in extension storage (never in a page's origin). Validated with
 * zod on every read, so a corrupted or older value falls back to defaults instead of breaking analysis.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../settings';

const item = storage.defineItem<unknown>('local:settings', { fallback: {} });

export interface LoadedSettings {
  settings: Settings;
  /** The stored value was invalid and defaults are in use (the options page shows this). */
  invalid: boolean;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await item.getValue();
  const parsed = SettingsSchema.safeParse(raw ?? {});
  return parsed.success ? { settings: parsed.data, invalid: false } : { settings: DEFAULT_SETTINGS, invalid: true };
}

export async function saveSettings(next: Settings): Promise<void> {
  await item.setValue(SettingsSchema.parse(next));
}

/**
 * Writes only the fields given over what is stored now: a section saved on the options page or the panel's
 * first-run setup must not put back older values of the rest (the worker writes learned weights by itself).
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = SettingsSchema.parse({ ...settings, ...patch });
  await item.setValue(next);
  return next;
}

/** A first run: nothing stored yet, so the panel offers the short setup. */
export async function hasStoredSettings(): Promise<boolean> {
  const raw = await item.getValue();
  return raw !== null && typeof raw === 'object' && Object.keys(raw).length > 0;
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return item.watch((raw) => {
    const parsed = SettingsSchema.safeParse(raw ?? {});
    onChange(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
