/** The dictionary is complete in both languages, and `t` fills it in. */
import { describe, expect, it } from 'vitest';
import { messages } from '../../../renderer/src/i18n/messages.js';
import { fill, localeFrom, parseStoredLocale, setLocale, t } from '../../../renderer/src/i18n/i18n.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the dictionary', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
  });

  it('has no empty text and the same placeholders in both languages', () => {
    for (const key of Object.keys(messages.zh) as (keyof typeof messages.zh)[]) {
      expect(messages.zh[key].trim(), key).not.toBe('');
      expect(messages.en[key].trim(), key).not.toBe('');
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.zh[key]));
    }
  });

  it('has no Chinese in the English table except where the text names a language, a Chinese number style or is a glyph sample', () => {
    const allowed = new Set(['top.switchLanguage', 'inspector.valueHelp', 'inspector.invalidValue']);
    // Keys ending in `.sample` show type specimens, which must include CJK glyphs in either language.
    const exempt = (key: string): boolean => allowed.has(key) || key.endsWith('.sample');
    for (const [key, text] of Object.entries(messages.en)) if (!exempt(key)) expect(/[\u4e00-\u9fff]/.test(text), key).toBe(false);
  });
});

describe('t and locales', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('已选 {included}/{total}', { included: 3, total: 6 })).toBe('已选 3/6');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
    setLocale('en');
    expect(t('outline.summary', { included: 3, total: 6 })).toBe('3 of 6 pillars');
    setLocale('zh');
    expect(t('outline.summary', { included: 3, total: 6 })).toBe('已选 3/6 个板块');
  });

  it('defaults to Chinese for any Chinese locale, else English', () => {
    expect(localeFrom(['zh-CN', 'en'])).toBe('zh');
    expect(localeFrom(['zh-Hans-CN'])).toBe('zh');
    expect(localeFrom(['en-US', 'zh-CN'])).toBe('en');
    expect(localeFrom([])).toBe('en');
    expect(parseStoredLocale('zh')).toBe('zh');
    expect(parseStoredLocale('fr')).toBeNull();
  });
});
