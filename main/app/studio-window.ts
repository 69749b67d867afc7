/**
 * The one studio window: secure options (window-options.ts), guarded navigation, our page from huibao://app/,
 * shown when painted, and its size, position and maximized state remembered across runs.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_ORIGIN } from '../contract/electron.js';
import { guardNavigation } from './navigation.js';
import { windowOptions } from './window-options.js';
import { loadWindowState, saveWindowState, visibleBounds, type WindowState } from './window-state.js';

export interface StudioWindowOptions {
  readonly preload: string;
  readonly userDataDir: string;
  readonly title: string;
}

export async function createStudioWindow(options: StudioWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.userDataDir);
  const bounds = saved ? visibleBounds(saved.bounds, screen.getAllDisplays().map((display) => display.workArea)) : null;
  const window = new BrowserWindow(windowOptions(options.preload, bounds ?? {}, options.title));
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  rememberState(window, options.userDataDir);
  await window.loadURL(`${APP_ORIGIN}/`);
  return window;
}

function rememberState(window: BrowserWindow, userDataDir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = (): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  const save = (state: WindowState): void => void saveWindowState(userDataDir, state).catch(() => undefined);
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => !window.isDestroyed() && save(capture()), 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    clearTimeout(timer);
    save(capture());
  });
}
