/** What the window needs to know about where it runs: version, UI language, desktop or browser. */
import type { AppInfo, Locale } from '../contract.js';
import type { HandlerContext } from './context.js';

export async function appInfo(ctx: HandlerContext): Promise<AppInfo> {
  return ctx.info;
}

/** zh-CN for any Chinese system locale (zh, zh-CN, zh-Hans-CN, zh-TW…): the reports are Chinese; otherwise English. */
export function localeFrom(systemLocale: string | undefined): Locale {
  return systemLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
