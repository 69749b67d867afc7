/**
 * The application menu: File (Open Ctrl/⌘+O, Open Recent, the sample, the three exports, Quit), Edit, View, Help.
 * Items do not act themselves: they send the window a `command` event, so a menu click and a button click take
 * the same path through the page (which shows progress and errors).
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand, Locale, RecentFile } from '../contract.js';
import { menuLabels } from './menu-labels.js';

export interface MenuInput {
  readonly locale: Locale;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly recent: readonly RecentFile[];
  readonly developer: boolean;
  readonly send: (command: AppCommand) => void;
  readonly about: () => void;
}

export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const t = menuLabels[input.locale];
  const mac = input.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = input.recent.filter((file) => file.exists).map((file) => ({ label: file.name, toolTip: file.path, click: () => input.send({ command: 'open-path', path: file.path }) }));
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => input.send({ command: 'open' }) },
      { label: t.openRecent, submenu: recent.length ? recent : [{ label: t.noRecent, enabled: false }] },
      { label: t.openSample, click: () => input.send({ command: 'open-sample' }) },
      { type: 'separator' },
      { label: t.exportPptx, accelerator: 'CmdOrCtrl+E', click: () => input.send({ command: 'export', kind: 'pptx' }) },
      { label: t.exportSummary, accelerator: 'CmdOrCtrl+Shift+E', click: () => input.send({ command: 'export', kind: 'summary-pdf' }) },
      { label: t.exportHandout, accelerator: 'CmdOrCtrl+Shift+H', click: () => input.send({ command: 'export', kind: 'handout-pdf' }) },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: t.quit, accelerator: 'CmdOrCtrl+Q', role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(input.developer ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(mac ? [{ label: input.appName, submenu: [{ label: t.about, click: input.about }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { label: t.quit, role: 'quit' }] } satisfies MenuItemConstructorOptions] : []),
    file,
    { label: t.edit, role: 'editMenu' },
    view,
    { label: t.window, role: 'windowMenu' },
    ...(mac ? [] : [{ label: t.help, role: 'help', submenu: [{ label: t.about, click: input.about }] } satisfies MenuItemConstructorOptions]),
  ];
}

export function applyMenu(input: MenuInput): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(input)));
  if (input.platform === 'darwin') app.setAboutPanelOptions({ applicationName: input.appName, applicationVersion: app.getVersion() });
}
