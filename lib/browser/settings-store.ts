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

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return item.watch((raw) => {
    const parsed = SettingsSchema.safeParse(raw ?? {});
    onChange(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
