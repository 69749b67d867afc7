/**
 * The studio window's options: the security settings Electron's checklist asks for, in one place a test can read.
 * No Node in the page, an isolated preload world, the Chromium sandbox, and web security left on.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const MIN_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_SIZE = { width: 1360, height: 860 } as const;

export function windowOptions(preload: string, bounds: Partial<Rectangle>, title: string): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_SIZE,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title,
    // Shown once the page has painted, so the user never sees a white flash or a half-drawn studio.
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    },
  };
}
