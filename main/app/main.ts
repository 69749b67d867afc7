/**
 * Electron main (bundled to dist/app/main.cjs): wires the small setup modules together. Order matters for three
 * things only: the huibao:// scheme and the user-data folder are set before `ready`, and the single-instance lock
 * is taken before any window exists.
 */
import { app, dialog, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { AppCommand } from '../contract.js';
import { localeFrom } from '../handlers/app-info.js';
import { createDispatch } from '../handlers/dispatch.js';
import { handlers } from '../handlers/index.js';
import { createNodeEngine } from '../handlers/node-engine.js';
import { openAtStartup } from '../handlers/open.js';
import { createRecentStore, type RecentStore } from '../handlers/recent-store.js';
import { DATA_FOLDER } from '../serve/user-data-dir.js';
import { rendererDir } from '../serve/static-files.js';
import { createAppContext } from './app-context.js';
import { reportFromArgv } from './file-args.js';
import { registerIpc, sendEvent } from './ipc.js';
import { applyMenu } from './menu.js';
import { denyPermissions, guardNavigation } from './navigation.js';
import { registerAppScheme, setupProtocol } from './protocol.js';
import { setupQuit } from './quit.js';
import { bundleDir, createJobs, sampleFile } from './resources.js';
import { setupSingleInstance } from './single-instance.js';
import { createStudioWindow } from './studio-window.js';

const APP_NAME = 'Huibao 汇报';
let studio: BrowserWindow | null = null;
/** A file handed over before the window exists (macOS open-file at launch). */
let pendingFile: string | null = null;

registerAppScheme();
// Shared with `huibao serve`: the same recent files and the same autosaved work.
app.setPath('userData', path.join(app.getPath('appData'), DATA_FOLDER));
app.enableSandbox();

if (!setupSingleInstance(receiveFile)) app.quit();
else void start().catch(fail);

function receiveFile(file: string | null): void {
  if (!studio) {
    pendingFile = file ?? pendingFile;
    return;
  }
  if (studio.isMinimized()) studio.restore();
  studio.focus();
  if (file) command({ command: 'open-path', path: file });
}

function command(payload: AppCommand): void {
  sendEvent(studio?.webContents ?? null, 'command', payload);
}

async function start(): Promise<void> {
  await app.whenReady();
  const locale = localeFrom(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
  const userDataDir = app.getPath('userData');
  const info = { name: APP_NAME, version: app.getVersion(), locale, platform: process.platform };
  setupProtocol(rendererDir());
  denyPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  const recent = withMenuRefresh(createRecentStore(userDataDir), () => refreshMenu(recent, locale));
  const engine = createNodeEngine((what, error) => process.stderr.write(`huibao: ${what}: ${String(error)}\n`), { userDataDir });
  engine.warmUp();
  const ctx = createAppContext({ window: () => studio, info, userDataDir, sampleFile: sampleFile(), engine, jobs: createJobs(), recent });
  registerIpc(createDispatch(handlers, ctx), () => studio?.webContents ?? null);
  setupQuit(async () => {
    await ctx.autosave.flush();
    await ctx.jobs.close();
  });

  const initial = pendingFile ?? reportFromArgv(process.argv, process.cwd());
  if (initial) void openAtStartup(ctx, initial);
  await refreshMenu(recent, locale);
  studio = await createStudioWindow({ preload: path.join(bundleDir(), 'preload.cjs'), userDataDir, title: APP_NAME });
  studio.on('closed', () => (studio = null));
}

async function refreshMenu(recent: RecentStore, locale: 'zh-CN' | 'en'): Promise<void> {
  applyMenu({
    locale,
    platform: process.platform,
    appName: APP_NAME,
    recent: await recent.list(),
    developer: !app.isPackaged,
    send: command,
    about: () => void dialog.showMessageBox({ type: 'info', title: APP_NAME, message: APP_NAME, detail: `${app.getVersion()} · Electron ${process.versions.electron ?? ''}` }),
  });
}

/** The Open Recent menu follows the recent-files list. */
function withMenuRefresh(store: RecentStore, refresh: () => Promise<void>): RecentStore {
  return {
    list: () => store.list(),
    add: async (file, now) => {
      await store.add(file, now);
      await refresh();
    },
  };
}

function fail(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`huibao: could not start: ${message}\n`);
  dialog.showErrorBox(APP_NAME, `Huibao could not start:\n${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}
