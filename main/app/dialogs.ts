/** Native open and save dialogs, with filters for the files Huibao reads and writes, in the UI language. */
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import path from 'node:path';
import type { Locale } from '../contract.js';
import type { SaveKind } from '../handlers/context.js';
import { supportedExtensions } from '../engine/input/formats.js';

const words = {
  'zh-CN': { open: '打开报告', reports: '报告', pptx: '演示文稿', pdf: 'PDF 文档', pack: '汇报模板包', save: '导出' },
  en: { open: 'Open Report', reports: 'Reports', pptx: 'PowerPoint presentation', pdf: 'PDF document', pack: 'Huibao template pack', save: 'Export' },
} as const;

export function openFilters(locale: Locale): FileFilter[] {
  return [{ name: words[locale].reports, extensions: [...supportedExtensions] }];
}

export function saveFilters(kind: SaveKind, locale: Locale): FileFilter[] {
  if (kind === 'template-pack') return [{ name: words[locale].pack, extensions: ['zip'] }];
  return kind === 'pptx' ? [{ name: words[locale].pptx, extensions: ['pptx'] }] : [{ name: words[locale].pdf, extensions: ['pdf'] }];
}

const EXTENSION: Record<SaveKind, string> = { pptx: '.pptx', 'summary-pdf': '.pdf', 'handout-pdf': '.pdf', 'template-pack': '.zip' };

export async function chooseReport(window: BrowserWindow | null, locale: Locale): Promise<string | null> {
  const options = { title: words[locale].open, properties: ['openFile' as const], filters: openFilters(locale) };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Suggest the report's own folder (or Documents) and the suggested name; null when the user cancels. */
export async function chooseSavePath(window: BrowserWindow | null, suggestedName: string, kind: SaveKind, reportPath: string | null, locale: Locale): Promise<string | null> {
  const folder = reportPath ? path.dirname(reportPath) : app.getPath('documents');
  const options = { title: words[locale].save, buttonLabel: words[locale].save, defaultPath: path.join(folder, suggestedName), filters: saveFilters(kind, locale), properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const wanted = EXTENSION[kind];
  // Some desktops return the name without the extension the filter implied.
  return path.extname(result.filePath).toLowerCase() === wanted ? result.filePath : result.filePath + wanted;
}
