import { describe, expect, it } from 'vitest';
import { CATALOGS, resolveLocale, signalWhy, t } from '../../lib/i18n';
import { SIGNAL_IDS } from '../../lib/weights';

describe('UI text', () => {
  it('has every English key in Chinese, none empty', () => {
    const en = CATALOGS.en as unknown as Record<string, Record<string, string>>;
    const zh = CATALOGS['zh-CN'] as unknown as Record<string, Record<string, string>>;
    for (const section of Object.keys(en)) {
      for (const key of Object.keys(en[section]!)) {
        expect(zh[section]?.[key], `${section}.${key}`).toBeTruthy();
      }
    }
  });

  it('explains every signal in both languages', () => {
    for (const id of SIGNAL_IDS) {
      expect(signalWhy('en', id)).toMatch(/\w/);
      expect(signalWhy('zh-CN', id)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('picks the UI language from the setting, else the browser', () => {
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
  });

  it('fills parameters', () => {
    expect(t('en', 'question.summary', { answered: 4 })).toBe('4 of 6 answered');
    expect(t('zh-CN', 'question.summary', { answered: 4 })).toBe('已回答 4/6');
  });
});
