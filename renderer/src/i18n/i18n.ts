/**
 * The UI language: chosen by the user (remembered), else the system's (Electron) or the browser's. `t` looks a key
 * up in the current language and fills in `{name}` placeholders.
 */
import { messages, type MessageKey, type UiLocale } from './messages.js';

export type { MessageKey, UiLocale } from './messages.js';
export type Params = Readonly<Record<string, string | number>>;

let current: UiLocale = 'zh';

export function setLocale(locale: UiLocale): void {
  current = locale;
}

export const getLocale = (): UiLocale => current;

export function t(key: MessageKey, params?: Params): string {
  return fill(messages[current][key], params);
}

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** zh for any Chinese locale (zh, zh-CN, zh-Hans-…, zh-TW too: traditional readers read simplified better than English), else en. */
export function localeFrom(tags: readonly string[]): UiLocale {
  const first = tags.find((tag) => tag.trim() !== '');
  return first?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function parseStoredLocale(value: string | null): UiLocale | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/** BCP 47 tag for <html lang> and Intl. */
export const languageTag = (locale: UiLocale): string => (locale === 'zh' ? 'zh-CN' : 'en');
