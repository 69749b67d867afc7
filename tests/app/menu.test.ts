// The application menu: accelerators, recent files, wording per UI language, and every item acting through a command.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../main/contract.js';

vi.mock('electron', () => ({ app: {}, Menu: {} }));
const { menuTemplate } = await import('../../main/app/menu.js');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(locale: 'zh-CN' | 'en', platform: NodeJS.Platform = 'win32') {
  const sent: AppCommand[] = [];
  const template = menuTemplate({
    locale,
    platform,
    appName: 'Huibao 汇报',
    developer: false,
    recent: [
      { path: '/docs/周报.docx', name: '周报.docx', openedAt: '2026-01-01T00:00:00.000Z', exists: true },
      { path: '/gone/old.txt', name: 'old.txt', openedAt: '2025-01-01T00:00:00.000Z', exists: false },
    ],
    send: (command) => sent.push(command),
    about: () => undefined,
  });
  return { template, all: items(template), sent };
}

const click = (item: MenuItemConstructorOptions | undefined): void => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has Open, Export and Quit with their accelerators', () => {
    const { all } = build('en');
    const byLabel = new Map(all.map((item) => [item.label, item]));
    expect(byLabel.get('Open Report…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel.get('Export Deck (PPTX)…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel.get('Export Summary (PDF)…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(byLabel.get('Quit')).toMatchObject({ accelerator: 'CmdOrCtrl+Q', role: 'quit' });
  });

  it('sends commands to the window instead of acting itself', () => {
    const { all, sent } = build('en');
    const byLabel = new Map(all.map((item) => [item.label, item]));
    click(byLabel.get('Open Report…'));
    click(byLabel.get('Export Handout (PDF)…'));
    click(byLabel.get('周报.docx'));
    click(byLabel.get('Open Sample Report'));
    expect(sent).toEqual([{ command: 'open' }, { command: 'export', kind: 'handout-pdf' }, { command: 'open-path', path: '/docs/周报.docx' }, { command: 'open-sample' }]);
  });

  it('lists recent files that still exist, or says there are none', () => {
    const labels = build('en').all.map((item) => item.label);
    expect(labels).toContain('周报.docx');
    expect(labels).not.toContain('old.txt');
  });

  it('speaks Chinese on a Chinese system', () => {
    const labels = build('zh-CN').all.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['文件', '打开报告…', '最近打开', '导出演示文稿 (PPTX)…', '退出']));
  });

  it('follows macOS conventions: an app menu with Quit, none in File', () => {
    const { template } = build('en', 'darwin');
    expect(template[0]?.label).toBe('Huibao 汇报');
    const file = template.find((item) => item.label === 'File');
    expect(items([file!]).some((item) => item.role === 'quit')).toBe(false);
    expect(items([template[0]!]).some((item) => item.role === 'quit')).toBe(true);
  });
});
