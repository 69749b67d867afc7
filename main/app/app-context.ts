/**
 * The handlers' context inside the desktop app: native dialogs, "show in folder", exports saved where the user
 * chooses, and events sent to the studio window. Everything else is shared with `huibao serve`.
 */
import { shell, type BrowserWindow } from 'electron';
import type { AppInfo, EventName, EventOf } from '../contract.js';
import type { HandlerContext, Platform } from '../handlers/context.js';
import { createHandlerContext } from '../handlers/create-context.js';
import type { EngineServices } from '../handlers/engine-services.js';
import type { Jobs } from '../handlers/jobs.js';
import type { RecentStore } from '../handlers/recent-store.js';
import { chooseReport, chooseSavePath } from './dialogs.js';
import { sendEvent } from './ipc.js';

export interface AppContextOptions {
  readonly window: () => BrowserWindow | null;
  readonly info: Omit<AppInfo, 'mode' | 'features'>;
  readonly userDataDir: string;
  readonly sampleFile: string;
  readonly engine: EngineServices;
  readonly jobs: Jobs;
  readonly recent: RecentStore;
}

export function desktopPlatform(options: Pick<AppContextOptions, 'window' | 'info'>): Platform {
  const { locale } = options.info;
  return {
    chooseReport: () => chooseReport(options.window(), locale),
    exportTarget: async (name, kind, reportPath) => {
      const chosen = await chooseSavePath(options.window(), name, kind, reportPath, locale);
      return chosen === null ? null : { path: chosen, downloadUrl: null };
    },
    // Only ever called with a file this session exported (checked in main/handlers/export.ts).
    reveal: (file) => shell.showItemInFolder(file),
  };
}

export function createAppContext(options: AppContextOptions): HandlerContext {
  return createHandlerContext({
    info: { ...options.info, mode: 'electron', features: { nativeDialogs: true, showInFolder: true, dropPaths: true } },
    userDataDir: options.userDataDir,
    sampleFile: options.sampleFile,
    jobs: options.jobs,
    engine: options.engine,
    recent: options.recent,
    platform: desktopPlatform(options),
    emit: <E extends EventName>(event: E, payload: EventOf<E>) => sendEvent(options.window()?.webContents ?? null, event, payload),
    logError: (channel, error) => process.stderr.write(`huibao [${channel}]: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
}
