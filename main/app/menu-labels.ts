/** Menu wording in the two UI languages; the system locale picks one (main/handlers/app-info.ts localeFrom). */
import type { Locale } from '../contract.js';

export const menuLabels = {
  'zh-CN': {
    file: '文件',
    open: '打开报告…',
    openRecent: '最近打开',
    noRecent: '（无）',
    openSample: '打开示例报告',
    exportPptx: '导出演示文稿 (PPTX)…',
    exportSummary: '导出摘要 (PDF)…',
    exportHandout: '导出讲义 (PDF)…',
    quit: '退出',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    about: '关于汇报',
  },
  en: {
    file: 'File',
    open: 'Open Report…',
    openRecent: 'Open Recent',
    noRecent: '(none)',
    openSample: 'Open Sample Report',
    exportPptx: 'Export Deck (PPTX)…',
    exportSummary: 'Export Summary (PDF)…',
    exportHandout: 'Export Handout (PDF)…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Huibao',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MenuLabels = (typeof menuLabels)[Locale];
